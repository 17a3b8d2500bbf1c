// Sends an approved report to factual hearing (faktuel høring): the provider or foster family
// reads the draft and may answer until the deadline (today or later).
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { notify } from '../notifications/notify.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { invalid } from '../service-error.ts';
import { assertStatus, auditState, expectedVersionField, idField, isApproved, loadReportTarget, lockReport, parseOptions, reportConflict, updateReport, type ReportRow } from './report-shared.ts';
import { isIsoDate, todayInDenmark } from '../../core/calendar.ts';
import { assertChecksPass } from './check-before.ts';

export type SendToHearingOptions = z.input<typeof sendToHearingSchema>;

const DEADLINE_MESSAGE = 'Fristen for høringssvar skal udfyldes med en gyldig dato (åååå-mm-dd).';

export const sendToHearingSchema = z.object({
  inspectionId: idField('Tilsynet'),
  expectedVersion: expectedVersionField,
  deadline: z.string({ error: DEADLINE_MESSAGE }).trim().refine(isIsoDate, { error: DEADLINE_MESSAGE }),
});

export async function sendToHearing(ctx: ServiceContext, actor: Actor, options: SendToHearingOptions): Promise<ReportRow> {
  const o = parseOptions(sendToHearingSchema, options);
  const today = todayInDenmark(ctx.now());
  if (o.deadline < today) throw invalid([{ field: 'deadline', message: 'Fristen for høringssvar kan ikke ligge før i dag.' }]);
  const { inspection, report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  authorize(actor, 'report.write', target);
  return ctx.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id, o.expectedVersion);
    assertStatus(row, ['review'], 'kun en godkendt rapport kan sendes i høring.');
    if (!isApproved(row)) throw reportConflict('Rapporten skal godkendes i kvalitetssikringen, før den kan sendes i høring.');
    await assertChecksPass(ctx, tx, inspection, row, 'sendes i høring');
    const after = await updateReport(tx, row, o.expectedVersion, ctx.now(), {
      status: 'hearing',
      hearingDeadline: o.deadline,
      hearingAnswer: null,
      hearingAnsweredAt: null,
      hearingAnsweredBy: null,
    });
    await recordAudit(tx, actor, { action: 'report.hearing', entityType: 'report', entityId: row.id, before: auditState(row), after: auditState(after) });
    await notify(tx, actor, 'hearing_sent', inspection, row.authorId);
    return after;
  });
}
