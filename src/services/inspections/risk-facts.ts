// The facts the risk rules read (core/assessment/risk-rules.ts), from the inspection's rows: held
// visits, the provider's departments, the criteria its assessments mark as in doubt, and the
// recorded widenings of the investigation design. What the caller has already read is handed in
// and not read again.
import { asc, count, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../storage/database.ts';
import { assessments, departments, designWidenings } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { RiskFacts } from '../../core/assessment/risk-rules.ts';
import { parseStoredData, binaryDataOf } from '../../core/assessment/stored-data.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { itemNumber } from '../../core/model/item-number.ts';
import type { InspectionRow } from './shared.ts';
import { heldVisitCount } from './visit-rule.ts';

export async function loadRiskFacts(
  ctx: ServiceContext,
  conn: Db | Tx,
  inspection: InspectionRow,
  known: Partial<Pick<RiskFacts, 'heldVisits' | 'widenedCriteria'>> = {},
): Promise<RiskFacts> {
  const heldVisits = known.heldVisits ?? (await heldVisitCount(conn, inspection.id));
  const [deps] = inspection.providerId ? await conn.select({ n: count() }).from(departments).where(eq(departments.providerId, inspection.providerId)) : [{ n: 0 }];
  const rows = await conn.select().from(assessments).where(eq(assessments.inspectionId, inspection.id)).orderBy(asc(assessments.departmentId));
  const widenedCriteria =
    known.widenedCriteria ??
    (await conn.selectDistinct({ criterionId: designWidenings.criterionId }).from(designWidenings).where(eq(designWidenings.inspectionId, inspection.id))).map((w) => w.criterionId);
  const model = ctx.registry.used(inspection.modelId, inspection.modelVersion);
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
  return { risk: inspection.risk, heldVisits, departments: deps?.n ?? 0, doubts, widenedCriteria };
}
