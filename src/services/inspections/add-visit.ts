// Plans a visit to the provider or foster family; unannounced unless said otherwise.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { visits } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { assertOpen, bumpInspection, dateField, loadInspection, noteField, parseOptions, targetOf } from './shared.ts';

export type AddVisitOptions = z.input<typeof addVisitSchema>;

export type VisitRow = typeof visits.$inferSelect;

export const addVisitSchema = z.object({
  inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
  plannedOn: dateField('Dato for besøget skal være en gyldig dato (åååå-mm-dd).'),
  announced: z
    .union([z.boolean(), z.null()], { error: 'Anmeldt skal være ja eller nej.' }).optional()
    .transform((v) => v ?? false),
  note: noteField('Note'),
});

export async function addVisit(ctx: ServiceContext, actor: Actor, options: AddVisitOptions): Promise<VisitRow> {
  const input = parseOptions(addVisitSchema, options);
  const inspection = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'inspection.write', targetOf(inspection));
  assertOpen(inspection);
  return ctx.db.transaction(async (tx) => {
    const visit = one(await tx
      .insert(visits)
      .values({ inspectionId: inspection.id, plannedOn: input.plannedOn, announced: input.announced, status: 'planned', note: input.note })
      .returning());
    await bumpInspection(tx, inspection, ctx.now());
    await recordAudit(tx, actor, { action: 'visit.create', entityType: 'visit', entityId: visit.id, before: null, after: visit });
    return visit;
  });
}
