// What a scored assessment stores: per indicator a score or an expectation and the written
// assessment; how a patch is checked and applied; and how it becomes the engine's input.
import { z } from 'zod';
import type { Entity, Phase } from '../../assessment/assessment-input.ts';
import type { AssessmentPatch, PatchContext, PatchIssue } from '../../assessment/assessment-patch.ts';
import { storedEconomySchema } from '../binary/assessment-data.ts';
import { mergeRecord } from '../../assessment/merge-record.ts';
import { longText } from '../../assessment/stored-text.ts';
import { EXPECTATIONS } from './assessment-input.ts';
import type { ScoredModel } from './catalog.ts';

export const storedIndicatorSchema = z.strictObject({
  score: z.number().int('Scoren skal være et helt tal fra 1 til 5.').min(1, 'Scoren skal være fra 1 til 5.').max(5, 'Scoren skal være fra 1 til 5.').optional(),
  expected: z.enum(EXPECTATIONS).optional(),
  text: longText.default(''),
  /** Carried forward from the provider's latest final assessment of that date (YYYY-MM-DD). */
  carriedForwardFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen skal skrives åååå-mm-dd.').optional(),
});
export type StoredIndicator = z.infer<typeof storedIndicatorSchema>;

/** The authority's conclusion being written: the answer may still be missing while the justification is written. */
export const storedConclusionSchema = z.strictObject({
  sufficientQuality: z.boolean().optional(),
  justification: longText.default(''),
});
export type StoredConclusion = z.infer<typeof storedConclusionSchema>;

// Stored data is read loosely at the top level, as for the binary kind.
export const scoredDataSchema = z.looseObject({
  indicators: z.record(z.string(), storedIndicatorSchema).default({}),
  /** Seed 004: each criterion's written assessment. */
  criteria: z.record(z.string(), z.strictObject({ justification: longText.default('') })).optional(),
  economy: storedEconomySchema.optional(),
  conclusion: storedConclusionSchema.optional(),
});
export type ScoredData = z.infer<typeof scoredDataSchema>;

export const emptyScoredData = (): ScoredData => ({ indicators: {} });

/** Checks a patch against the model: indicators, criterion texts, the economy and the conclusion of the model (or the theme). */
export function checkScoredPatch(model: ScoredModel, patch: AssessmentPatch, context: PatchContext): PatchIssue[] {
  const issues: PatchIssue[] = [];
  for (const key of ['markers', 'markerNotes', 'design', 'carriedForward'] as const) {
    if (patch[key] !== undefined) issues.push({ field: key, message: `Modellen ${model.id} er scoret: den har indikatorer, ikke ${key}.` });
  }
  const criterionIds = new Set(model.themes.flatMap((t) => t.criteria.map((c) => c.id)));
  for (const [id, c] of Object.entries(patch.criteria ?? {})) {
    if (!criterionIds.has(id)) issues.push({ field: `criterion:${id}:justification`, message: `Kriteriet "${id}" findes ikke i modellen ${model.id}.` });
    else if (c && (c.result !== undefined || c.doubt)) issues.push({ field: `criterion:${id}:justification`, message: 'Et kriterium i den scorede model har en skriftlig vurdering, ikke et resultat.' });
  }
  if ((patch.economy !== undefined || patch.conclusion !== undefined) && context.isDepartment) {
    issues.push({ field: patch.economy !== undefined ? 'economy:result' : 'conclusion:sufficientQuality', message: 'Økonomien og konklusionen vurderes for tilbuddet som helhed, ikke for den enkelte afdeling.' });
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
  const criteria = patch.criteria === undefined ? d.criteria : mergeRecord(d.criteria ?? {}, Object.fromEntries(Object.entries(patch.criteria).map(([id, c]) => [id, c ? { justification: c.justification } : null])));
  const { economy: oldEconomy, conclusion: oldConclusion, ...rest } = d;
  const economy = patch.economy === undefined ? oldEconomy : patch.economy ?? undefined;
  const conclusion = patch.conclusion === undefined ? oldConclusion : patch.conclusion ?? undefined;
  return {
    ...rest,
    indicators: mergeRecord(d.indicators, patch.indicators),
    ...(criteria ? { criteria } : {}),
    ...(economy ? { economy } : {}),
    ...(conclusion ? { conclusion } : {}),
  };
}

/** The engine's input; a department's assessment takes the economy and the conclusion of the provider as a whole. */
export function scoredEngineInput(
  model: ScoredModel,
  phase: Phase,
  entity: Entity,
  d: ScoredData,
  whole: 'own' | { whole: Pick<ScoredData, 'economy' | 'conclusion'> | undefined } = 'own',
): Record<string, unknown> {
  const source = whole === 'own' ? d : whole.whole ?? {};
  const economy = source.economy?.result ? { result: source.economy.result, justification: source.economy.justification } : undefined;
  const conclusion = source.conclusion?.sufficientQuality === undefined ? undefined : { sufficientQuality: source.conclusion.sufficientQuality, justification: source.conclusion.justification };
  return {
    model: model.id,
    phase,
    entity,
    indicators: d.indicators,
    criteria: d.criteria ?? {},
    ...(economy ? { economy } : {}),
    ...(conclusion ? { conclusion } : {}),
  };
}
