// Sends a draft to quality review (kvalitetssikring): a manager of the authority or an inspector
// colleague who is not the author approves it or sends it back. The one who submits is the author.
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { notify } from '../notifications/notify.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { assertChecksPass } from './check-before.ts';
import { heldVisitCount, lacksHeldVisit, NO_HELD_VISIT } from '../inspections/visit-rule.ts';
import { assertStatus, auditState, expectedVersionField, idField, loadReportTarget, lockReport, parseOptions, updateReport, type ReportRow } from './report-shared.ts';

export type SubmitForReviewOptions = z.input<typeof submitForReviewSchema>;

export const submitForReviewSchema = z.object({ inspectionId: idField('Tilsynet'), expectedVersion: expectedVersionField });

export async function submitForReview(ctx: ServiceContext, actor: Actor, options: SubmitForReviewOptions): Promise<ReportRow> {
  const o = parseOptions(submitForReviewSchema, options);
  const { inspection, report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  authorize(actor, 'report.write', target);
  return ctx.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id, o.expectedVersion);
    assertStatus(row, ['draft'], 'kun en kladde kan sendes til kvalitetssikring.');
    const visit = lacksHeldVisit(inspection, await heldVisitCount(tx, inspection.id)) ? [{ field: 'inspection', code: 'visit_missing', message: NO_HELD_VISIT }] : [];
    await assertChecksPass(ctx, tx, inspection, row, 'sendes til kvalitetssikring', visit);
    const after = await updateReport(tx, row, o.expectedVersion, ctx.now(), { status: 'review', authorId: actor.id });
    await recordAudit(tx, actor, { action: 'report.submit', entityType: 'report', entityId: row.id, before: auditState(row), after: auditState(after) });
    await notify(tx, actor, 'review_waiting', inspection, after.authorId);
    return after;
  });
}
