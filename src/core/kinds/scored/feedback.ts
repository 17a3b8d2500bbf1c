// The scored kind's part of the form feedback: a criterion is concluded once every applicable
// indicator has a score or an expectation and a written assessment; a theme shows its average,
// or that it does not apply at all.
import type { CriterionProgress, ThemeFigures } from '../../assessment/feedback.ts';
import type { ScoredData } from './assessment-data.ts';
import type { ScoredModel } from './catalog.ts';
import type { ScoredEvaluation } from './evaluate.ts';

export function scoredCriterionProgress(model: ScoredModel, d: ScoredData, excludedIndicators: readonly string[]): Record<string, CriterionProgress> {
  const excluded = new Set(excludedIndicators);
  const rated = (id: string) => {
    const r = d.indicators[id];
    return !!r && (r.score !== undefined || r.expected !== undefined) && r.text.trim() !== '';
  };
  const out: Record<string, CriterionProgress> = {};
  for (const c of model.themes.flatMap((t) => t.criteria)) {
    const applicable = c.indicators.filter((i) => !excluded.has(i.id));
    out[c.id] = {
      started: c.indicators.some((i) => d.indicators[i.id] !== undefined),
      concluded: applicable.length === 0 || applicable.every((i) => rated(i.id)),
      items: c.indicators.map((i) => i.id),
    };
  }
  return out;
}

export function scoredThemeFigures(model: ScoredModel, evaluation: ScoredEvaluation): Partial<ThemeFigures>[] {
  const excluded = new Set(evaluation.excludedIndicators);
  return model.themes.map((theme) => ({
    average: evaluation.themes.find((t) => t.id === theme.id)?.average ?? null,
    excluded: theme.criteria.every((c) => c.indicators.every((i) => excluded.has(i.id))),
  }));
}
