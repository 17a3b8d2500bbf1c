// The analytics facts of a final report version, written in the finalisation's transaction (and by
// the rebuild): the inspection's earlier facts (a corrected report's previous version) are replaced,
// so the facts always hold the latest final version of each report.
import { and, eq } from 'drizzle-orm';
import { reportFacts } from '../../core/analytics/report-facts.ts';
import type { Fact } from '../../core/analytics/facts.ts';
import { isAssessable } from '../../core/model/schema.ts';
import type { ReportDocument } from '../../core/report/report-document.ts';
import { dateInDenmark } from '../../core/calendar.ts';
import type { ModelRegistry } from '../../catalog/model-registry.ts';
import { analyticsFacts, fosterFamilies, inspections, providers, reports, reportVersions } from '../../storage/schema.ts';
import type { Tx } from '../../storage/database.ts';

/** Rows per INSERT: 26 columns × 1,000 stays well below PostgreSQL's 65,535 parameters. */
const BATCH = 1000;

export async function insertFacts(tx: Tx, facts: readonly Fact[], onConflict: 'error' | 'skip' = 'error'): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < facts.length; i += BATCH) {
    const insert = tx.insert(analyticsFacts).values(facts.slice(i, i + BATCH));
    const rows = onConflict === 'skip' ? await insert.onConflictDoNothing({ target: analyticsFacts.sourceKey }).returning({ id: analyticsFacts.id }) : await insert.returning({ id: analyticsFacts.id });
    inserted += rows.length;
  }
  return inserted;
}

/** What the facts of a version need beyond its document: the entity, its ownership or approval date, the author. */
export const versionSources = (tx: Tx) =>
  tx
    .select({
      versionId: reportVersions.id,
      document: reportVersions.document,
      finalisedAt: reportVersions.finalisedAt,
      authorId: reports.authorId,
      finalisedBy: reportVersions.finalisedBy,
      providerId: inspections.providerId,
      fosterFamilyId: inspections.fosterFamilyId,
      ownership: providers.ownership,
      approvedOn: fosterFamilies.approvedOn,
    })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .leftJoin(providers, eq(providers.id, inspections.providerId))
    .leftJoin(fosterFamilies, eq(fosterFamilies.id, inspections.fosterFamilyId));

export type VersionSource = Awaited<ReturnType<ReturnType<typeof versionSources>['execute']>>[number];

export function factsOfVersion(registry: ModelRegistry, source: VersionSource): Fact[] {
  const doc = source.document as ReportDocument;
  const model = registry.get(doc.model.id);
  if (!model || !isAssessable(model)) return [];
  return reportFacts(doc, model, {
    reportVersionId: source.versionId,
    entityId: source.providerId ?? source.fosterFamilyId ?? '',
    ownership: source.ownership,
    approvedOn: source.approvedOn,
    inspector: source.authorId ?? source.finalisedBy ?? 'ukendt',
    factDate: doc.reportDate ?? dateInDenmark(source.finalisedAt),
  });
}

export async function writeReportFacts(tx: Tx, registry: ModelRegistry, versionId: string): Promise<number> {
  const [source] = await versionSources(tx).where(eq(reportVersions.id, versionId));
  if (!source) return 0;
  const doc = source.document as ReportDocument;
  await tx.delete(analyticsFacts).where(and(eq(analyticsFacts.source, 'native'), eq(analyticsFacts.inspectionId, doc.inspection.id)));
  return insertFacts(tx, factsOfVersion(registry, source));
}
