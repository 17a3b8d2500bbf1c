// Evaluates a draft without saving it: the stored assessment with the posted change applied.
// Used for inline feedback while the inspector fills in a theme, and to show the engine's view of
// input that could not be saved (a version conflict).
import { z } from 'zod';
import type { Evaluation } from '../../core/assessment/evaluate.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { assessmentPatchSchema } from '../../core/assessment/assessment-patch.ts';
import { checkPatchAgainstModel } from './assessment-data.ts';
import { emptyData, mergeData, parseStoredData, type AssessmentData } from '../../core/assessment/stored-data.ts';
import { groupFindings, type Feedback } from '../../core/assessment/feedback.ts';
import { evaluateData, findRow, loadTarget, requireAssessableModel, validateOptions, wholeParts } from './assessment-target.ts';
import { uuid } from '../service-options.ts';

export const evaluateDraftOptionsSchema = z.strictObject({
  inspectionId: uuid(),
  departmentId: uuid().nullish(),
  patch: assessmentPatchSchema,
});
export type EvaluateDraftOptions = z.input<typeof evaluateDraftOptionsSchema>;

export type DraftEvaluation = {
  /** The stored version the draft was applied to (0: nothing stored yet). */
  baseVersion: number;
  data: AssessmentData;
  evaluation: Evaluation;
  feedback: Feedback;
};

export async function evaluateDraft(ctx: ServiceContext, actor: Actor, options: EvaluateDraftOptions): Promise<DraftEvaluation> {
  const o = validateOptions(evaluateDraftOptionsSchema, options);
  const target = await loadTarget(ctx, o.inspectionId, o.departmentId ?? null);
  authorize(actor, 'inspection.read', target.authz);
  const model = requireAssessableModel(ctx, target);
  checkPatchAgainstModel(model, o.patch, { entityKind: target.entity.kind, isDepartment: target.department !== null });
  const row = await findRow(ctx.db, target.inspection.id, target.department?.id ?? null);
  const base = row ? parseStoredData(model, row.data) : emptyData(model);
  const data = mergeData(model, base, o.patch);
  const economy = target.department ? await wholeParts(ctx.db, target, model) : undefined;
  const { evaluation } = evaluateData(ctx, target, model, data, economy);
  return { baseVersion: row?.version ?? 0, data, evaluation, feedback: groupFindings(model, evaluation, data) };
}
