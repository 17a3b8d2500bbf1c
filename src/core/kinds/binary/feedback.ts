// The binary kind's part of the form feedback: a criterion is started once something is entered
// for it or one of its markers, concluded once a result is chosen; a theme counts met / not met.
import type { CriterionProgress, ThemeFigures } from '../../assessment/feedback.ts';
import type { BinaryData } from './assessment-data.ts';
import type { BinaryModel } from './catalog.ts';

export function binaryCriterionProgress(model: BinaryModel, d: BinaryData): Record<string, CriterionProgress> {
  const out: Record<string, CriterionProgress> = {};
  for (const c of model.themes.flatMap((t) => t.criteria)) {
    const stored = d.criteria[c.id];
    out[c.id] = {
      started: !!stored || c.markers.some((m) => d.markers[m.id] !== undefined && d.markers[m.id] !== 'not_applicable'),
      concluded: !!stored?.result,
      items: c.markers.map((m) => m.id),
    };
  }
  return out;
}

export function binaryThemeFigures(model: BinaryModel, d: BinaryData): Partial<ThemeFigures>[] {
  return model.themes.map((theme) => {
    const results = theme.criteria.map((c) => d.criteria[c.id]?.result);
    return { met: results.filter((r) => r === 'met').length, notMet: results.filter((r) => r === 'not_met').length };
  });
}
