// What the report is built from: the inspection, the entity, the model, the stored assessment
// data, and the report's own written content. Everything here is plain data handed in by the
// services; the report core reads no storage and no clock.
import { z } from 'zod';
import type { CriterionResult, MarkerState } from '../kinds/binary/assessment-input.ts';
import type { Expectation } from '../kinds/scored/assessment-input.ts';
import type { Phase } from '../assessment/assessment-input.ts';
import type { Decision } from '../assessment/decision-options.ts';
import type { AssessableModel } from '../model/schema.ts';

export const REPORT_RISKS = ['green', 'yellow', 'red'] as const;
export type ReportRisk = (typeof REPORT_RISKS)[number];
export const REPORT_VISIT_STATUSES = ['planned', 'held', 'aborted'] as const;
export type ReportVisitStatus = (typeof REPORT_VISIT_STATUSES)[number];
export type ReportEntityKind = 'provider' | 'fosterFamily';

export type ReportVisit = { plannedOn: string; announced: boolean; status: ReportVisitStatus };

/** The stored assessment data (the shape services keep in `assessments.data`), read loosely. */
export type ReportAssessmentData = {
  markers?: Record<string, MarkerState>;
  criteria?: Record<string, { result?: CriterionResult; justification?: string; doubt?: boolean }>;
  economy?: { result?: CriterionResult; justification?: string };
  indicators?: Record<string, { score?: number; expected?: Expectation; text?: string; carriedForwardFrom?: string }>;
  /** The inspector's note per marker (marker id → text); shown beside the marker's state. */
  markerNotes?: Record<string, string>;
  /** A foster family without a child in care: the previous assessment confirmed (or revised). */
  carriedForward?: { confirmed: boolean; note: string };
  /** Scored: the authority's conclusion on sufficient quality. */
  conclusion?: { sufficientQuality?: boolean; justification?: string };
};

export type ReportInput = {
  authority: { id: string; name: string };
  inspection: {
    id: string;
    title: string;
    phase: Phase;
    modelId: string;
    modelVersion: string;
    risk: ReportRisk;
    visits: ReportVisit[];
  };
  entity: {
    kind: ReportEntityKind;
    name: string;
    municipality: string;
    legalBases?: string[];
    flags?: string[];
    typology?: string;
    childrenInCare?: number;
    departments?: { id: string; name: string }[];
  };
  model: AssessableModel;
  assessment: { data: ReportAssessmentData };
  departmentAssessments?: { departmentId: string; departmentName: string; data: ReportAssessmentData }[];
  content: ReportContent;
  decision?: { kind: Decision; deadline?: string | null; endsOn?: string | null; note?: string | null };
  version?: { number: number; supersedes?: number | null };
  /** The report's date (YYYY-MM-DD), handed in by the caller: the core reads no clock. */
  reportDate?: string;
};

/** The longest text one field of the report may hold. */
export const REPORT_TEXT_MAX = 20_000;
export const DEVELOPMENT_POINTS_MAX = 30;

const longText = (what: string) =>
  z
    .string({ error: `${what} skal være tekst.` })
    .max(REPORT_TEXT_MAX, `${what} må højst være ${REPORT_TEXT_MAX} tegn.`);

/**
 * The written content of a report. Empty texts are allowed here so a draft can be saved;
 * `checkReport` decides what must be filled in before the report can be finalised.
 */
export const reportContentSchema = z.strictObject(
  {
    overallAssessment: longText('Den samlede vurdering').default(''),
    themeAssessments: z
      .record(
        z.string({ error: 'Temaets id skal være tekst.' }).min(1, 'Temaets id må ikke være tomt.'),
        longText('Vurderingen af temaet'),
        { error: 'Temavurderingerne skal angives pr. tema.' },
      )
      .default({}),
    developmentPoints: z
      .array(
        longText('Et udviklingspunkt').trim().min(1, 'Et udviklingspunkt må ikke være tomt.'),
        { error: 'Udviklingspunkterne skal være en liste af tekster.' },
      )
      .max(DEVELOPMENT_POINTS_MAX, `Der kan højst være ${DEVELOPMENT_POINTS_MAX} udviklingspunkter.`)
      .default([]),
    disproportionatelyExpensive: z
      .boolean({ error: 'Angiv, om tilbuddet er uforholdsmæssigt dyrt (ja eller nej).' })
      .default(false),
    carriedForwardReason: longText('Begrundelsen for at videreføre vurderingen').optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Ukendte felter: ${issue.keys.join(', ')}.` : 'Rapportens indhold skal være et objekt.') },
);

export type ReportContent = z.output<typeof reportContentSchema>;
/** What a form or API may send: defaults fill in what is left out. */
export type ReportContentInput = z.input<typeof reportContentSchema>;

export function emptyReportContent(): ReportContent {
  return { overallAssessment: '', themeAssessments: {}, developmentPoints: [], disproportionatelyExpensive: false };
}
