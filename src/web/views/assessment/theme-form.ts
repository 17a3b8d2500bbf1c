// A theme's form by model kind: the fields it shows for the stored data, and the patch its posted
// fields make. The kind-specific work is in assessment-form.ts; this file picks the kind.
import { binaryDataOf, scoredDataOf } from '../../../core/assessment/stored-data.ts';
import type { AssessmentPatch } from '../../../core/assessment/assessment-patch.ts';
import { assertNever } from '../../../core/assert-never.ts';
import type { AssessableModel } from '../../../core/model/schema.ts';
import type { AssessmentView } from '../../../services/assessments/get-assessment.ts';
import { ServiceError } from '../../../services/service-error.ts';
import { binaryThemeFields, binaryThemePatch, scoredThemeFields, scoredThemePatch, type Fields } from './assessment-form.ts';

/** The theme of a model, in the model's own theme type. */
export function themeOf<M extends AssessableModel>(model: M, themeId: string): M['themes'][number] {
  const theme = model.themes.find((t) => t.id === themeId);
  if (!theme) throw new ServiceError('not_found', 'Temaet findes ikke i kvalitetsmodellen.');
  return theme;
}

export function themeFormFields(view: AssessmentView, themeId: string): Fields {
  const model = view.model;
  switch (model.kind) {
    case 'binary':
      return binaryThemeFields(themeOf(model, themeId), binaryDataOf(view.assessment.data));
    case 'scored':
      return scoredThemeFields(themeOf(model, themeId), scoredDataOf(view.assessment.data));
    default:
      return assertNever(model);
  }
}

export function themeFormPatch(view: AssessmentView, themeId: string, fields: Fields): AssessmentPatch {
  const model = view.model;
  switch (model.kind) {
    case 'binary':
      return binaryThemePatch(themeOf(model, themeId), view.engineEntity, fields);
    case 'scored': {
      const excluded = new Set(view.evaluation.kind === 'scored' ? view.evaluation.excludedIndicators : []);
      return scoredThemePatch(themeOf(model, themeId), excluded, fields, view.previousScored);
    }
    default:
      return assertNever(model);
  }
}
