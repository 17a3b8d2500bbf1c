// The analytics facts of a final report version, written in the finalisation's transaction (and by
// the rebuild): the inspection's earlier facts (a corrected report's previous version) are replaced,
// so the facts always hold the latest final version of each report.
import { and, eq, sql } from 'drizzle-orm';
import { reportFacts } from '../../core/analytics/report-facts.ts';
import type { Fact } from '../../core/analytics/facts.ts';
import { isAssessable } from '../../core/model/schema.ts';
import type { ReportDocument } from '../../core/report/report-document.ts';
import { dateInDenmark } from '../../core/calendar.ts';
import type { ModelRegistry } from '../../catalog/model-registry.ts';
import { analyticsFacts, fosterFamilies, inspections, providers, reports, reportVersions } from '../../storage/schema.ts';
import { affectedRows, type Tx } from '../../storage/database.ts';

/** Rows per INSERT. Each column goes as one array parameter (unnest), so a batch is 26 parameters. */
const BATCH = 5000;

/** Inserts facts; `skip` leaves out those whose source key is already there (a repeated import). */
export async function insertFacts(tx: Tx, facts: readonly Fact[], onConflict: 'error' | 'skip' = 'error'): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < facts.length; i += BATCH) {
    const batch = facts.slice(i, i + BATCH);
    // sql.param: the whole array is one parameter (a bare array would be spread into one per element).
    const column = <T,>(pick: (f: Fact) => T) => sql.param(batch.map(pick));
    const list = (pick: (f: Fact) => readonly string[]) => column((f) => pick(f).join(' '));
    const result = await tx.execute(sql`
      insert into analytics_facts (source_key, source, authority_id, entity_kind, entity_id, legal_bases, ownership, typology,
        department_id, inspection_key, inspection_id, report_version_id, phase, fact_date, model_id, model_version, theme_id,
        criterion_id, item_kind, item_id, value, carried_forward, situations, risk, consistency, inspector)
      select source_key, source, authority_id, entity_kind, entity_id, string_to_array(legal_bases, ' '), ownership, typology,
        department_id, inspection_key, inspection_id::uuid, report_version_id::uuid, phase, fact_date::date, model_id, model_version, theme_id,
        criterion_id, item_kind, item_id, value, carried_forward, string_to_array(situations, ' '), risk, consistency, inspector
      from unnest(${column((f) => f.sourceKey)}::text[], ${column((f) => f.source)}::text[], ${column((f) => f.authorityId)}::text[],
        ${column((f) => f.entityKind)}::text[], ${column((f) => f.entityId)}::text[], ${list((f) => f.legalBases)}::text[],
        ${column((f) => f.ownership)}::text[], ${column((f) => f.typology)}::text[], ${column((f) => f.departmentId)}::text[],
        ${column((f) => f.inspectionKey)}::text[], ${column((f) => f.inspectionId)}::text[], ${column((f) => f.reportVersionId)}::text[],
        ${column((f) => f.phase)}::text[], ${column((f) => f.factDate)}::text[], ${column((f) => f.modelId)}::text[],
        ${column((f) => f.modelVersion)}::text[], ${column((f) => f.themeId)}::text[], ${column((f) => f.criterionId)}::text[],
        ${column((f) => f.itemKind)}::text[], ${column((f) => f.itemId)}::text[], ${column((f) => f.value)}::text[],
        ${column((f) => f.carriedForward)}::boolean[], ${list((f) => f.situations)}::text[], ${column((f) => f.risk)}::text[],
        ${column((f) => f.consistency)}::text[], ${column((f) => f.inspector)}::text[])
        as t(source_key, source, authority_id, entity_kind, entity_id, legal_bases, ownership, typology, department_id,
          inspection_key, inspection_id, report_version_id, phase, fact_date, model_id, model_version, theme_id, criterion_id,
          item_kind, item_id, value, carried_forward, situations, risk, consistency, inspector)
      ${onConflict === 'skip' ? sql`on conflict (source_key) do nothing` : sql``}`);
    inserted += affectedRows(result);
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
  const model = registry.used(doc.model.id, doc.model.version);
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
