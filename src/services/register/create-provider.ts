// Register a provider (tilbud) in an authority. Inspectors and managers register in their own
// authority; an administrator names the authority. The validation helpers of the register area
// live here too and are shared by its other use cases.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { emptyIsNone, pageField } from '../list-paging.ts';
import { eq } from 'drizzle-orm';
import { LEGAL_BASES, PROVIDER_FLAGS, TYPOLOGIES } from '../../core/model/catalog-parts.ts';
import { OWNERSHIPS } from '../../core/vocabulary.ts';
import { flagProblems } from '../../core/assessment/entity-rules.ts';
import { authorities, providers } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize, can } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid, notFound } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import type { Provider } from './get-provider.ts';

// ---- validation helpers of the register area -------------------------------------------

export { parseOptions };

// Control characters, and format characters such as bidi overrides, zero-width spaces and soft
// hyphens, can make a name look like another on a public page; a name has none of them.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** A one-line name: trimmed, required, at most `max` characters, nothing invisible or reordering. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} skal udfyldes.` })
    .trim()
    .min(1, `${label} skal udfyldes.`)
    .max(max, `${label} må højst være ${max} tegn.`)
    .refine((v) => !INVISIBLE.test(v), `${label} må ikke indeholde usynlige tegn eller styretegn (fx retningsskift eller nulbreddemellemrum).`);

/** A whole number ≥ 0, from a number (API) or the text of a form field (empty: missing). */
export const wholeNumber = (label: string, max: number) => {
  const message = `${label} skal være et helt tal på 0 eller derover.`;
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v))
    .pipe(
      z
        .number({ error: message })
        .int(message)
        .min(0, message)
        .max(max, `${label} må højst være ${max.toLocaleString('da-DK')}.`),
    );
};

/** A list of short texts (target groups, methods): trimmed, no empty entries, no duplicates. */
export const textList = (label: string) =>
  z
    .array(z.string({ error: `${label} skal være tekst.` }).trim().min(1, `${label} må ikke indeholde tomme linjer.`).max(200, `${label}: hver linje må højst være 200 tegn.`), {
      error: `${label} skal være en liste.`,
    })
    .max(50, `${label} må højst have 50 linjer.`)
    .transform((items) => [...new Set(items)]);


/** An id that does not look like one cannot name anything: not found rather than invalid. */
export function parseId(id: unknown, what: string): string {
  if (!isUuid(id)) throw notFound(what);
  return id.toLowerCase();
}

/** An optional name search of a list: trimmed, empty means none. */
export const searchSchema = z.object(
  {
    search: z
      .string({ error: 'Søgning skal være tekst.' })
      .trim()
      .max(200, 'Søgning må højst være 200 tegn.')
      .optional()
      .nullable()
      .transform((s) => (s ? s : null)),
    /** Only those in this municipality. */
    municipality: z.string().trim().max(100, 'Kommunen må højst være 100 tegn.').optional().nullable().transform((s) => (s ? s : null)),
    /** Providers: only those with this legal basis. */
    legalBasis: emptyIsNone(z.enum(LEGAL_BASES, { error: 'Vælg et lovgrundlag fra listen.' })),
    /** Foster families: only those of this typology. */
    typology: emptyIsNone(z.enum(TYPOLOGIES, { error: 'Vælg en typologi fra listen.' })),
    page: pageField,
  },
  { error: 'Oplysningerne mangler.' },
);

/** `%`, `_` and `\` in a search are literal characters, not patterns. */
export const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** The authorities the actor may register providers and foster families in (for the forms). */
export async function registerAuthorityChoices(ctx: ServiceContext, actor: Actor): Promise<{ id: string; name: string }[]> {
  const rows = await ctx.db.select().from(authorities).orderBy(authorities.name);
  return rows.filter((a) => can(actor, 'register.write', { authorityId: a.id }));
}

/**
 * The authority a new register entity belongs to: the actor's own unless one is named.
 * Refused unless the actor may write there; an administrator must name an existing one.
 */
export async function resolveWriteAuthority(ctx: ServiceContext, actor: Actor, given: string | null | undefined): Promise<string> {
  const authorityId = given || actor.authorityId || '';
  const [authority] = authorityId ? await ctx.db.select().from(authorities).where(eq(authorities.id, authorityId)) : [];
  authorize(actor, 'register.write', { authorityId });
  if (!authority) {
    throw invalid([{ field: 'authorityId', message: authorityId ? 'Socialtilsynet findes ikke.' : 'Socialtilsyn skal vælges.' }]);
  }
  return authority.id;
}

// ---- providers --------------------------------------------------------------------------

export const legalBasesSchema = z
  .array(z.enum(LEGAL_BASES, { error: 'Lovgrundlag indeholder en ukendt kode.' }), { error: 'Lovgrundlag skal vælges.' })
  .min(1, 'Lovgrundlag skal vælges.')
  .transform((chosen) => LEGAL_BASES.filter((b) => chosen.includes(b)));

export const flagsSchema = z
  .array(z.enum(PROVIDER_FLAGS, { error: 'Særlige forhold indeholder en ukendt værdi.' }), { error: 'Særlige forhold skal være en liste.' })
  .transform((chosen) => PROVIDER_FLAGS.filter((f) => chosen.includes(f)));

/** The editable fields of a provider, without defaults (update uses them partially). */
export const providerFields = {
  name: requiredText('Navn'),
  municipality: requiredText('Kommune', 100),
  ownership: z.enum(OWNERSHIPS, { error: 'Ejerform skal vælges (kommunal, regional eller privat).' }),
  legalBases: legalBasesSchema,
  flags: flagsSchema,
  targetGroups: textList('Målgrupper'),
  methods: textList('Metoder'),
  places: wholeNumber('Antal pladser', 100_000),
};

export const createProviderSchema = z.object(
  {
    ...providerFields,
    flags: flagsSchema.optional(),
    targetGroups: textList('Målgrupper').optional(),
    methods: textList('Metoder').optional(),
    authorityId: z.string({ error: 'Socialtilsyn skal vælges.' }).trim().optional().nullable(),
  },
  { error: 'Oplysningerne mangler.' },
);

export type CreateProviderOptions = z.input<typeof createProviderSchema>;

/** A flag the provider's bases or ownership do not allow is a field error on the flags. */
export function assertFlagsAllowed(provider: Parameters<typeof flagProblems>[0]): void {
  const problems = flagProblems(provider);
  if (problems.length > 0) throw invalid(problems.map((p) => ({ field: 'flags', message: p.message })));
}

export async function createProvider(ctx: ServiceContext, actor: Actor, options: CreateProviderOptions): Promise<Provider> {
  const input = parseOptions(createProviderSchema, options);
  assertFlagsAllowed({ ...input, flags: input.flags ?? [] });
  const authorityId = await resolveWriteAuthority(ctx, actor, input.authorityId);
  return ctx.db.transaction(async (tx) => {
    const created = one(await tx
      .insert(providers)
      .values({
        authorityId,
        name: input.name,
        municipality: input.municipality,
        ownership: input.ownership,
        legalBases: input.legalBases,
        flags: input.flags ?? [],
        targetGroups: input.targetGroups ?? [],
        methods: input.methods ?? [],
        places: input.places,
      })
      .returning());
    await recordAudit(tx, actor, { action: 'provider.create', entityType: 'provider', entityId: created.id, before: null, after: created });
    return created;
  });
}
