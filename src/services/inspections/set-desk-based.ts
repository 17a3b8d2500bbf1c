// Records an inspection as desk-based (skrivebordstilsyn) with its reason, or takes that back. A
// desk-based inspection may be completed, and its report sent to review, without a held visit;
// any other inspection needs one (see visit-rule.ts).
import { z } from 'zod';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { assertOpen, assertVersion, bumpInspection, expectedVersionField, loadInspection, parseOptions, targetOf, type InspectionRow } from './shared.ts';

export type SetDeskBasedOptions = z.input<typeof setDeskBasedSchema>;

export const setDeskBasedSchema = z
  .object({
    inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
    deskBased: z.boolean({ error: 'Angiv, om tilsynet er et skrivebordstilsyn.' }),
    /** Required when deskBased is true: why the inspection has no visit. */
    reason: z.string({ error: 'Begrundelse skal være tekst.' }).trim().max(4000, { error: 'Begrundelse må højst være 4000 tegn.' }).optional(),
    expectedVersion: expectedVersionField,
  })
  .refine((o) => !o.deskBased || !!o.reason, { path: ['reason'], message: 'Skriv, hvorfor tilsynet gennemføres uden besøg.' });

export async function setDeskBased(ctx: ServiceContext, actor: Actor, options: SetDeskBasedOptions): Promise<InspectionRow> {
  const input = parseOptions(setDeskBasedSchema, options);
  const before = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'inspection.write', targetOf(before));
  assertOpen(before);
  assertVersion(before, input.expectedVersion);
  return ctx.db.transaction(async (tx) => {
    const after = await bumpInspection(tx, before, ctx.now(), { deskBasedReason: input.deskBased ? input.reason ?? null : null });
    await recordAudit(tx, actor, { action: 'inspection.desk_based', entityType: 'inspection', entityId: before.id, before, after });
    return after;
  });
}
