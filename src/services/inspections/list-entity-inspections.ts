// The inspection history of one provider or foster family, newest first: each inspection with its
// risk, its outcome (the final report's conclusion and the latest decision) and its report's
// status. Only inspections the actor may see (the inspections list scope); a provider page shows
// it to those who work with inspections.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { inspections, reports } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { scope } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import type { Phase } from '../../core/assessment/assessment-input.ts';
import type { InspectionStatus, ReportStatus, Risk } from '../../core/vocabulary.ts';
import type { Decision } from '../../core/assessment/decision-options.ts';
import { parseOptions, uuid } from '../service-options.ts';

export const listEntityInspectionsSchema = z.union([
  z.object({ providerId: uuid(), fosterFamilyId: z.undefined().optional() }),
  z.object({ fosterFamilyId: uuid(), providerId: z.undefined().optional() }),
], { error: 'Angiv et tilbud eller en plejefamilie.' });

export type EntityInspection = {
  id: string;
  title: string;
  phase: Phase;
  status: InspectionStatus;
  risk: Risk;
  /** The first planned visit, when there is one (YYYY-MM-DD). */
  firstVisitOn: string | null;
  /** The newest final report version's conclusion ("Fornøden kvalitet" …); null before finalisation. */
  conclusionLabel: string | null;
  latestDecision: Decision | null;
  reportStatus: ReportStatus | null;
};

/** At most this many: a page shows the history, not an archive (the inspections list pages the rest). */
export const HISTORY_LIMIT = 50;

export async function listEntityInspections(ctx: ServiceContext, actor: Actor, options: z.input<typeof listEntityInspectionsSchema>): Promise<EntityInspection[]> {
  const input = parseOptions(listEntityInspectionsSchema, options);
  const visible = scope(actor, 'inspections');
  const inScope = visible && scopeCondition(visible, inspections);
  if (!visible || inScope === null) return [];
  const where: SQL[] = [input.providerId ? eq(inspections.providerId, input.providerId) : eq(inspections.fosterFamilyId, input.fosterFamilyId!)];
  if (inScope) where.push(inScope);
  const rows = await ctx.db
    .select({
      id: inspections.id,
      title: inspections.title,
      phase: inspections.phase,
      status: inspections.status,
      risk: inspections.risk,
      firstVisitOn: sql<string | null>`(select min(v.planned_on)::text from visits v where v.inspection_id = ${inspections.id})`,
      conclusionLabel: sql<string | null>`(select rv.document->>'conclusionLabel' from report_versions rv where rv.report_id = ${reports.id} order by rv.number desc limit 1)`,
      latestDecision: sql<Decision | null>`(select d.kind from decisions d where d.inspection_id = ${inspections.id} order by d.decided_at desc limit 1)`,
      reportStatus: reports.status,
    })
    .from(inspections)
    .leftJoin(reports, eq(reports.inspectionId, inspections.id))
    .where(and(...where))
    .orderBy(desc(inspections.createdAt))
    .limit(HISTORY_LIMIT);
  return rows;
}
