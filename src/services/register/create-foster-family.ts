// Register a foster family (plejefamilie) in an authority. Inspectors and managers register in
// their own authority; an administrator names the authority.
import { one } from '../../storage/one-row.ts';
import { isIsoDate, todayInDenmark } from '../../core/calendar.ts';
import { z } from 'zod';
import { fosterFamilies } from '../../storage/schema.ts';
import { TYPOLOGIES } from '../../core/model/catalog-parts.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { parseOptions, requiredText, resolveWriteAuthority, wholeNumber } from './create-provider.ts';
import type { FosterFamily } from './get-foster-family.ts';

/** The editable fields of a foster family, without defaults (update uses them partially). */
export function fosterFamilyFields(now: Date) {
  return {
    name: requiredText('Navn'),
    municipality: requiredText('Kommune', 100),
    typology: z.enum(TYPOLOGIES, { error: 'Typologi skal vælges: almindelig, forstærket eller specialiseret.' }),
    /** Empty: not yet approved. */
    approvedOn: z
      .string({ error: 'Godkendelsesdato skal være en dato (åååå-mm-dd).' })
      .trim()
      .nullable()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || isIsoDate(v), 'Godkendelsesdato skal være en gyldig dato (åååå-mm-dd).')
      .refine((v) => v === null || !isIsoDate(v) || v <= todayInDenmark(now), 'Godkendelsesdato kan ikke ligge i fremtiden.'),
    /** 0 is a known state: no child in care. */
    childrenInCare: wholeNumber('Antal børn i pleje', 50),
  };
}

/** The options on a given day: the approval date may not lie after it. */
export const createFosterFamilySchema = (now: Date) =>
  z.object(
    {
      ...fosterFamilyFields(now),
      approvedOn: fosterFamilyFields(now).approvedOn.optional(),
      authorityId: z.string({ error: 'Socialtilsyn skal vælges.' }).trim().optional().nullable(),
    },
    { error: 'Oplysningerne mangler.' },
  );

export type CreateFosterFamilyOptions = z.input<ReturnType<typeof createFosterFamilySchema>>;

export async function createFosterFamily(ctx: ServiceContext, actor: Actor, options: CreateFosterFamilyOptions): Promise<FosterFamily> {
  const schema = createFosterFamilySchema(ctx.now());
  const input = parseOptions(schema, options);
  const authorityId = await resolveWriteAuthority(ctx, actor, input.authorityId);
  return ctx.db.transaction(async (tx) => {
    const created = one(await tx
      .insert(fosterFamilies)
      .values({
        authorityId,
        name: input.name,
        municipality: input.municipality,
        typology: input.typology,
        approvedOn: input.approvedOn ?? null,
        childrenInCare: input.childrenInCare,
      })
      .returning());
    await recordAudit(tx, actor, { action: 'foster_family.create', entityType: 'foster_family', entityId: created.id, before: null, after: created });
    return created;
  });
}
