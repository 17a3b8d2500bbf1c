// Finalises a report after the hearing (answered, or the deadline passed): the report checks
// must find no errors (the engine's errors, missing theme assessments, development points that
// describe deficiencies, "Opmærksomhedspunkt", disproportionately expensive not stated, personal
// data …), and the inspection must be completed. Then an immutable version is stored: the built
// document, its public summary, audience, content hash and the hearing answer. A correction's
// next finalisation is version N+1 and points at the version it supersedes. The version's analytics
// facts are written in the same transaction.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { contentHash } from '../../core/report/content-hash.ts';
import { publicSummary, ReportNotPublishableError, type PublicReport } from '../../core/report/public-report.ts';
import { reportVersions } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { buildAndCheck, buildReportInput } from './build-report-input.ts';
import { assertStatus, auditState, checkFailed, contentOf, expectedVersionField, hearingOver, idField, latestVersion, loadReportTarget, lockReport, parseOptions, reportConflict, updateReport, type ReportIssue, type ReportRow, type ReportVersionRow } from './report-shared.ts';
import { todayInDenmark } from '../../core/calendar.ts';
import { writeReportFacts } from '../analytics/write-report-facts.ts';

export type FinaliseReportOptions = z.input<typeof finaliseReportSchema>;
export type FinaliseReportResult = { report: ReportRow; version: ReportVersionRow };

export const finaliseReportSchema = z.object({ inspectionId: idField('Tilsynet'), expectedVersion: expectedVersionField });

export async function finaliseReport(ctx: ServiceContext, actor: Actor, options: FinaliseReportOptions): Promise<FinaliseReportResult> {
  const o = parseOptions(finaliseReportSchema, options);
  const { inspection, report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  authorize(actor, 'report.write', target);
  const today = todayInDenmark(ctx.now());

  return ctx.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id, o.expectedVersion);
    assertStatus(row, ['hearing'], 'kun en rapport, der har været i faktuel høring, kan afsluttes.');
    if (!hearingOver(row, today)) {
      throw reportConflict('Rapporten er stadig i faktuel høring: den kan afsluttes, når der er afgivet høringssvar, eller fristen er udløbet.');
    }

    const previous = await latestVersion(tx, row.id);
    const number = (previous?.number ?? 0) + 1;
    const input = await buildReportInput(ctx, tx, inspection, contentOf(row), { version: { number, supersedes: previous?.number ?? null }, reportDate: today });
    const built = buildAndCheck(ctx, input);
    const issues: ReportIssue[] = [];
    if (inspection.status !== 'completed') {
      issues.push({ field: 'inspection', code: 'inspection_not_completed', message: 'Tilsynet skal være afsluttet (status "Afsluttet"), før rapporten kan afsluttes.' });
    }
    if (built.document.conclusion === 'insufficient' && !input.decision) {
      issues.push({ field: 'inspection', code: 'decision_missing', message: 'Uden fornøden kvalitet skal socialtilsynet træffe en afgørelse, før rapporten afsluttes.' });
    }
    issues.push(...built.check.errors.map((f) => ({ field: f.path, code: f.code, message: f.message })));
    if (issues.length > 0) throw checkFailed(issues);

    let summary: PublicReport;
    try {
      summary = publicSummary(built.document);
    } catch (e) {
      if (!(e instanceof ReportNotPublishableError)) throw e;
      throw checkFailed(e.findings.map((f) => ({ field: f.path, code: f.code, message: f.message })));
    }

    const version = one(await tx
      .insert(reportVersions)
      .values({
        reportId: row.id,
        number,
        document: built.document,
        publicSummary: summary,
        audience: built.document.audience,
        contentHash: contentHash(built.document),
        supersedesId: previous?.id ?? null,
        hearingAnswer: row.hearingAnswer,
        finalisedBy: actor.id,
        finalisedAt: ctx.now(),
      })
      .returning());
    // Analytics count final assessments only, from the moment they are final (seed 001; issue 10).
    await writeReportFacts(tx, ctx.registry, version.id);
    const after = await updateReport(tx, row, o.expectedVersion, ctx.now(), { status: 'final' });
    await recordAudit(tx, actor, {
      action: 'report_version.create',
      entityType: 'report_version',
      entityId: version.id,
      before: null,
      after: { reportId: row.id, number, audience: version.audience, contentHash: version.contentHash, supersedesId: version.supersedesId, hearingAnswer: version.hearingAnswer },
    });
    await recordAudit(tx, actor, { action: 'report.finalise', entityType: 'report', entityId: row.id, before: auditState(row), after: { ...auditState(after), versionId: version.id, versionNumber: number } });
    return { report: after, version: version };
  });
}
