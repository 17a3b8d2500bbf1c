// The binary kind's section of the report document: themes with criteria and their markers, and
// the overview figure of met / not met per theme with the conclusion on sufficient quality.
import { markerApplies } from '../../assessment/applicability.ts';
import type { Entity } from '../../assessment/assessment-input.ts';
import { criterionColour } from '../../assessment/documentation-depth.ts';
import type { Evaluation } from '../../assessment/evaluate.ts';
import { MARKER_STATE_LABEL, RESULT_LABEL } from '../../labels.ts';
import { CONCLUSION_LABEL, ECONOMY_DESCRIPTION, NOT_ASSESSED } from '../../labels.ts';
import type { OverviewFigure, QualityConclusion, ReportBinaryTheme } from '../../report/report-document.ts';
import type { ReportAssessmentData } from '../../report/report-input.ts';
import type { BinaryModel } from './catalog.ts';

export function binaryReportParts(model: BinaryModel, data: ReportAssessmentData, evaluation: Evaluation, entity: Entity, themeAssessments: Record<string, string>) {
  const themes = binaryThemes(model, data, entity, themeAssessments);
  const conclusion: QualityConclusion =
    evaluation.kind === 'binary' && evaluation.valid ? (evaluation.sufficientQuality ? 'sufficient' : 'insufficient') : 'incomplete';
  return { themes, overview: overviewFigure(model, themes, conclusion, data), spiderWeb: null, conclusion };
}

/** The texts of a binary assessment the report checks read, with the model wording each may not repeat. */
export function binaryAssessmentTexts(model: BinaryModel, data: ReportAssessmentData, add: (path: string, text: string | undefined, modelWording: string[]) => void): void {
  for (const criterion of model.themes.flatMap((t) => t.criteria)) {
    add(`criteria.${criterion.id}.justification`, data.criteria?.[criterion.id]?.justification, [criterion.text, ...criterion.markers.map((m) => m.text)]);
    for (const marker of criterion.markers) add(`markerNotes.${marker.id}`, data.markerNotes?.[marker.id], [marker.text, criterion.text]);
  }
}

function binaryThemes(model: BinaryModel, data: ReportAssessmentData, entity: Entity, themeAssessments: Record<string, string>): ReportBinaryTheme[] {
  let number = 0;
  return model.themes.map((theme) => {
    const criteria = theme.criteria.map((criterion) => {
      number += 1;
      const stored = data.criteria?.[criterion.id];
      const result = stored?.result ?? null;
      return {
        id: criterion.id,
        number,
        text: criterion.text,
        result,
        resultLabel: result ? RESULT_LABEL[result] : NOT_ASSESSED,
        colour: result ? criterionColour({ result, doubt: stored?.doubt ?? false }) : null,
        justification: stored?.justification ?? '',
        markers: criterion.markers.map((marker) => {
          const applies = markerApplies(marker, entity);
          const state = data.markers?.[marker.id] ?? (applies ? null : 'not_applicable');
          return {
            id: marker.id,
            text: marker.text,
            applies,
            state,
            stateLabel: state ? MARKER_STATE_LABEL[state] : NOT_ASSESSED,
            note: data.markerNotes?.[marker.id] ?? '',
          };
        }),
      };
    });
    return {
      kind: 'binary',
      id: theme.id,
      number: theme.number,
      title: theme.title,
      assessment: themeAssessments[theme.id] ?? '',
      allMet: criteria.every((c) => c.result === 'met'),
      criteria,
    };
  });
}

function overviewFigure(model: BinaryModel, themes: ReportBinaryTheme[], conclusion: QualityConclusion, data: ReportAssessmentData): OverviewFigure {
  const rows = themes.map((t) => {
    const criteria = t.criteria.map((c) => ({
      id: c.id,
      number: c.number,
      label: `Kvalitetskriterie ${c.number}`,
      text: c.text,
      result: c.result,
      resultLabel: c.resultLabel,
    }));
    return {
      id: t.id,
      number: t.number,
      title: t.title,
      allMet: t.allMet,
      met: criteria.filter((c) => c.result === 'met').length,
      notMet: criteria.filter((c) => c.result === 'not_met').length,
      unassessed: criteria.filter((c) => c.result === null).length,
      criteria,
    };
  });
  const sum = (key: 'met' | 'notMet' | 'unassessed') => rows.reduce((n, r) => n + r[key], 0);
  const economy = data.economy?.result ?? null;
  return {
    conclusion,
    conclusionLabel: CONCLUSION_LABEL[conclusion],
    themes: rows,
    totals: { met: sum('met'), notMet: sum('notMet'), unassessed: sum('unassessed') },
    economy: { description: ECONOMY_DESCRIPTION[model.entity], result: economy, resultLabel: economy ? RESULT_LABEL[economy] : NOT_ASSESSED },
  };
}

