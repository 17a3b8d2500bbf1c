// The provider's or foster family's answer in the factual hearing: only their own report, only
// while it is in hearing and the deadline has not passed, and once. The answer is kept with the
// report and with the final version.
import { deadlineOnWorkingDay } from '../../core/working-days.ts';
import { z } from 'zod';
import { formatDanishDate } from '../../core/report/report-labels.ts';
import { REPORT_TEXT_MAX } from '../../core/report/report-input.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { notify } from '../notifications/notify.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { assertStatus, auditState, expectedVersionField, hearingDeadlinePassed, idField, loadReportTarget, lockReport, parseOptions, reportConflict, updateReport, type ReportRow } from './report-shared.ts';
import { todayInDenmark } from '../../core/calendar.ts';

export type AnswerHearingOptions = z.input<typeof answerHearingSchema>;

export const answerHearingSchema = z.object({
  inspectionId: idField('Tilsynet'),
  expectedVersion: expectedVersionField,
  answer: z
    .string({ error: 'Høringssvaret skal udfyldes.' })
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .refine((v) => v !== '', { error: 'Høringssvaret skal udfyldes.' })
    .refine((v) => v.length <= REPORT_TEXT_MAX, { error: `Høringssvaret må højst være ${REPORT_TEXT_MAX} tegn.` }),
});

export async function answerHearing(ctx: ServiceContext, actor: Actor, options: AnswerHearingOptions): Promise<ReportRow> {
  const o = parseOptions(answerHearingSchema, options);
  const { inspection, report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  authorize(actor, 'report.hearing', target);
  const today = todayInDenmark(ctx.now());
  return ctx.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id, o.expectedVersion);
    assertStatus(row, ['hearing'], 'der kan kun afgives høringssvar, mens rapporten er i faktuel høring.');
    if (row.hearingAnswer !== null) throw reportConflict('Høringssvaret er allerede afgivet.');
    if (row.hearingDeadline !== null && hearingDeadlinePassed(row, today)) {
      throw reportConflict(`Fristen for høringssvar udløb ${formatDanishDate(deadlineOnWorkingDay(row.hearingDeadline))}.`);
    }
    const now = ctx.now();
    const after = await updateReport(tx, row, o.expectedVersion, now, { hearingAnswer: o.answer, hearingAnsweredAt: now, hearingAnsweredBy: actor.id });
    await recordAudit(tx, actor, { action: 'report.hearing_answer', entityType: 'report', entityId: row.id, before: auditState(row), after: auditState(after) });
    await notify(tx, actor, 'hearing_answered', inspection, row.authorId);
    return after;
  });
}
