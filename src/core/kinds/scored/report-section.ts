// The scored kind's section of the report document: themes with their applicable criteria and
// indicators, scores or expectations, the averages, and the spider web in operation.
import { indicatorApplies, themeApplies } from '../../assessment/applicability.ts';
import type { Entity, Phase } from '../../assessment/assessment-input.ts';
import type { Evaluation } from '../../assessment/evaluate.ts';
import { EXPECTATION_LABEL } from '../../labels.ts';
import { NOT_ASSESSED } from '../../labels.ts';
import type { QualityConclusion, ReportScoredTheme, SpiderWeb } from '../../report/report-document.ts';
import type { ReportAssessmentData } from '../../report/report-input.ts';
import { formatAverage } from '../../labels.ts';
import type { ScoredModel } from './catalog.ts';
import { formatDanishDate, isIsoDate } from '../../calendar.ts';

export function scoredReportParts(
  model: ScoredModel,
  phase: Phase,
  data: ReportAssessmentData,
  evaluation: Evaluation,
  entity: Entity,
  themeAssessments: Record<string, string>,
  decimals: number,
) {
  const themes = scoredThemes(model, data, evaluation, entity, themeAssessments, decimals);
  const spiderWeb: SpiderWeb | null =
    phase === 'operation'
      ? {
          min: 1,
          max: 5,
          axes: themes.filter((t) => t.applies).map((t) => ({ themeId: t.id, title: t.title, value: t.average, valueLabel: t.averageLabel })),
        }
      : null;
  // The authority's explicit conclusion (seed 002 sets no threshold on the scores).
  const conclusion: QualityConclusion =
    evaluation.kind === 'scored' && evaluation.valid && evaluation.sufficientQuality !== null ? (evaluation.sufficientQuality ? 'sufficient' : 'insufficient') : 'incomplete';
  return { themes, overview: null, spiderWeb, conclusion };
}

/** The texts of a scored assessment the report checks read, with the model wording each may not repeat. */
export function scoredAssessmentTexts(model: ScoredModel, data: ReportAssessmentData, add: (path: string, text: string | undefined, modelWording: string[]) => void): void {
  for (const criterion of model.themes.flatMap((t) => t.criteria)) {
    add(`criteria.${criterion.id}.justification`, data.criteria?.[criterion.id]?.justification, [criterion.text, ...criterion.indicators.map((i) => i.text)]);
    for (const indicator of criterion.indicators) add(`indicators.${indicator.id}.text`, data.indicators?.[indicator.id]?.text, [indicator.text, criterion.text]);
  }
  add('conclusion.justification', data.conclusion?.justification, []);
}

function scoredThemes(
  model: ScoredModel,
  data: ReportAssessmentData,
  evaluation: Evaluation,
  entity: Entity,
  themeAssessments: Record<string, string>,
  decimals: number,
): ReportScoredTheme[] {
  const scored = evaluation.kind === 'scored' ? evaluation : null;
  const scaleLabel = new Map(model.scale.map((s) => [s.score, s.label]));
  return model.themes.map((theme) => {
    const applies = themeApplies(theme, entity);
    const criteria = applies
      ? theme.criteria.flatMap((criterion) => {
          const applicable = criterion.indicators.filter((i) => indicatorApplies(i, entity));
          if (applicable.length === 0) return [];
          const average = scored?.criteria.find((c) => c.id === criterion.id)?.average ?? null;
          return [
            {
              id: criterion.id,
              number: criterion.number,
              text: criterion.text,
              average,
              averageLabel: formatAverage(average, decimals),
              assessment: data.criteria?.[criterion.id]?.justification ?? '',
              indicators: applicable.map((indicator) => {
                const rating = data.indicators?.[indicator.id];
                const score = typeof rating?.score === 'number' ? rating.score : null;
                const expected = rating?.expected ?? null;
                return {
                  id: indicator.id,
                  text: indicator.text,
                  score,
                  scoreLabel: score === null ? 'ingen score' : `${score}: ${scaleLabel.get(score) ?? ''}`.replace(/: $/, ''),
                  expected,
                  expectedLabel: expected ? model.approvalRatings[expected] || EXPECTATION_LABEL[expected] : NOT_ASSESSED,
                  assessment: rating?.text ?? '',
                  carriedForwardFrom: rating?.carriedForwardFrom ?? null,
                  carriedForwardLabel: rating?.carriedForwardFrom && isIsoDate(rating.carriedForwardFrom) ? `Videreført fra vurderingen ${formatDanishDate(rating.carriedForwardFrom)}` : null,
                };
              }),
              notApplicable: criterion.indicators.filter((i) => !indicatorApplies(i, entity)).map((i) => ({ id: i.id, text: i.text })),
            },
          ];
        })
      : [];
    const average = applies ? scored?.themes.find((t) => t.id === theme.id)?.average ?? null : null;
    return {
      kind: 'scored',
      id: theme.id,
      title: theme.title,
      applies,
      assessment: themeAssessments[theme.id] ?? '',
      average,
      averageLabel: applies ? formatAverage(average, decimals) : 'gælder ikke',
      criteria,
    };
  });
}
