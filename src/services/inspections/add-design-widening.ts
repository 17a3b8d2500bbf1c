// Records how the investigation design was widened for a criterion in doubt (yellow risk): which
// steps, sources or visits were added. The inspection shows them, and completion needs one for
// every criterion in doubt (risk-rules.ts).
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { designWidenings } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { invalid } from '../service-error.ts';
import { assertOpen, bumpInspection, loadInspection, parseOptions, targetOf } from './shared.ts';

export type AddDesignWideningOptions = z.input<typeof addDesignWideningSchema>;

export const addDesignWideningSchema = z.object({
  inspectionId: z.string({ error: 'Tilsynet skal angives.' }),
  criterionId: z.string({ error: 'Vælg kvalitetskriteriet.' }).trim().min(1, { error: 'Vælg kvalitetskriteriet.' }).max(50),
  description: z
    .string({ error: 'Beskriv udvidelsen.' })
    .trim()
    .min(1, { error: 'Beskriv, hvilke trin, kilder eller besøg der er føjet til undersøgelsesdesignet.' })
    .max(4000, { error: 'Beskrivelsen må højst være 4000 tegn.' }),
});

export async function addDesignWidening(ctx: ServiceContext, actor: Actor, options: AddDesignWideningOptions) {
  const input = parseOptions(addDesignWideningSchema, options);
  const inspection = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'inspection.write', targetOf(inspection));
  assertOpen(inspection);
  const model = ctx.registry.used(inspection.modelId, inspection.modelVersion);
  const known = model && 'themes' in model ? model.themes.some((t) => t.criteria.some((c) => c.id === input.criterionId)) : false;
  if (!known) throw invalid([{ field: 'criterionId', message: 'Kvalitetskriteriet findes ikke i tilsynets kvalitetsmodel.' }]);
  return ctx.db.transaction(async (tx) => {
    const row = one(await tx.insert(designWidenings).values({ inspectionId: inspection.id, criterionId: input.criterionId, description: input.description, addedBy: actor.id }).returning());
    await bumpInspection(tx, inspection, ctx.now());
    await recordAudit(tx, actor, { action: 'design_widening.create', entityType: 'design_widening', entityId: row.id, before: null, after: row });
    return row;
  });
}
