// Follow-up data collection: a step of a marker's investigation design that the visit did not
// cover (e.g. the visit was aborted), collected afterwards with the design's method.
import { one } from '../../storage/one-row.ts';
import { assertNever } from '../../core/assert-never.ts';
import { z } from 'zod';
import type { Model } from '../../core/model/schema.ts';
import { followUps } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid } from '../service-error.ts';
import { assertOpen, bumpInspection, loadInspection, noteField, optionalDateField, parseOptions, targetOf } from './shared.ts';
import { todayInDenmark } from '../../core/calendar.ts';

export type AddFollowUpOptions = z.input<typeof addFollowUpSchema>;

export type FollowUpRow = typeof followUps.$inferSelect;

export const addFollowUpSchema = z.object({
  inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
  markerId: z.string({ error: 'Markør skal vælges.' }).trim().min(1, { error: 'Markør skal vælges.' }),
  stepIndex: z
    .number({ error: 'Trin skal være et nummer i markørens undersøgelsesdesign.' })
    .int({ error: 'Trin skal være et helt tal.' })
    .min(0, { error: 'Trin skal være et nummer i markørens undersøgelsesdesign.' }),
  method: noteField('Metode', 500),
  note: noteField('Note'),
  collectedOn: optionalDateField('Indsamlet dato skal være en gyldig dato (åååå-mm-dd).'),
});

/** The design step's methods of a marker, or null when the model has no such item. */
function designOf(model: Model | undefined, markerId: string): { methods: string[] | null } | null {
  if (!model) return null;
  switch (model.kind) {
    case 'binary':
      for (const theme of model.themes) for (const criterion of theme.criteria) for (const marker of criterion.markers) {
        if (marker.id === markerId) return { methods: marker.investigationDesign.map((s) => s.method) };
      }
      return null;
    case 'scored':
      for (const theme of model.themes) for (const criterion of theme.criteria) for (const indicator of criterion.indicators) {
        if (indicator.id === markerId) return { methods: null };
      }
      return null;
    case 'standards':
      return null;
    default:
      return assertNever(model);
  }
}

export async function addFollowUp(ctx: ServiceContext, actor: Actor, options: AddFollowUpOptions): Promise<FollowUpRow> {
  const input = parseOptions(addFollowUpSchema, options);
  if (input.collectedOn && input.collectedOn > todayInDenmark(ctx.now())) {
    throw invalid([{ field: 'collectedOn', message: 'Indsamlet dato kan ikke ligge i fremtiden.' }]);
  }
  const inspection = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'inspection.write', targetOf(inspection));
  assertOpen(inspection);

  const design = designOf(ctx.registry.used(inspection.modelId, inspection.modelVersion), input.markerId);
  if (!design) throw invalid([{ field: 'markerId', message: `Markør ${input.markerId} findes ikke i tilsynets kvalitetsmodel.` }]);
  let method = input.method;
  if (design.methods) {
    const stepMethod = design.methods[input.stepIndex];
    if (stepMethod === undefined) {
      throw invalid([{ field: 'stepIndex', message: `Trin skal være et af markørens ${design.methods.length} trin i undersøgelsesdesignet.` }]);
    }
    if (method === '') method = stepMethod;
  }
  if (method === '') throw invalid([{ field: 'method', message: 'Metode skal udfyldes.' }]);

  return ctx.db.transaction(async (tx) => {
    const row = one(await tx
      .insert(followUps)
      .values({ inspectionId: inspection.id, markerId: input.markerId, stepIndex: input.stepIndex, method, note: input.note, collectedOn: input.collectedOn })
      .returning());
    await bumpInspection(tx, inspection, ctx.now());
    await recordAudit(tx, actor, { action: 'follow_up.create', entityType: 'follow_up', entityId: row.id, before: null, after: row });
    return row;
  });
}
