// Starts the report of an inspection: an empty draft, created by the inspector or manager who
// writes it (an explicit POST; opening a report never creates one). Creating it twice gives the
// one draft. A cancelled inspection gets no report.
import { one } from '../../storage/one-row.ts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { emptyReportContent } from '../../core/report/report-input.ts';
import { inspections, reports } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { auditState, findReport, idField, loadInspectionRow, parseOptions, reportConflict, targetOf, type ReportRow } from './report-shared.ts';

export type CreateReportOptions = z.input<typeof schema>;

const schema = z.object({ inspectionId: idField('Tilsynet') });

export async function createReport(ctx: ServiceContext, actor: Actor, options: CreateReportOptions): Promise<{ report: ReportRow; created: boolean }> {
  const input = parseOptions(schema, options);
  const inspection = await loadInspectionRow(ctx.db, input.inspectionId);
  authorize(actor, 'report.write', targetOf(inspection));
  if (inspection.status === 'cancelled') throw reportConflict('Tilsynet er aflyst; der skrives ikke en rapport for et aflyst tilsyn.');
  return ctx.db.transaction(async (tx) => {
    // Serialises two first creates of the same inspection: one draft, not two.
    await tx.select({ id: inspections.id }).from(inspections).where(eq(inspections.id, inspection.id)).for('update');
    const existing = await findReport(tx, inspection.id);
    if (existing) return { report: existing, created: false };
    const now = ctx.now();
    const row = one(await tx
      .insert(reports)
      .values({ inspectionId: inspection.id, status: 'draft', content: emptyReportContent(), authorId: actor.id, version: 1, createdAt: now, updatedAt: now })
      .returning());
    await recordAudit(tx, actor, { action: 'report.create', entityType: 'report', entityId: row.id, before: null, after: { inspectionId: inspection.id, ...auditState(row) } });
    return { report: row, created: true };
  });
}
