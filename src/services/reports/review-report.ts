// Quality review (kvalitetssikring) of a report: a manager of the authority or an inspector
// colleague approves it, or sends it back to draft with a comment. The report's author may not
// review it. An approval keeps the report in review until the author sends it to hearing.
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { notify } from '../notifications/notify.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { forbidden, invalid } from '../service-error.ts';
import { REPORT_TEXT_MAX } from '../../core/report/report-input.ts';
import { assertStatus, auditState, expectedVersionField, idField, isApproved, loadReportTarget, lockReport, parseOptions, reportConflict, reviewEntries, updateReport, type ReportRow, type ReviewEntry } from './report-shared.ts';
import { assertChecksPass } from './check-before.ts';

export type ReviewDecision = 'approve' | 'return';
export type ReviewReportOptions = z.input<typeof reviewReportSchema>;

export const reviewReportSchema = z.object({
  inspectionId: idField('Tilsynet'),
  expectedVersion: expectedVersionField,
  decision: z.enum(['approve', 'return'], { error: 'Vælg, om rapporten godkendes eller sendes tilbage.' }),
  comment: z
    .union([z.string(), z.null()], { error: 'Kommentaren skal være tekst.' })
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v.length <= REPORT_TEXT_MAX, { error: `Kommentaren må højst være ${REPORT_TEXT_MAX} tegn.` }),
});

export async function reviewReport(ctx: ServiceContext, actor: Actor, options: ReviewReportOptions): Promise<ReportRow> {
  const o = parseOptions(reviewReportSchema, options);
  if (o.decision === 'return' && o.comment === '') {
    throw invalid([{ field: 'comment', message: 'Skriv en kommentar: hvad skal rettes, før rapporten kan godkendes?' }]);
  }
  const { inspection, report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  authorize(actor, 'report.review', target);
  if (report.authorId === actor.id) throw forbidden('Du kan ikke kvalitetssikre din egen rapport: en kollega eller en leder skal godkende den.');
  return ctx.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id, o.expectedVersion);
    if (row.authorId === actor.id) throw forbidden('Du kan ikke kvalitetssikre din egen rapport: en kollega eller en leder skal godkende den.');
    assertStatus(row, ['review'], 'kun en rapport til kvalitetssikring kan godkendes eller sendes tilbage.');
    if (isApproved(row)) throw reportConflict('Rapporten er allerede godkendt i kvalitetssikringen.');
    if (o.decision === 'approve') await assertChecksPass(ctx, tx, inspection, row, 'godkendes');
    const entry: ReviewEntry = {
      by: actor.id,
      byName: actor.displayName,
      at: ctx.now().toISOString(),
      decision: o.decision === 'approve' ? 'approved' : 'returned',
      comment: o.comment,
    };
    const after = await updateReport(tx, row, o.expectedVersion, ctx.now(), {
      reviewComments: [...reviewEntries(row), entry],
      ...(o.decision === 'return' ? { status: 'draft' } : {}),
    });
    await recordAudit(tx, actor, {
      action: o.decision === 'approve' ? 'report.approve' : 'report.return',
      entityType: 'report',
      entityId: row.id,
      before: auditState(row),
      after: auditState(after),
    });
    if (o.decision === 'return') await notify(tx, actor, 'report_returned', inspection, row.authorId);
    return after;
  });
}
