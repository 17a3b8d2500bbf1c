// Builds the one report document (seed 004's minimum content) from the inspection, the model,
// the stored assessment and the report's written content. Pure: the same input gives the same
// document, which is what the content hash and every renderer rely on.
import type { Entity } from '../assessment/assessment-input.ts';
import type { DocumentationDepth } from '../assessment/documentation-depth.ts';
import type { Evaluation } from '../assessment/evaluate.ts';
import { DECISION_LABEL, PHASE_LABEL, RESULT_LABEL } from '../labels.ts';
import type { ReportConfig } from './report-config.ts';
import { assertNever } from '../assert-never.ts';
import type { ReportAudience } from '../vocabulary.ts';
import { binaryReportParts } from '../kinds/binary/report-section.ts';
import { scoredReportParts } from '../kinds/scored/report-section.ts';
import {
  REPORT_FORMAT,
  type OverviewFigure,
  type QualityConclusion,
  type ReportDepartment,
  type ReportDocument,
  type ReportTheme,
  type SpiderWeb,
} from './report-document.ts';
import { evaluateDepartment, evaluateReport, reportEntity } from './report-evaluation.ts';
import type { ReportAssessmentData, ReportInput } from './report-input.ts';
import { CONCLUSION_LABEL, ENTITY_KIND_LABEL, NOT_ASSESSED, RISK_LABEL, VISIT_STATUS_LABEL } from '../labels.ts';
import { formatDanishDate, LEGAL_BASIS_LABEL, TYPOLOGY_LABEL } from './report-labels.ts';

export type BuildReportOptions = { depth: DocumentationDepth; report: ReportConfig };

export const REPORT_TITLE = 'Tilsynsrapport';


/** True for a foster family without a child in care, whose assessments are carried forward. */
export function needsCarriedForward(input: Pick<ReportInput, 'entity'>): boolean {
  return input.entity.kind === 'fosterFamily' && input.entity.childrenInCare === 0;
}

/**
 * Seed 002: "Kvalitetsvurderingen på temaniveau offentliggøres på Tilbudsportalen, hvis tilbuddet
 * godkendes" — a refusal at approval is sent to the applicant and published nowhere.
 */
export function reportAudience(input: Pick<ReportInput, 'entity' | 'inspection' | 'decision'>): ReportAudience {
  if (input.inspection.phase === 'approval' && input.decision?.kind === 'refusal') return 'applicant';
  return input.entity.kind === 'fosterFamily' ? 'municipality' : 'public';
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
    audience: reportAudience(input),
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
  const model = input.model;
  switch (model.kind) {
    case 'binary':
      return binaryReportParts(model, data, evaluation, entity, themeAssessments);
    case 'scored':
      return scoredReportParts(model, input.inspection.phase, data, evaluation, entity, themeAssessments, decimals);
    default:
      return assertNever(model);
  }
}
