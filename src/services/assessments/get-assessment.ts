// Opens the assessment of an inspection (or of one of the provider's departments): the stored
// data with the engine's evaluation. Reading never writes: until the first save (or an explicit
// create-assessment.ts) there is no row, and the view shows the empty assessment at version 0. For a
// foster family without a child in care, the previous assessment is returned beside it, to be
// confirmed or revised: it is never copied into the current one.
import { z } from 'zod';
import type { AssessableModel } from '../../core/model/schema.ts';
import type { Evaluation } from '../../core/assessment/evaluate.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize, can } from '../permissions.ts';
import { emptyData, parseStoredData, type AssessmentData } from '../../core/assessment/stored-data.ts';
import { assessmentProgress, groupFindings, themeStatuses, type AssessmentProgress, type Feedback, type ThemeStatus } from '../../core/assessment/feedback.ts';
import { evaluateData, findRow, loadTarget, previousFosterFamilyAssessment, requireAssessableModel, validateOptions, wholeParts, type AssessedEntity, type AssessmentRow, type DepartmentInfo, type InspectionRow, type PreviousAssessment } from './assessment-target.ts';
import { uuid } from '../service-options.ts';
import type { Entity, Phase } from '../../core/assessment/assessment-input.ts';
import { previousScoredRatings, type PreviousScoredRatings } from './previous-scored-ratings.ts';

export const getAssessmentOptionsSchema = z.strictObject({
  inspectionId: uuid(),
  departmentId: uuid().nullish(),
});
export type GetAssessmentOptions = z.input<typeof getAssessmentOptionsSchema>;

export type AssessmentView = {
  inspection: Pick<InspectionRow, 'id' | 'title' | 'authorityId' | 'status' | 'phase' | 'modelId' | 'modelVersion' | 'createdAt'>;
  phase: Phase;
  entity: AssessedEntity;
  /** The entity as the engine sees it (legal bases, flags, typology). */
  engineEntity: Entity;
  department: DepartmentInfo | null;
  model: AssessableModel;
  assessment: {
    /** Null when the row does not exist yet (only for readers who may not create it). */
    id: string | null;
    modelId: string;
    modelVersion: string;
    /** 0 when the row does not exist yet; a save names this as its expectedVersion. */
    version: number;
    data: AssessmentData;
    updatedAt: Date | null;
  };
  evaluation: Evaluation;
  /** The engine's findings per criterion, economy and the rest. */
  feedback: Feedback;
  themes: ThemeStatus[];
  progress: AssessmentProgress;
  /** The provider as a whole's economy, which a department's evaluation uses. */
  wholeEconomy: { result?: 'met' | 'not_met'; justification: string } | null;
  /** Foster family without a child in care: the latest earlier assessment, shown only. */
  previous: PreviousAssessment | null;
  /** Scored model in operation: the provider's latest final ratings, which indicators can be carried forward from. */
  previousScored: PreviousScoredRatings | null;
  canWrite: boolean;
};

export async function getAssessment(ctx: ServiceContext, actor: Actor, options: GetAssessmentOptions): Promise<AssessmentView> {
  const o = validateOptions(getAssessmentOptionsSchema, options);
  const target = await loadTarget(ctx, o.inspectionId, o.departmentId ?? null);
  authorize(actor, 'inspection.read', target.authz);
  const model = requireAssessableModel(ctx, target);
  const canWrite = can(actor, 'inspection.write', target.authz);

  const row: AssessmentRow | undefined = await findRow(ctx.db, target.inspection.id, target.department?.id ?? null);
  const data = row ? parseStoredData(model, row.data) : emptyData(model);
  const economy = target.department ? await wholeParts(ctx.db, target, model) : undefined;
  const { evaluation } = evaluateData(ctx, target, model, data, economy);
  const feedback = groupFindings(model, evaluation, data);
  const themes = themeStatuses(model, evaluation, feedback, data);
  const previous =
    target.entity.kind === 'fosterFamily' && target.entity.childrenInCare === 0
      ? await previousFosterFamilyAssessment(ctx, actor, target)
      : null;
  const { inspection } = target;
  return {
    inspection: {
      id: inspection.id,
      title: inspection.title,
      authorityId: inspection.authorityId,
      status: inspection.status,
      phase: inspection.phase,
      modelId: inspection.modelId,
      modelVersion: inspection.modelVersion,
      createdAt: inspection.createdAt,
    },
    phase: target.phase,
    entity: target.entity,
    engineEntity: target.engineEntity,
    department: target.department,
    model,
    assessment: {
      id: row?.id ?? null,
      modelId: row?.modelId ?? model.id,
      modelVersion: row?.modelVersion ?? model.version,
      version: row?.version ?? 0,
      data,
      updatedAt: row?.updatedAt ?? null,
    },
    evaluation,
    feedback,
    themes,
    progress: assessmentProgress(themes, feedback),
    wholeEconomy: target.department ? economy?.economy ?? null : null,
    previous,
    previousScored: model.kind === 'scored' && target.phase === 'operation'
      ? await previousScoredRatings(ctx, { id: inspection.id, providerId: target.entity.kind === 'provider' ? target.entity.id : null, modelId: model.id })
      : null,
    canWrite,
  };
}
