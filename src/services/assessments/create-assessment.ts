// Starts the assessment of an inspection (or of a department): the empty row, created by an
// inspector or manager of the authority (an explicit POST; opening never creates it, and the
// first save creates it too). Creating it twice gives the one row.
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { findOrCreateRow, loadTarget, requireAssessableModel, validateOptions } from './assessment-target.ts';
import { getAssessment, getAssessmentOptionsSchema, type AssessmentView, type GetAssessmentOptions } from './get-assessment.ts';

export type CreateAssessmentOptions = GetAssessmentOptions;

export async function createAssessment(ctx: ServiceContext, actor: Actor, options: CreateAssessmentOptions): Promise<AssessmentView> {
  const o = validateOptions(getAssessmentOptionsSchema, options);
  const target = await loadTarget(ctx, o.inspectionId, o.departmentId ?? null);
  authorize(actor, 'inspection.write', target.authz);
  const model = requireAssessableModel(ctx, target);
  await ctx.db.transaction((tx) => findOrCreateRow(tx, actor, target, model));
  return getAssessment(ctx, actor, o);
}
