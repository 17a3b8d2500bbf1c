// The audit trail of one inspection: its own entries and those of its risk changes, visits,
// follow-ups, decisions, assessments and reports, oldest first, 50 a page. For those with 'audit.read'.
import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import { PAGE_SIZE, paged, pageField, type Paged } from '../list-paging.ts';
import { z } from 'zod';
import { assessments, auditLog, decisions, followUps, reports, reportVersions, riskChanges, users, visits, designWidenings } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { loadInspection, parseOptions, targetOf } from './shared.ts';
import type { PersonRef } from './get-inspection.ts';

export type ListInspectionAuditOptions = z.input<typeof schema>;

export type AuditRecord = {
  id: number;
  at: Date;
  actor: PersonRef;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

export type InspectionAudit = { inspection: { id: string; title: string; authorityId: string }; entries: Paged<AuditRecord> };

const schema = z.object({ inspectionId: z.string({ error: 'Tilsynet skal angives.' }), page: pageField });

export async function listInspectionAudit(ctx: ServiceContext, actor: Actor, options: ListInspectionAuditOptions): Promise<InspectionAudit> {
  const input = parseOptions(schema, options);
  const inspection = await loadInspection(ctx.db, input.inspectionId);
  authorize(actor, 'audit.read', targetOf(inspection));
  const id = inspection.id;
  const childOf = (type: string, ids: ReturnType<typeof sql>) => and(eq(auditLog.entityType, type), sql`${auditLog.entityId} in (${ids})`);
  const where = or(
        eq(auditLog.entityId, id),
        childOf('risk', sql`select ${riskChanges.id}::text from ${riskChanges} where ${riskChanges.inspectionId} = ${id}`),
        childOf('visit', sql`select ${visits.id}::text from ${visits} where ${visits.inspectionId} = ${id}`),
        childOf('follow_up', sql`select ${followUps.id}::text from ${followUps} where ${followUps.inspectionId} = ${id}`),
        childOf('design_widening', sql`select ${designWidenings.id}::text from ${designWidenings} where ${designWidenings.inspectionId} = ${id}`),
        childOf('decision', sql`select ${decisions.id}::text from ${decisions} where ${decisions.inspectionId} = ${id}`),
        childOf('assessment', sql`select ${assessments.id}::text from ${assessments} where ${assessments.inspectionId} = ${id}`),
        childOf('report', sql`select ${reports.id}::text from ${reports} where ${reports.inspectionId} = ${id}`),
        childOf('report_version', sql`select ${reportVersions.id}::text from ${reportVersions} join ${reports} on ${reports.id} = ${reportVersions.reportId} where ${reports.inspectionId} = ${id}`),
  );
  const [[total], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(auditLog).where(where),
    ctx.db.select({ entry: auditLog, name: users.displayName }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where).orderBy(asc(auditLog.id)).limit(PAGE_SIZE).offset((input.page - 1) * PAGE_SIZE),
  ]);
  return {
    inspection: { id, title: inspection.title, authorityId: inspection.authorityId },
    entries: paged(rows.map(({ entry: e, name }) => ({
      id: e.id,
      at: e.at,
      actor: e.actorId ? { id: e.actorId, displayName: name ?? '' } : null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
    })), total?.n ?? 0, input.page),
  };
}
