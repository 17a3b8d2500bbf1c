// Assembles the pure core's ReportInput from the tables: the authority, the inspection with its
// visits, the provider (with departments) or foster family, the model from the registry, the
// assessment of the entity as a whole (department_id null) and each department's, the latest
// decision, and the report's written content. Then builds the document and runs the checks.
// No permission check here: the use cases that call it authorize first.
import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { isAssessable, type AssessableModel } from '../../core/model/schema.ts';
import { type Evaluation } from '../../core/assessment/evaluate.ts';
import { buildReport } from '../../core/report/build-report.ts';
import { checkReport, type ReportCheck } from '../../core/report/check-report.ts';
import type { ReportDocument } from '../../core/report/report-document.ts';
import { evaluateReport } from '../../core/report/report-evaluation.ts';
import type { ReportAssessmentData, ReportContent, ReportInput } from '../../core/report/report-input.ts';
import { assessments, authorities, decisions, departments, fosterFamilies, providers, visits } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import { notFound, ServiceError } from '../service-error.ts';
import type { Conn, InspectionRow } from './report-shared.ts';

export type BuildReportInputExtra = {
  version?: { number: number; supersedes?: number | null };
  /** YYYY-MM-DD; the core reads no clock. */
  reportDate?: string;
};

/** The model an inspection's report is built on; refused when the catalog lacks it or does not assess with it. */
export function reportModel(ctx: ServiceContext, inspection: Pick<InspectionRow, 'modelId' | 'modelVersion'>): AssessableModel {
  const model = ctx.registry.used(inspection.modelId, inspection.modelVersion);
  if (!model) throw new ServiceError('not_found', `Kvalitetsmodellen "${inspection.modelId}" findes ikke i modelkataloget.`);
  if (!isAssessable(model)) {
    throw new ServiceError('invalid', `Kvalitetsmodellen "${model.title}" vurderes ikke med kvalitetsmarkører eller indikatorer; der kan ikke skrives en tilsynsrapport efter den.`);
  }
  return model;
}

const asData = (raw: unknown): ReportAssessmentData => (raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as ReportAssessmentData) : {});

export async function buildReportInput(
  ctx: ServiceContext,
  conn: Conn,
  inspection: InspectionRow,
  content: ReportContent,
  extra: BuildReportInputExtra = {},
): Promise<ReportInput> {
  const model = reportModel(ctx, inspection);
  const [authority] = await conn.select().from(authorities).where(eq(authorities.id, inspection.authorityId));
  const visitRows = await conn.select().from(visits).where(eq(visits.inspectionId, inspection.id)).orderBy(asc(visits.plannedOn), asc(visits.id));

  let entity: ReportInput['entity'];
  let departmentNames = new Map<string, string>();
  if (inspection.providerId) {
    const [p] = await conn.select().from(providers).where(eq(providers.id, inspection.providerId));
    if (!p) throw notFound('Tilbuddet');
    const deps = await conn
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.providerId, p.id))
      .orderBy(asc(departments.name), asc(departments.id));
    departmentNames = new Map(deps.map((d) => [d.id, d.name]));
    entity = { kind: 'provider', name: p.name, municipality: p.municipality, legalBases: [...p.legalBases], flags: [...p.flags], departments: deps };
  } else if (inspection.fosterFamilyId) {
    const [f] = await conn.select().from(fosterFamilies).where(eq(fosterFamilies.id, inspection.fosterFamilyId));
    if (!f) throw notFound('Plejefamilien');
    entity = { kind: 'fosterFamily', name: f.name, municipality: f.municipality, legalBases: [], flags: [], typology: f.typology, childrenInCare: f.childrenInCare };
  } else {
    throw notFound('Tilbuddet eller plejefamilien');
  }

  const [whole] = await conn
    .select()
    .from(assessments)
    .where(and(eq(assessments.inspectionId, inspection.id), isNull(assessments.departmentId)))
    .orderBy(desc(assessments.version), asc(assessments.id))
    .limit(1);
  const departmentRows = await conn
    .select()
    .from(assessments)
    .where(and(eq(assessments.inspectionId, inspection.id), isNotNull(assessments.departmentId)))
    .orderBy(desc(assessments.version), asc(assessments.id));
  const seen = new Set<string>();
  const departmentAssessments = departmentRows
    .filter((r) => r.departmentId && departmentNames.has(r.departmentId) && !seen.has(r.departmentId) && seen.add(r.departmentId))
    .map((r) => ({ departmentId: r.departmentId!, departmentName: departmentNames.get(r.departmentId!)!, data: asData(r.data) }))
    .sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'da'));

  const [decision] = await conn
    .select()
    .from(decisions)
    .where(eq(decisions.inspectionId, inspection.id))
    .orderBy(desc(decisions.decidedAt), desc(decisions.id))
    .limit(1);

  return {
    authority: { id: inspection.authorityId, name: authority?.name ?? inspection.authorityId },
    inspection: {
      id: inspection.id,
      title: inspection.title,
      phase: inspection.phase,
      modelId: inspection.modelId,
      modelVersion: inspection.modelVersion,
      risk: inspection.risk,
      visits: visitRows.map((v) => ({ plannedOn: v.plannedOn, announced: v.announced, status: v.status })),
    },
    entity,
    model,
    assessment: { data: asData(whole?.data) },
    ...(departmentAssessments.length > 0 ? { departmentAssessments } : {}),
    content,
    ...(decision ? { decision: { kind: decision.kind, deadline: decision.deadline, endsOn: decision.endsOn, note: decision.note } } : {}),
    ...(extra.version ? { version: { number: extra.version.number, supersedes: extra.version.supersedes ?? null } } : {}),
    ...(extra.reportDate ? { reportDate: extra.reportDate } : {}),
  };
}

export type BuiltReport = { input: ReportInput; evaluation: Evaluation; check: ReportCheck; document: ReportDocument };

/** The engine's evaluation, the report checks and the document, for an assembled input. */
export function buildAndCheck(ctx: ServiceContext, input: ReportInput): BuiltReport {
  const depth = ctx.config.documentationDepth;
  const evaluation = evaluateReport(input, depth);
  const check = checkReport(input, evaluation, ctx.reportConfig);
  const document = buildReport(input, { depth, report: ctx.reportConfig });
  return { input, evaluation, check, document };
}
