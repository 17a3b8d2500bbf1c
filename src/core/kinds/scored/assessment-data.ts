// What a scored assessment stores: per indicator a score or an expectation and the written
// assessment; how a patch is checked and applied; and how it becomes the engine's input.
import { z } from 'zod';
import type { Entity, Phase } from '../../assessment/assessment-input.ts';
import type { AssessmentPatch, PatchIssue } from '../../assessment/assessment-patch.ts';
import { mergeRecord } from '../../assessment/merge-record.ts';
import { longText } from '../../assessment/stored-text.ts';
import { EXPECTATIONS } from './assessment-input.ts';
import type { ScoredModel } from './catalog.ts';

export const storedIndicatorSchema = z.strictObject({
  score: z.number().int('Scoren skal være et helt tal fra 1 til 5.').min(1, 'Scoren skal være fra 1 til 5.').max(5, 'Scoren skal være fra 1 til 5.').optional(),
  expected: z.enum(EXPECTATIONS).optional(),
  text: longText.default(''),
});
export type StoredIndicator = z.infer<typeof storedIndicatorSchema>;

// Stored data is read loosely at the top level, as for the binary kind.
export const scoredDataSchema = z.looseObject({
  indicators: z.record(z.string(), storedIndicatorSchema).default({}),
});
export type ScoredData = z.infer<typeof scoredDataSchema>;

export const emptyScoredData = (): ScoredData => ({ indicators: {} });

/** Checks a patch against the model: indicators only, and only those of the model (or the theme). */
export function checkScoredPatch(model: ScoredModel, patch: AssessmentPatch): PatchIssue[] {
  const issues: PatchIssue[] = [];
  for (const key of ['markers', 'markerNotes', 'criteria', 'economy', 'design', 'carriedForward'] as const) {
    if (patch[key] !== undefined) issues.push({ field: key, message: `Modellen ${model.id} er scoret: den har indikatorer, ikke ${key}.` });
  }
  const theme = patch.themeId ? model.themes.find((t) => t.id === patch.themeId) : undefined;
  if (patch.themeId && !theme) issues.push({ field: 'themeId', message: `Temaet "${patch.themeId}" findes ikke i modellen ${model.id}.` });
  const allowed = new Set((theme ? [theme] : model.themes).flatMap((t) => t.criteria.flatMap((c) => c.indicators.map((i) => i.id))));
  for (const id of Object.keys(patch.indicators ?? {})) {
    if (!allowed.has(id)) issues.push({ field: `indicator:${id}`, message: `Indikator ${id} findes ikke${theme ? ' i temaet' : ` i modellen ${model.id}`}.` });
  }
  return issues;
}

/** Applies a (checked) patch; the result is a fresh object, the input is not changed. */
export function mergeScoredData(d: ScoredData, patch: AssessmentPatch): ScoredData {
  return { ...d, indicators: mergeRecord(d.indicators, patch.indicators) };
}

export function scoredEngineInput(model: ScoredModel, phase: Phase, entity: Entity, d: ScoredData): Record<string, unknown> {
  return { model: model.id, phase, entity, indicators: d.indicators };
}
