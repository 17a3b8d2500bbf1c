// Saves a partial change to an assessment: one theme's markers, criteria and design records, the
// economy, the carried-forward note, or scored indicators. The save names the version it started
// from; if someone else saved in between, nothing is written and the caller gets a conflict.
// The engine's errors do not block a save: the inspector works step by step and sees them.
import { one } from '../../storage/one-row.ts';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Evaluation } from '../../core/assessment/evaluate.ts';
import { assessments } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { ServiceError } from '../service-error.ts';
import { assessmentPatchSchema } from '../../core/assessment/assessment-patch.ts';
import { checkPatchAgainstModel } from './assessment-data.ts';
import { emptyData, mergeData, parseStoredData, type AssessmentData } from '../../core/assessment/stored-data.ts';
import { groupFindings, type Feedback } from '../../core/assessment/feedback.ts';
import { evaluateData, findRow, loadTarget, requireAssessableModel, validateOptions, wholeParts } from './assessment-target.ts';
import { uuid } from '../service-options.ts';
import { inspections } from '../../storage/schema.ts';

export const saveAssessmentOptionsSchema = z.strictObject({
  inspectionId: uuid(),
  departmentId: uuid().nullish(),
  /** The version the change started from; 0 when the row did not exist yet. */
  expectedVersion: z.number().int().min(0),
  patch: assessmentPatchSchema,
});
export type SaveAssessmentOptions = z.input<typeof saveAssessmentOptionsSchema>;

export type SaveAssessmentResult = {
  assessmentId: string;
  version: number;
  data: AssessmentData;
  evaluation: Evaluation;
  feedback: Feedback;
};

export const CONFLICT_MESSAGE =
  'Vurderingen er blevet ændret af en anden, siden du åbnede den. Genindlæs siden for at se den gemte vurdering, før du gemmer igen.';

export async function saveAssessment(ctx: ServiceContext, actor: Actor, options: SaveAssessmentOptions): Promise<SaveAssessmentResult> {
  const o = validateOptions(saveAssessmentOptionsSchema, options);
  const target = await loadTarget(ctx, o.inspectionId, o.departmentId ?? null);
  authorize(actor, 'inspection.write', target.authz);
  const model = requireAssessableModel(ctx, target);
  checkPatchAgainstModel(model, o.patch, { entityKind: target.entity.kind, isDepartment: target.department !== null });
  const departmentId = target.department?.id ?? null;

  const saved = await ctx.db.transaction(async (tx) => {
    // Serialises with a concurrent first open or first save of the same inspection.
    await tx.select({ id: inspections.id }).from(inspections).where(eq(inspections.id, target.inspection.id)).for('update');
    const row = await findRow(tx, target.inspection.id, departmentId);
    if (!row) {
      if (o.expectedVersion !== 0) throw new ServiceError('conflict', CONFLICT_MESSAGE);
      const data = mergeData(model, emptyData(model), o.patch);
      const created = one(await tx
        .insert(assessments)
        .values({ inspectionId: target.inspection.id, departmentId, modelId: model.id, modelVersion: model.version, data, version: 1, updatedBy: actor.id, updatedAt: ctx.now() })
        .returning());
      await recordAudit(tx, actor, {
        action: 'assessment.create',
        entityType: 'assessment',
        entityId: created.id,
        before: null,
        after: { inspectionId: target.inspection.id, departmentId, modelId: model.id, modelVersion: model.version, version: 1, data },
      });
      return { id: created.id, version: 1, data };
    }
    if (row.version !== o.expectedVersion) throw new ServiceError('conflict', CONFLICT_MESSAGE);
    const before = parseStoredData(model, row.data);
    const data = mergeData(model, before, o.patch);
    const [updated] = await tx
      .update(assessments)
      .set({ data, version: row.version + 1, updatedBy: actor.id, updatedAt: ctx.now() })
      .where(and(eq(assessments.id, row.id), eq(assessments.version, o.expectedVersion)))
      .returning({ id: assessments.id, version: assessments.version });
    if (!updated) throw new ServiceError('conflict', CONFLICT_MESSAGE);
    await recordAudit(tx, actor, {
      action: 'assessment.update',
      entityType: 'assessment',
      entityId: row.id,
      before: { version: row.version, data: before },
      after: { version: updated.version, data, patch: o.patch },
    });
    return { id: row.id, version: updated.version, data };
  });

  const economy = target.department ? await wholeParts(ctx.db, target, model) : undefined;
  const { evaluation } = evaluateData(ctx, target, model, saved.data, economy);
  return { assessmentId: saved.id, version: saved.version, data: saved.data, evaluation, feedback: groupFindings(model, evaluation, saved.data) };
}
