// The one structured report document that every renderer (HTML, PDF, JSON) and the public
// summary read. It carries the values and their Danish labels, so every presentation words the
// same thing the same way. Built by build-report.ts; plain JSON data, no functions, no Dates.
import type { CriterionResult, MarkerState } from '../kinds/binary/assessment-input.ts';
import type { Expectation } from '../kinds/scored/assessment-input.ts';
import type { Phase } from '../assessment/assessment-input.ts';
import type { Colour } from '../assessment/documentation-depth.ts';
import type { Decision } from '../assessment/decision-options.ts';
import type { ReportEntityKind, ReportRisk, ReportVisitStatus } from './report-input.ts';

export const REPORT_FORMAT = 'tilsyn-report/1';

/** Who may read the report beyond the provider/family and the authority: foster-family reports never go public. */
export type { ReportAudience } from '../vocabulary.ts';
import type { ReportAudience } from '../vocabulary.ts';

/** Binary models: sufficient, not sufficient, or not yet concluded (the engine reports errors). */
export type QualityConclusion = 'sufficient' | 'insufficient' | 'incomplete';

export type ReportMarker = {
  id: string;
  text: string;
  applies: boolean;
  /** Null: not assessed. A marker that does not apply and was left out reads as not_applicable. */
  state: MarkerState | null;
  stateLabel: string;
  note: string;
};

export type ReportBinaryCriterion = {
  id: string;
  /** Position in the model, 1-based across all themes ("Kvalitetskriterie 3"). */
  number: number;
  text: string;
  result: CriterionResult | null;
  resultLabel: string;
  colour: Colour | null;
  justification: string;
  markers: ReportMarker[];
};

export type ReportBinaryTheme = {
  kind: 'binary';
  id: string;
  number: number;
  title: string;
  /** The written theme assessment (content.themeAssessments[id]); empty for a department. */
  assessment: string;
  allMet: boolean;
  criteria: ReportBinaryCriterion[];
};

export type ReportIndicator = {
  id: string;
  text: string;
  /** Operation: 1–5, null when not scored. */
  score: number | null;
  scoreLabel: string;
  /** Approval: the expectation instead of a score. */
  expected: Expectation | null;
  expectedLabel: string;
  assessment: string;
  /** Carried forward from the provider's latest final assessment (YYYY-MM-DD), and the report's words for it. */
  carriedForwardFrom: string | null;
  carriedForwardLabel: string | null;
};

export type ReportScoredCriterion = {
  id: string;
  number: number;
  text: string;
  /** The engine's mean of the applicable indicators' scores (unrounded); null when none is scored. */
  average: number | null;
  averageLabel: string;
  /** Seed 004: the written assessment of the criterion. */
  assessment: string;
  /** Applicable indicators only, in model order. */
  indicators: ReportIndicator[];
  /** Indicators that do not apply to the provider's legal bases or type. */
  notApplicable: { id: string; text: string }[];
};

export type ReportScoredTheme = {
  kind: 'scored';
  id: string;
  title: string;
  /** False when the whole theme does not apply (Organisation og ledelse for § 66, stk. 1, nr. 7). */
  applies: boolean;
  assessment: string;
  /** The engine's theme value: mean of its criteria's averages (unrounded). */
  average: number | null;
  averageLabel: string;
  /** Criteria with at least one applicable indicator. */
  criteria: ReportScoredCriterion[];
};

export type ReportTheme = ReportBinaryTheme | ReportScoredTheme;

/** Seed 000's "Samlet vurdering / Tema / Kvalitetskriterie" figure: criteria met / not met per theme. */
export type OverviewFigure = {
  conclusion: QualityConclusion;
  conclusionLabel: string;
  themes: {
    id: string;
    number: number;
    title: string;
    allMet: boolean;
    met: number;
    notMet: number;
    unassessed: number;
    criteria: { id: string; number: number; label: string; text: string; result: CriterionResult | null; resultLabel: string }[];
  }[];
  totals: { met: number; notMet: number; unassessed: number };
  /** `description`: what the economy row covers, for a provider or for a foster family. */
  economy: { description: string; result: CriterionResult | null; resultLabel: string };
};

/** The scored model's spider web: one axis per applicable theme, values 1–5 (the theme averages). */
export type SpiderWeb = {
  min: 1;
  max: 5;
  axes: { themeId: string; title: string; value: number | null; valueLabel: string }[];
};

export type ReportEconomy = {
  result: CriterionResult | null;
  resultLabel: string;
  justification: string;
  disproportionatelyExpensive: boolean;
};

export type ReportDepartment = {
  id: string;
  name: string;
  complete: boolean;
  themes: ReportTheme[];
  overview: OverviewFigure | null;
  spiderWeb: SpiderWeb | null;
};

export type ReportDocument = {
  format: typeof REPORT_FORMAT;
  title: string;
  /** YYYY-MM-DD or null when the caller gave none. */
  reportDate: string | null;
  reportDateLabel: string;
  version: { number: number; supersedes: number | null; label: string };
  audience: ReportAudience;
  authority: { id: string; name: string };
  inspection: {
    id: string;
    title: string;
    phase: Phase;
    phaseLabel: string;
    risk: ReportRisk;
    riskLabel: string;
    visits: { plannedOn: string; plannedOnLabel: string; announced: boolean; status: ReportVisitStatus; label: string }[];
  };
  entity: {
    kind: ReportEntityKind;
    kindLabel: string;
    name: string;
    municipality: string;
    legalBases: string[];
    legalBasisLabels: string[];
    flags: string[];
    typology: string | null;
    typologyLabel: string | null;
    childrenInCare: number | null;
  };
  model: { id: string; title: string; version: string; kind: 'binary' | 'scored' };
  /** False while the engine reports errors: such a report cannot be finalised. */
  complete: boolean;
  overallAssessment: string;
  /** Binary models only; null for the scored model, which has no threshold. */
  conclusion: QualityConclusion | null;
  conclusionLabel: string | null;
  /**
   * A foster family without a child in care: why the assessments are carried forward.
   * `statement` is the report's own sentence; `reason` the report content's; `note` the assessment's.
   */
  carriedForward: { statement: string; reason: string; note: string; confirmed: boolean | null } | null;
  themes: ReportTheme[];
  economy: ReportEconomy;
  overview: OverviewFigure | null;
  spiderWeb: SpiderWeb | null;
  developmentPoints: string[];
  decision: {
    kind: Decision;
    label: string;
    deadline: string | null;
    deadlineLabel: string | null;
    endsOn: string | null;
    endsOnLabel: string | null;
    note: string;
  } | null;
  departments: ReportDepartment[];
};
