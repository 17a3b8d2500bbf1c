// The demo's reports: for some completed inspections a report that has been through quality
// review and factual hearing and was finalised and sent (published: providers on the public
// portal, foster families to the municipalities only), two of them corrected with a version 2;
// one report in hearing and one in review. The plan is plain, deterministic data (dates follow
// each inspection's own dates); the versions are built exactly as production finalises them:
// input → checkReport (no errors) → buildReport → publicSummary → contentHash.
import { buildReport } from '../core/report/build-report.ts';
import { checkReport, type ReportCheck } from '../core/report/check-report.ts';
import { contentHash } from '../core/report/content-hash.ts';
import { publicSummary, type PublicReport } from '../core/report/public-report.ts';
import type { ReportConfig } from '../core/report/report-config.ts';
import type { ReportDocument } from '../core/report/report-document.ts';
import { evaluateReport } from '../core/report/report-evaluation.ts';
import {
  reportContentSchema,
  type ReportAssessmentData,
  type ReportContent,
  type ReportInput,
} from '../core/report/report-input.ts';
import type { DocumentationDepth } from '../core/assessment/documentation-depth.ts';
import type { BinaryModel } from '../core/kinds/binary/catalog.ts';
import type { ScoredModel } from '../core/kinds/scored/catalog.ts';
import type { DemoInspection } from './demo-plan.ts';
import type { FosterFamilySpec, ProviderSpec } from './demo-entities.ts';
import { DEMO_REPORT_SPECS, type DemoReportSpec, type DemoReportTexts } from './demo-report-texts.ts';

export { DEMO_REPORT_SPECS, PUBLISHED_DEMO_PROVIDER_NAME, type DemoReportSpec } from './demo-report-texts.ts';

export type DemoReportStatus = 'sent' | 'hearing' | 'review';

/** One decision of the quality review; `by` is a username (the seed stores the user's id and name). */
export type DemoReviewEntry = { by: string; at: Date; decision: 'approved' | 'returned'; comment: string };

/** A final version, finalised and sent by the report's author. */
export type DemoReportVersion = {
  number: number;
  content: ReportContent;
  /** The inspection's last held visit (the core reads no clock). */
  reportDate: string;
  hearingAnswer: string | null;
  finalisedAt: Date;
  sentAt: Date;
  /** Version 2: why version 1 was corrected (kept in the audit entry). */
  correctionReason: string | null;
};

export type DemoReport = {
  inspectionTitle: string;
  audience: 'public' | 'municipality';
  status: DemoReportStatus;
  /** Username of the inspector who wrote it. */
  author: string;
  /** The report row's current content (a sent report: its latest version's). */
  content: ReportContent;
  /** The current round's review decisions. */
  reviewComments: DemoReviewEntry[];
  hearingDeadline: string | null;
  hearingAnswer: string | null;
  hearingAnsweredAt: Date | null;
  /** reports.version: one up for every transition the report went through. */
  rowVersion: number;
  createdAt: Date;
  updatedAt: Date;
  /** Oldest first; every version is sent. Empty for a report in hearing or review. */
  versions: DemoReportVersion[];
};

// ── dates ─────────────────────────────────────────────────────────────────────────────────

const day = (d: string): Date => new Date(`${d}T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const plusDays = (d: string, n: number): string => iso(new Date(day(d).getTime() + n * 86_400_000));
/** A Saturday or Sunday moves to the Monday after. */
const workday = (d: string): string => {
  const w = day(d).getUTCDay();
  return w === 6 ? plusDays(d, 2) : w === 0 ? plusDays(d, 1) : d;
};
const at = (d: string, hour: number): Date => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00Z`);
const later = (a: string, b: string): string => (a > b ? a : b);

/** The date of the inspection's last held visit: the report's date. */
export function lastHeldVisit(inspection: Pick<DemoInspection, 'visits' | 'title'>): string {
  const held = inspection.visits.filter((v) => v.status === 'held').map((v) => v.plannedOn).sort();
  const last = held.at(-1);
  if (!last) throw new Error(`demo: tilsynet "${inspection.title}" har intet gennemført besøg`);
  return last;
}

// ── the plan ──────────────────────────────────────────────────────────────────────────────

function contentOf(texts: DemoReportTexts): ReportContent {
  return reportContentSchema.parse({
    overallAssessment: texts.overallAssessment,
    themeAssessments: texts.themeAssessments,
    developmentPoints: texts.developmentPoints,
    disproportionatelyExpensive: texts.disproportionatelyExpensive ?? false,
  });
}

/** One review-and-hearing round from the day the draft is submitted. */
function round(submitted: string, answered: boolean) {
  const approved = workday(plusDays(submitted, 3));
  const hearing = workday(plusDays(approved, 1));
  const deadline = plusDays(hearing, 14);
  const answeredOn = answered ? plusDays(hearing, 7) : null;
  return { approved, hearing, deadline, answeredOn };
}

function plannedReport(spec: DemoReportSpec, inspection: DemoInspection): DemoReport {
  const base = {
    inspectionTitle: inspection.title,
    audience: inspection.fosterFamilyName ? ('municipality' as const) : ('public' as const),
    author: inspection.inspector,
  };
  const content = contentOf(spec.texts);

  if (spec.status === 'hearing') {
    const d = spec.dates;
    return {
      ...base,
      status: 'hearing',
      content,
      reviewComments: [{ by: inspection.manager, at: at(d.approved, 10), decision: 'approved', comment: spec.reviewComment }],
      hearingDeadline: d.deadline,
      hearingAnswer: null,
      hearingAnsweredAt: null,
      // create, save, submit, approve, to hearing
      rowVersion: 5,
      createdAt: at(d.created, 9),
      updatedAt: at(d.hearing, 11),
      versions: [],
    };
  }
  if (spec.status === 'review') {
    const d = spec.dates;
    return {
      ...base,
      status: 'review',
      content,
      reviewComments: [{ by: inspection.manager, at: at(d.returned, 10), decision: 'returned', comment: spec.returnedComment }],
      hearingDeadline: null,
      hearingAnswer: null,
      hearingAnsweredAt: null,
      // create, save, submit, return, save, submit again
      rowVersion: 6,
      createdAt: at(d.created, 9),
      updatedAt: at(d.resubmitted, 14),
      versions: [],
    };
  }

  // Sent: drafted after the last visit, reviewed, in hearing, finalised once the hearing is over
  // and the inspection completed (its decision taken), and sent the same day.
  const reportDate = lastHeldVisit(inspection);
  const completedOn = iso(inspection.updatedAt);
  const first = round(workday(plusDays(reportDate, 9)), spec.hearingAnswer !== undefined);
  const finalOn = workday(plusDays(later(first.answeredOn ?? plusDays(first.deadline, 1), completedOn), 1));
  let rowVersion = 1 + 1 + 1 + 1 + 1 + (first.answeredOn ? 1 : 0) + 1 + 1; // create, save, submit, approve, hearing, [answer], finalise, send
  const versions: DemoReportVersion[] = [
    {
      number: 1,
      content,
      reportDate,
      hearingAnswer: spec.hearingAnswer ?? null,
      finalisedAt: at(finalOn, 10),
      sentAt: at(finalOn, 11),
      correctionReason: null,
    },
  ];
  let current = {
    content,
    reviewComments: [{ by: inspection.manager, at: at(first.approved, 10), decision: 'approved' as const, comment: spec.reviewComment }],
    hearingDeadline: first.deadline,
    hearingAnswer: spec.hearingAnswer ?? null,
    hearingAnsweredAt: first.answeredOn ? at(first.answeredOn, 13) : null,
    updatedAt: at(finalOn, 11),
  };

  if (spec.correction) {
    // Reopened three weeks after sending, reviewed and heard again (no answer), sent as version 2.
    const c = spec.correction;
    const correctedOn = workday(plusDays(finalOn, 21));
    const second = round(workday(plusDays(correctedOn, 2)), false);
    const final2 = workday(plusDays(second.deadline, 1));
    const content2 = contentOf({
      ...spec.texts,
      overallAssessment: c.overallAssessment ?? spec.texts.overallAssessment,
      themeAssessments: { ...spec.texts.themeAssessments, ...c.themeAssessments },
    });
    rowVersion += 1 + 1 + 1 + 1 + 1 + 1 + 1; // correct, save, submit, approve, hearing, finalise, send
    versions.push({ number: 2, content: content2, reportDate, hearingAnswer: null, finalisedAt: at(final2, 10), sentAt: at(final2, 11), correctionReason: c.reason });
    current = {
      content: content2,
      reviewComments: [{ by: inspection.manager, at: at(second.approved, 10), decision: 'approved', comment: c.reviewComment }],
      hearingDeadline: second.deadline,
      hearingAnswer: null,
      hearingAnsweredAt: null,
      updatedAt: at(final2, 11),
    };
  }

  return { ...base, status: 'sent', ...current, rowVersion, createdAt: at(plusDays(reportDate, 2), 9), versions };
}

/**
 * The demo's reports, from the specs in demo-report-texts.ts. Every report belongs to a
 * completed inspection; none to the provider whose reports the browser tests drive themselves.
 */
export function buildDemoReports(inspections: readonly DemoInspection[], options: { excludedProvider: string }): DemoReport[] {
  const seen = new Set<string>();
  return DEMO_REPORT_SPECS.map((spec) => {
    const inspection = inspections.find((i) => i.title === spec.inspection);
    if (!inspection) throw new Error(`demo: rapporten hører til tilsynet "${spec.inspection}", som ikke findes`);
    if (inspection.status !== 'completed') throw new Error(`demo: tilsynet "${spec.inspection}" er ikke afsluttet`);
    if (inspection.providerName === options.excludedProvider) throw new Error(`demo: ${options.excludedProvider} må ikke have rapporter i demodata`);
    if (seen.has(spec.inspection)) throw new Error(`demo: tilsynet "${spec.inspection}" har allerede en rapport`);
    seen.add(spec.inspection);
    return plannedReport(spec, inspection);
  });
}

// ── the report input and the final version ────────────────────────────────────────────────

export type DemoReportSubject =
  | { kind: 'provider'; spec: ProviderSpec; departments: { id: string; name: string }[] }
  | { kind: 'fosterFamily'; spec: FosterFamilySpec };

/**
 * The core's ReportInput for a demo inspection, assembled as the report services assemble it
 * from the tables (build-report-input.ts): visits by date, the assessment of the whole, each
 * department's assessment by department name, the latest decision.
 */
export function demoReportInput(o: {
  authority: { id: string; name: string };
  inspection: DemoInspection;
  inspectionId: string;
  subject: DemoReportSubject;
  model: BinaryModel | ScoredModel;
  content: ReportContent;
  version: { number: number; supersedes: number | null };
  reportDate: string;
}): ReportInput {
  const i = o.inspection;
  const whole = i.assessments.find((a) => a.departmentName === null);
  const entity: ReportInput['entity'] =
    o.subject.kind === 'provider'
      ? {
          kind: 'provider',
          name: o.subject.spec.name,
          municipality: o.subject.spec.municipality,
          legalBases: [...o.subject.spec.legalBases],
          flags: [...o.subject.spec.flags],
          departments: [...o.subject.departments].sort((a, b) => a.name.localeCompare(b.name, 'da')),
        }
      : {
          kind: 'fosterFamily',
          name: o.subject.spec.name,
          municipality: o.subject.spec.municipality,
          legalBases: [],
          flags: [],
          typology: o.subject.spec.typology,
          childrenInCare: o.subject.spec.childrenInCare,
        };
  const departmentIds = new Map(o.subject.kind === 'provider' ? o.subject.departments.map((d) => [d.name, d.id]) : []);
  const departmentAssessments = i.assessments
    .filter((a) => a.departmentName !== null)
    .map((a) => {
      const id = departmentIds.get(a.departmentName!);
      if (!id) throw new Error(`demo: afdelingen "${a.departmentName}" findes ikke`);
      return { departmentId: id, departmentName: a.departmentName!, data: a.data as ReportAssessmentData };
    })
    .sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'da'));
  const decision = [...i.decisions].sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())[0];

  return {
    authority: o.authority,
    inspection: {
      id: o.inspectionId,
      title: i.title,
      phase: i.phase,
      modelId: i.modelId,
      modelVersion: i.modelVersion,
      risk: i.risk,
      visits: [...i.visits]
        .sort((a, b) => (a.plannedOn < b.plannedOn ? -1 : a.plannedOn > b.plannedOn ? 1 : 0))
        .map((v) => ({ plannedOn: v.plannedOn, announced: v.announced, status: v.status })),
    },
    entity,
    model: o.model,
    assessment: { data: (whole?.data ?? {}) as ReportAssessmentData },
    ...(departmentAssessments.length > 0 ? { departmentAssessments } : {}),
    content: o.content,
    ...(decision ? { decision: { kind: decision.kind, deadline: decision.deadline, endsOn: decision.endsOn, note: decision.note } } : {}),
    version: { number: o.version.number, supersedes: o.version.supersedes },
    reportDate: o.reportDate,
  };
}

export type FinalVersion = { document: ReportDocument; publicSummary: PublicReport; contentHash: string; check: ReportCheck };

/**
 * What finalising stores, computed as finalise-report.ts computes it: the report checks (an
 * error stops the demo, as it stops finalisation), the document, its public summary and hash.
 */
export function finalVersion(input: ReportInput, options: { depth: DocumentationDepth; report: ReportConfig }): FinalVersion {
  const evaluation = evaluateReport(input, options.depth);
  const check = checkReport(input, evaluation, options.report);
  if (check.errors.length > 0) {
    throw new Error(`demo: rapporten for "${input.inspection.title}" kan ikke afsluttes: ${check.errors.map((e) => `${e.path}: ${e.message}`).join(' ')}`);
  }
  const document = buildReport(input, { depth: options.depth, report: options.report });
  return { document, publicSummary: publicSummary(document), contentHash: contentHash(document), check };
}
