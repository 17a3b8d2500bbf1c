// What a calibration round asks (issue 13, seed 001): the items of one model to judge — indicators
// to score on the scored model, criteria to conclude and markers to find on the binary one — with
// the answers each allows, in the model's own words, and the metric agreement is measured with.
import { RESULT_LABEL, MARKER_STATE_LABEL, SCORE_WORDS } from '../labels.ts';
import type { AssessableModel } from '../model/schema.ts';
import type { Metric } from '../statistics/agreement.ts';
import { assertNever } from '../assert-never.ts';

export const CALIBRATION_ITEM_KINDS = ['indicator', 'criterion', 'marker'] as const;
export type CalibrationItemKind = (typeof CALIBRATION_ITEM_KINDS)[number];

export type CalibrationItem = { id: string; kind: CalibrationItemKind; themeTitle: string; text: string };
export type AnswerOption = { value: string; label: string };

/** Every item of the model that a round may ask about, in model order. */
export function calibrationItems(model: AssessableModel): CalibrationItem[] {
  switch (model.kind) {
    case 'scored':
      return model.themes.flatMap((t) => t.criteria.flatMap((c) => c.indicators.map((i) => ({ id: i.id, kind: 'indicator' as const, themeTitle: t.title, text: i.text }))));
    case 'binary':
      return model.themes.flatMap((t) => t.criteria.flatMap((c) => [
        { id: c.id, kind: 'criterion' as const, themeTitle: t.title, text: c.text },
        ...c.markers.map((m) => ({ id: m.id, kind: 'marker' as const, themeTitle: t.title, text: m.text })),
      ]));
    default:
      return assertNever(model);
  }
}

/** The answers an item allows: a score 1–5 (seed 002's scale), or met / not met, or present / absent. */
export function answerOptions(kind: CalibrationItemKind): AnswerOption[] {
  switch (kind) {
    case 'indicator':
      return ([5, 4, 3, 2, 1] as const).map((s) => ({ value: String(s), label: `${s} – ${SCORE_WORDS[s]} opfyldt` }));
    case 'criterion':
      return (['met', 'not_met'] as const).map((v) => ({ value: v, label: RESULT_LABEL[v] }));
    case 'marker':
      return (['present', 'absent'] as const).map((v) => ({ value: v, label: MARKER_STATE_LABEL[v] }));
    default:
      return assertNever(kind);
  }
}

/** Scores are ordered (ordinal alpha); conclusions and findings are categories (nominal alpha). */
export const metricOf = (model: AssessableModel): Metric => (model.kind === 'scored' ? 'ordinal' : 'nominal');

/** An answer's value as the statistics count it: a score as a number, anything else as its code. */
export const statValue = (kind: CalibrationItemKind, value: string): string | number => (kind === 'indicator' ? Number(value) : value);

export const answerLabel = (kind: CalibrationItemKind, value: string): string => answerOptions(kind).find((o) => o.value === value)?.label ?? value;
