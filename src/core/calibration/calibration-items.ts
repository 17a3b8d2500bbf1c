// What a calibration round asks (issue 13, seed 001): the items of one model to judge — indicators
// to score on the scored model, criteria to conclude and markers to find on the binary one — each
// with the answers it allows in the model's own words (the scored model's scale as its catalog
// transcribes it), and the metric agreement is measured with.
import { MARKER_STATE_LABEL, RESULT_LABEL } from '../labels.ts';
import type { AssessableModel } from '../model/schema.ts';
import type { Metric } from '../statistics/agreement.ts';
import { assertNever } from '../assert-never.ts';

export const CALIBRATION_ITEM_KINDS = ['indicator', 'criterion', 'marker'] as const;
export type CalibrationItemKind = (typeof CALIBRATION_ITEM_KINDS)[number];

export type AnswerOption = { value: string; label: string };
export type CalibrationItem = { id: string; kind: CalibrationItemKind; themeTitle: string; text: string; options: AnswerOption[] };

const CRITERION_ANSWERS: AnswerOption[] = (['met', 'not_met'] as const).map((v) => ({ value: v, label: RESULT_LABEL[v] }));
const MARKER_ANSWERS: AnswerOption[] = (['present', 'absent'] as const).map((v) => ({ value: v, label: MARKER_STATE_LABEL[v] }));

/** Every item of the model that a round may ask about, in model order. */
export function calibrationItems(model: AssessableModel): CalibrationItem[] {
  switch (model.kind) {
    case 'scored': {
      // Highest score first, as the seed lists the scale.
      const scale = [...model.scale].sort((a, b) => b.score - a.score).map((s) => ({ value: String(s.score), label: `${s.score} – ${s.label}` }));
      return model.themes.flatMap((t) => t.criteria.flatMap((c) => c.indicators.map((i) => ({ id: i.id, kind: 'indicator' as const, themeTitle: t.title, text: i.text, options: scale }))));
    }
    case 'binary':
      return model.themes.flatMap((t) => t.criteria.flatMap((c) => [
        { id: c.id, kind: 'criterion' as const, themeTitle: t.title, text: c.text, options: CRITERION_ANSWERS },
        ...c.markers.map((m) => ({ id: m.id, kind: 'marker' as const, themeTitle: t.title, text: m.text, options: MARKER_ANSWERS })),
      ]));
    default:
      return assertNever(model);
  }
}

/** Scores are ordered (ordinal alpha); conclusions and findings are categories (nominal alpha). */
export const metricOf = (model: AssessableModel): Metric => (model.kind === 'scored' ? 'ordinal' : 'nominal');

/** An answer's value as the statistics count it: a score as a number, anything else as its code. */
export const statValue = (kind: CalibrationItemKind, value: string): string | number => (kind === 'indicator' ? Number(value) : value);

export const answerLabel = (item: CalibrationItem, value: string): string => item.options.find((o) => o.value === value)?.label ?? value;
export const isAnswer = (item: CalibrationItem, value: string): boolean => item.options.some((o) => o.value === value);
