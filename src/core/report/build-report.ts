// Builds the one report document (seed 004's minimum content) from the inspection, the model,
// the stored assessment and the report's written content. Pure: the same input gives the same
// document, which is what the content hash and every renderer rely on.
import { indicatorApplies, markerApplies, themeApplies } from '../assessment/applicability.ts';
import type { Entity } from '../assessment/assessment-input.ts';
import { criterionColour, type DocumentationDepth } from '../assessment/documentation-depth.ts';
import type { Evaluation } from '../assessment/evaluate.ts';
import { DECISION_LABEL, EXPECTATION_LABEL, MARKER_STATE_LABEL, PHASE_LABEL, RESULT_LABEL } from '../assessment/labels.ts';
import type { BinaryModel, ScoredModel } from '../model/schema.ts';
import type { ReportConfig } from './report-config.ts';
import {
  REPORT_FORMAT,
  type OverviewFigure,
  type QualityConclusion,
  type ReportBinaryTheme,
  type ReportDepartment,
  type ReportDocument,
  type ReportScoredTheme,
  type ReportTheme,
  type SpiderWeb,
} from './report-document.ts';
import { evaluateDepartment, evaluateReport, reportEntity } from './report-evaluation.ts';
import type { ReportAssessmentData, ReportInput } from './report-input.ts';
import {
  ENTITY_KIND_LABEL,
  formatAverage,
  formatDanishDate,
  LEGAL_BASIS_LABEL,
  RISK_LABEL,
  TYPOLOGY_LABEL,
  VISIT_STATUS_LABEL,
} from './report-labels.ts';

export type BuildReportOptions = { depth: DocumentationDepth; report: ReportConfig };

export const REPORT_TITLE = 'Tilsynsrapport';
const NOT_ASSESSED = 'ikke vurderet';

export const CONCLUSION_LABEL: Record<QualityConclusion, string> = {
  sufficient: 'Fornøden kvalitet',
  insufficient: 'Ikke fornøden kvalitet',
  incomplete: 'Vurderingen er ikke afsluttet',
};

/** True for a foster family without a child in care, whose assessments are carried forward. */
export function needsCarriedForward(input: Pick<ReportInput, 'entity'>): boolean {
  return input.entity.kind === 'fosterFamily' && input.entity.childrenInCare === 0;
}

function carriedForwardStatement(input: ReportInput): string {
  const confirmed = input.assessment.data.carriedForward?.confirmed;
  const first = needsCarriedForward(input)
    ? 'Plejefamilien har ikke et barn i pleje, og der kan derfor ikke foretages en ny vurdering af alle kvalitetskriterier.'
    : 'Dele af vurderingen er videreført fra et tidligere tilsyn.';
  const second =
    confirmed === true ? ' Socialtilsynet har bekræftet de tidligere vurderinger, som videreføres.' : confirmed === false ? ' Socialtilsynet har revideret de tidligere vurderinger.' : '';
  return first + second;
}

export function buildReport(input: ReportInput, options: BuildReportOptions): ReportDocument {
  const decimals = options.report.averageDecimals;
  const evaluation = evaluateReport(input, options.depth);
  const entity = reportEntity(input);
  const data = input.assessment.data;
  const content = input.content;
  const { themes, overview, spiderWeb, conclusion } = assessmentParts(input, data, evaluation, entity, content.themeAssessments, decimals);

  const departments: ReportDepartment[] = (input.departmentAssessments ?? []).map((d) => {
    const e = evaluateDepartment(input, d.data, options.depth);
    const parts = assessmentParts(input, d.data, e, entity, {}, decimals);
    return { id: d.departmentId, name: d.departmentName, complete: e.valid, themes: parts.themes, overview: parts.overview, spiderWeb: parts.spiderWeb };
  });

  const version = input.version ?? { number: 1 };
  const supersedes = version.supersedes ?? null;
  const economy = data.economy;
  const carried = needsCarriedForward(input) || content.carriedForwardReason !== undefined || data.carriedForward !== undefined;

  return {
    format: REPORT_FORMAT,
    title: `${REPORT_TITLE}: ${input.entity.name}`,
    reportDate: input.reportDate ?? null,
    reportDateLabel: input.reportDate ? formatDanishDate(input.reportDate) : 'ikke dateret',
    version: {
      number: version.number,
      supersedes,
      label: `Version ${version.number}${supersedes !== null ? ` (erstatter version ${supersedes})` : ''}`,
    },
    audience: input.entity.kind === 'fosterFamily' ? 'municipality' : 'public',
    authority: { id: input.authority.id, name: input.authority.name },
    inspection: {
      id: input.inspection.id,
      title: input.inspection.title,
      phase: input.inspection.phase,
      phaseLabel: PHASE_LABEL[input.inspection.phase],
      risk: input.inspection.risk,
      riskLabel: RISK_LABEL[input.inspection.risk],
      visits: input.inspection.visits.map((v) => ({
        plannedOn: v.plannedOn,
        plannedOnLabel: formatDanishDate(v.plannedOn),
        announced: v.announced,
        status: v.status,
        label: `${formatDanishDate(v.plannedOn)}, ${v.announced ? 'anmeldt' : 'uanmeldt'}, ${VISIT_STATUS_LABEL[v.status]}`,
      })),
    },
    entity: {
      kind: input.entity.kind,
      kindLabel: ENTITY_KIND_LABEL[input.entity.kind],
      name: input.entity.name,
      municipality: input.entity.municipality,
      legalBases: [...(input.entity.legalBases ?? [])],
      legalBasisLabels: (input.entity.legalBases ?? []).map((b) => LEGAL_BASIS_LABEL[b] ?? b),
      flags: [...(input.entity.flags ?? [])],
      typology: input.entity.typology ?? null,
      typologyLabel: input.entity.typology ? TYPOLOGY_LABEL[input.entity.typology] ?? input.entity.typology : null,
      childrenInCare: input.entity.childrenInCare ?? null,
    },
    model: { id: input.model.id, title: input.model.title, version: input.inspection.modelVersion, kind: input.model.kind },
    complete: evaluation.valid,
    overallAssessment: content.overallAssessment,
    conclusion,
    conclusionLabel: conclusion ? CONCLUSION_LABEL[conclusion] : null,
    carriedForward: carried
      ? {
          statement: carriedForwardStatement(input),
          reason: content.carriedForwardReason ?? '',
          note: data.carriedForward?.note ?? '',
          confirmed: data.carriedForward?.confirmed ?? null,
        }
      : null,
    themes,
    economy: {
      result: economy?.result ?? null,
      resultLabel: economy?.result ? RESULT_LABEL[economy.result] : NOT_ASSESSED,
      justification: economy?.justification ?? '',
      disproportionatelyExpensive: content.disproportionatelyExpensive,
    },
    overview,
    spiderWeb,
    developmentPoints: [...content.developmentPoints],
    decision: input.decision
      ? {
          kind: input.decision.kind,
          label: DECISION_LABEL[input.decision.kind],
          deadline: input.decision.deadline ?? null,
          deadlineLabel: input.decision.deadline ? formatDanishDate(input.decision.deadline) : null,
          endsOn: input.decision.endsOn ?? null,
          endsOnLabel: input.decision.endsOn ? formatDanishDate(input.decision.endsOn) : null,
          note: input.decision.note ?? '',
        }
      : null,
    departments,
  };
}

type Parts = { themes: ReportTheme[]; overview: OverviewFigure | null; spiderWeb: SpiderWeb | null; conclusion: QualityConclusion | null };

function assessmentParts(
  input: ReportInput,
  data: ReportAssessmentData,
  evaluation: Evaluation,
  entity: Entity,
  themeAssessments: Record<string, string>,
  decimals: number,
): Parts {
  if (input.model.kind === 'binary') {
    const themes = binaryThemes(input.model, data, entity, themeAssessments);
    const conclusion: QualityConclusion =
      evaluation.kind === 'binary' && evaluation.valid ? (evaluation.sufficientQuality ? 'sufficient' : 'insufficient') : 'incomplete';
    return { themes, overview: overviewFigure(themes, conclusion, data), spiderWeb: null, conclusion };
  }
  const themes = scoredThemes(input.model, data, evaluation, entity, themeAssessments, decimals);
  const spiderWeb: SpiderWeb | null =
    input.inspection.phase === 'operation'
      ? {
          min: 1,
          max: 5,
          axes: themes.filter((t) => t.applies).map((t) => ({ themeId: t.id, title: t.title, value: t.average, valueLabel: t.averageLabel })),
        }
      : null;
  return { themes, overview: null, spiderWeb, conclusion: null };
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

function overviewFigure(themes: ReportBinaryTheme[], conclusion: QualityConclusion, data: ReportAssessmentData): OverviewFigure {
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
    economy: { result: economy, resultLabel: economy ? RESULT_LABEL[economy] : NOT_ASSESSED },
  };
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
