// What the report use cases share: the statuses and their order, option parsing with Danish
// field messages, loading the inspection and its report, the optimistic version check, the
// review and hearing state, and file names for rendered versions. Read straight from the
// tables, so this area does not depend on the inspection or assessment services.
import { deadlinePassed } from '../../core/working-days.ts';
import { REPORT_STATUSES, type ReportStatus } from '../../core/vocabulary.ts';
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { emptyReportContent, reportContentSchema, type ReportContent } from '../../core/report/report-input.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { inspections, reportDispatches, reports, reportVersions } from '../../storage/schema.ts';
import type { Target } from '../permissions.ts';
import { invalid, notFound, ServiceError, type FieldIssue } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import { loadInspection as loadInspectionRow, targetOf } from '../inspections/shared.ts';

export { isUuid, loadInspectionRow, parseOptions, targetOf };

export type Conn = Db | Tx;
export type InspectionRow = typeof inspections.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type ReportVersionRow = typeof reportVersions.$inferSelect;

/** draft → review → hearing → final → sent; a correction reopens final/sent as a draft. */


/** One decision of the quality review, kept on the report (reports.review_comments). */
export type ReviewEntry = { by: string; byName: string; at: string; decision: 'approved' | 'returned'; comment: string };

/** A field issue that also names the report check's stable code (checkReport, or the lifecycle's own). */
export type ReportIssue = FieldIssue & { code: string };

export const REPORT_CONFLICT_MESSAGE =
  'Rapporten er blevet ændret af en anden, siden du åbnede den. Genindlæs siden for at se den gemte rapport, før du prøver igen.';

export const reportConflict = (message = REPORT_CONFLICT_MESSAGE) => new ServiceError('conflict', message);

// ---- options ----------------------------------------------------------------------------------


export const idField = (what: string) => z.string({ error: `${what} skal angives.` });

/** The reports.version the user started from: every transition names it. */
export const expectedVersionField = z
  .number({ error: 'Rapportens version skal angives som et tal.' })
  .int({ error: 'Rapportens version skal være et heltal.' })
  .min(1, { error: 'Rapportens version skal være 1 eller mere.' });




/** A zod issue path as the report check writes paths: content.developmentPoints[0], content.themeAssessments.t1. */
export function issuePath(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  let out = prefix;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

// ---- loading ----------------------------------------------------------------------------------



export async function findReport(conn: Conn, inspectionId: string): Promise<ReportRow | undefined> {
  const [row] = await conn.select().from(reports).where(eq(reports.inspectionId, inspectionId));
  return row;
}

export async function requireReport(conn: Conn, inspectionId: string): Promise<ReportRow> {
  const row = await findReport(conn, inspectionId);
  if (!row) throw notFound('Rapporten');
  return row;
}

/** The inspection and its report; not_found for either. */
export async function loadReportTarget(conn: Conn, inspectionId: unknown): Promise<{ inspection: InspectionRow; report: ReportRow; target: Target }> {
  const inspection = await loadInspectionRow(conn, inspectionId);
  const report = await requireReport(conn, inspection.id);
  return { inspection, report, target: targetOf(inspection) };
}

/** Every final version of a report, oldest first. */
/** A final version without its document and public summary (what lists of versions show). */
export type VersionSummary = Pick<ReportVersionRow, 'id' | 'number' | 'audience' | 'contentHash' | 'supersedesId' | 'finalisedAt'> & { sentAt: Date | null };

/** The report's final versions, oldest first — not their documents, which are large and read one at a time. */
export async function listVersions(conn: Conn, reportId: string): Promise<VersionSummary[]> {
  const v = reportVersions;
  return conn
    .select({ id: v.id, number: v.number, audience: v.audience, contentHash: v.contentHash, supersedesId: v.supersedesId, finalisedAt: v.finalisedAt, sentAt: reportDispatches.sentAt })
    .from(v)
    .leftJoin(reportDispatches, eq(reportDispatches.versionId, v.id))
    .where(eq(v.reportId, reportId))
    .orderBy(asc(v.number));
}

export async function latestVersion(conn: Conn, reportId: string): Promise<ReportVersionRow | undefined> {
  const [row] = await conn.select().from(reportVersions).where(eq(reportVersions.reportId, reportId)).orderBy(desc(reportVersions.number)).limit(1);
  return row;
}

// ---- state ------------------------------------------------------------------------------------

/** A stored status outside the list is a fault in the data, never read as a draft. */
export function statusOf(row: Pick<ReportRow, 'status'>): ReportStatus {
  const status = REPORT_STATUSES.find((s) => s === row.status);
  if (!status) throw new Error(`Unknown report status in the database: ${JSON.stringify(row.status)}`);
  return status;
}

/** The stored content; a row that does not fit the schema reads as an empty draft. */
export function contentOf(row: Pick<ReportRow, 'content'>): ReportContent {
  const parsed = reportContentSchema.safeParse(row.content ?? {});
  return parsed.success ? parsed.data : emptyReportContent();
}

export function reviewEntries(row: Pick<ReportRow, 'reviewComments'>): ReviewEntry[] {
  const raw = Array.isArray(row.reviewComments) ? row.reviewComments : [];
  return raw.flatMap((e): ReviewEntry[] => {
    if (!e || typeof e !== 'object') return [];
    const x = e as Record<string, unknown>;
    const decision = x.decision === 'approved' || x.decision === 'returned' ? x.decision : null;
    if (!decision) return [];
    return [{ by: String(x.by ?? ''), byName: String(x.byName ?? ''), at: String(x.at ?? ''), decision, comment: String(x.comment ?? '') }];
  });
}

/** In review and approved: the latest review decision of this round is an approval. */
export function isApproved(row: Pick<ReportRow, 'status' | 'reviewComments'>): boolean {
  return statusOf(row) === 'review' && reviewEntries(row).at(-1)?.decision === 'approved';
}

/** The hearing deadline has passed — counted in working days: one on a closed day runs to the next working day. */
export const hearingDeadlinePassed = (row: Pick<ReportRow, 'hearingDeadline'>, today: string): boolean =>
  row.hearingDeadline !== null && deadlinePassed(row.hearingDeadline, today);

/** The hearing is over when the provider has answered or the deadline has passed. */
export function hearingOver(row: Pick<ReportRow, 'status' | 'hearingAnswer' | 'hearingDeadline'>, today: string): boolean {
  if (statusOf(row) !== 'hearing') return false;
  return row.hearingAnswer !== null || hearingDeadlinePassed(row, today);
}

/** The written content may change in a draft, and in hearing once the hearing is over (to take in the answer). */
export function contentEditable(row: Pick<ReportRow, 'status' | 'hearingAnswer' | 'hearingDeadline'>, today: string): boolean {
  return statusOf(row) === 'draft' || hearingOver(row, today);
}

const STATUS_TEXT: Record<ReportStatus, string> = {
  draft: 'en kladde',
  review: 'til kvalitetssikring',
  hearing: 'i faktuel høring',
  final: 'afsluttet',
  sent: 'sendt',
};

/** Refuses (conflict) unless the report is in one of the statuses. */
export function assertStatus(row: ReportRow, allowed: readonly ReportStatus[], what: string): void {
  const status = statusOf(row);
  if (!allowed.includes(status)) throw reportConflict(`Rapporten er ${STATUS_TEXT[status]}; ${what}`);
}

/** Optimistic concurrency: the version the user started from must still be the stored one. */
export function assertVersion(row: ReportRow, expectedVersion: number): void {
  if (row.version !== expectedVersion) throw reportConflict();
}

/**
 * Writes a transition: one version up and a new updated_at, only if nobody else wrote in
 * between (the WHERE names the version the user started from). Returns the row after.
 */
export async function updateReport(tx: Tx, row: ReportRow, expectedVersion: number, now: Date, changes: Partial<typeof reports.$inferInsert>): Promise<ReportRow> {
  assertVersion(row, expectedVersion);
  const [after] = await tx
    .update(reports)
    .set({ ...changes, version: expectedVersion + 1, updatedAt: now })
    .where(and(eq(reports.id, row.id), eq(reports.version, expectedVersion)))
    .returning();
  if (!after) throw reportConflict();
  return after;
}

/** Locks the report row for the transaction and checks it is still the version the user saw. */
export async function lockReport(tx: Tx, reportId: string, expectedVersion: number): Promise<ReportRow> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, reportId)).for('update');
  if (!row) throw notFound('Rapporten');
  assertVersion(row, expectedVersion);
  return row;
}

/** What the audit log keeps of a report row (the content in full; it is the record of what was written). */
export function auditState(row: ReportRow) {
  return {
    status: row.status,
    version: row.version,
    content: row.content,
    authorId: row.authorId,
    reviewComments: row.reviewComments,
    hearingDeadline: row.hearingDeadline,
    hearingAnswer: row.hearingAnswer,
    hearingAnsweredBy: row.hearingAnsweredBy,
  };
}

// ---- files ------------------------------------------------------------------------------------

/** "Driftsorienteret tilsyn 2026 – Bostedet Lærkereden" → "driftsorienteret-tilsyn-2026-bostedet-laerkereden". */
export function slug(text: string): string {
  const s = text
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return s || 'rapport';
}

export type ReportFormat = 'html' | 'pdf' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'json'];

export const reportFileName = (inspectionTitle: string, versionNumber: number, format: ReportFormat) =>
  `${slug(inspectionTitle)}-v${versionNumber}.${format}`;

/** Issues for a report whose check found errors; `fields` carry the check's codes too. */
export function checkFailed(issues: ReportIssue[], step = 'afsluttes'): ServiceError {
  return invalid(issues, `Rapporten kan ikke ${step}: ${issues.length === 1 ? 'der er 1 fejl' : `der er ${issues.length} fejl`}, som skal rettes først.`);
}
