// The facts the risk rules read (core/assessment/risk-rules.ts), from the inspection's rows: held
// visits, the provider's departments, the criteria its assessments mark as in doubt, and the
// recorded widenings of the investigation design.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../storage/database.ts';
import { assessments, departments, designWidenings, visits } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { RiskFacts } from '../../core/assessment/risk-rules.ts';
import { parseStoredData, binaryDataOf } from '../../core/assessment/stored-data.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { itemNumber } from '../../core/model/item-number.ts';
import type { InspectionRow } from './shared.ts';

export async function loadRiskFacts(ctx: ServiceContext, conn: Db | Tx, inspection: InspectionRow): Promise<RiskFacts> {
  const [held] = await conn.select({ n: count() }).from(visits).where(and(eq(visits.inspectionId, inspection.id), eq(visits.status, 'held')));
  const [deps] = inspection.providerId ? await conn.select({ n: count() }).from(departments).where(eq(departments.providerId, inspection.providerId)) : [{ n: 0 }];
  const rows = await conn.select().from(assessments).where(eq(assessments.inspectionId, inspection.id)).orderBy(asc(assessments.departmentId));
  const widened = await conn.selectDistinct({ criterionId: designWidenings.criterionId }).from(designWidenings).where(eq(designWidenings.inspectionId, inspection.id));
  const model = ctx.registry.get(inspection.modelId);
  const doubts: RiskFacts['doubts'] = [];
  if (model && isAssessable(model) && model.kind === 'binary') {
    for (const row of rows) {
      const data = binaryDataOf(parseStoredData(model, row.data));
      for (const [criterionId, c] of Object.entries(data.criteria)) {
        if (c.doubt && !doubts.some((d) => d.criterionId === criterionId)) {
          doubts.push({ criterionId, label: `kvalitetskriterium ${itemNumber(criterionId)}`, concluded: c.result !== undefined });
        }
      }
    }
  }
  return { risk: inspection.risk, heldVisits: held?.n ?? 0, departments: deps?.n ?? 0, doubts, widenedCriteria: widened.map((w) => w.criterionId) };
}
