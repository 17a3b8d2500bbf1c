// A patch to an assessment as the forms and the API send it: its shape checked with Danish field
// errors, and checked against the model by the kind's own rules (core/kinds/<kind>/).
import { z } from 'zod';
import { assessmentPatchSchema, type AssessmentPatch, type PatchContext } from '../../core/assessment/assessment-patch.ts';
import { assertNever } from '../../core/assert-never.ts';
import { checkBinaryPatch } from '../../core/kinds/binary/assessment-data.ts';
import { checkScoredPatch } from '../../core/kinds/scored/assessment-data.ts';
import type { AssessableModel } from '../../core/model/schema.ts';
import { invalid } from '../service-error.ts';

/**
 * The form field a patch path belongs to, so a page can show the message at its field:
 * markers.k1.1 → marker:k1.1; criteria.k1.justification → criterion:k1:justification;
 * indicators.1.a.score → indicator:1.a:score; economy.result → economy:result.
 */
export function fieldForPath(path: ReadonlyArray<PropertyKey>): string {
  const [head, key, rest, ...more] = path.map(String);
  switch (head) {
    case 'markers':
      return key ? `marker:${key}` : 'markers';
    case 'markerNotes':
      return key ? `marker:${key}:note` : 'markerNotes';
    case 'criteria':
      return key ? `criterion:${key}${rest ? `:${rest}` : ''}` : 'criteria';
    case 'indicators':
      return key ? `indicator:${key}${rest ? `:${rest}` : ''}` : 'indicators';
    case 'design':
      return key ? `design:${key}${rest ? `:${rest}` : ''}${more[0] ? `:${more[0]}` : ''}` : 'design';
    case 'economy':
      return key ? `economy:${key}` : 'economy';
    case 'carriedForward':
      return key ? `carriedForward:${key}` : 'carriedForward';
    case 'conclusion':
      return key ? `conclusion:${key}` : 'conclusion';
    default:
      return path.map(String).join('.') || 'patch';
  }
}

/** Validates a patch's shape; field issues name form fields. */
export function parsePatch(raw: unknown): AssessmentPatch {
  const result = assessmentPatchSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  throw invalid(result.error.issues.map((issue) => ({ field: fieldForPath(issue.path), message: danishIssue(issue) })));
}

function danishIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return 'Vælg en af de mulige værdier.';
    case 'unrecognized_keys':
      return `Ukendte felter: ${issue.keys.join(', ')}.`;
    case 'invalid_type':
      return 'Feltet har en ugyldig værdi.';
    default:
      return issue.message;
  }
}

/** Checks a patch against the model and the entity: ids exist, belong to the theme, kind fits. */
export function checkPatchAgainstModel(model: AssessableModel, patch: AssessmentPatch, context: PatchContext): void {
  const issues = (() => {
    switch (model.kind) {
      case 'binary':
        return checkBinaryPatch(model, patch, context);
      case 'scored':
        return checkScoredPatch(model, patch, context);
      default:
        return assertNever(model);
    }
  })();
  if (issues.length > 0) throw invalid(issues);
}

