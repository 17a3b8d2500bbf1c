// Sends the final version to the provider or foster family (report_dispatches). A sent version is
// published: its public summary goes to the portal (foster families: to municipalities only).
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { reportDispatches } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { notify } from '../notifications/notify.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { assertStatus, auditState, expectedVersionField, idField, latestVersion, loadReportTarget, lockReport, parseOptions, reportConflict, updateReport, type ReportRow } from './report-shared.ts';

export type SendReportOptions = z.input<typeof sendReportSchema>;
export type SendReportResult = { report: ReportRow; versionId: string; versionNumber: number; sentAt: Date };

export const sendReportSchema = z.object({ inspectionId: idField('Tilsynet'), expectedVersion: expectedVersionField });

export async function sendReport(ctx: ServiceContext, actor: Actor, options: SendReportOptions): Promise<SendReportResult> {
  const o = parseOptions(sendReportSchema, options);
  const { inspection, report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  authorize(actor, 'report.write', target);
  return ctx.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id, o.expectedVersion);
    assertStatus(row, ['final'], 'kun en afsluttet rapport kan sendes.');
    const version = await latestVersion(tx, row.id);
    if (!version) throw reportConflict('Rapporten har ingen afsluttet version at sende.');
    const now = ctx.now();
    const dispatch = one(await tx.insert(reportDispatches).values({ versionId: version.id, sentBy: actor.id, sentAt: now }).returning());
    const after = await updateReport(tx, row, o.expectedVersion, now, { status: 'sent' });
    await recordAudit(tx, actor, {
      action: 'report_version.send',
      entityType: 'report_version',
      entityId: version.id,
      before: null,
      after: { dispatchId: dispatch.id, reportId: row.id, number: version.number, sentAt: now.toISOString() },
    });
    await recordAudit(tx, actor, { action: 'report.send', entityType: 'report', entityId: row.id, before: auditState(row), after: { ...auditState(after), versionId: version.id } });
    await notify(tx, actor, 'report_sent', inspection, row.authorId);
    return { report: after, versionId: version.id, versionNumber: version.number, sentAt: dispatch.sentAt };
  });
}
