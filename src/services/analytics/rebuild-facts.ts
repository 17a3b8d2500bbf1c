// `tilsyn analytics rebuild`: the native facts again from the latest final version of every report,
// in one transaction (the old facts stay until the new ones are complete). Imported facts are kept.
// Reads the versions a page at a time, so memory does not grow with the number of reports.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { analyticsFacts, reportVersions } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import type { Tx } from '../../storage/database.ts';
import type { ModelRegistry } from '../../catalog/model-registry.ts';
import { requireAbility } from '../permissions.ts';
import { analyticsAbilities } from '../policies/abilities.ts';
import { factsOfVersion, insertFacts, versionSources } from './write-report-facts.ts';

const PAGE = 200;

export type RebuildResult = { reports: number; facts: number; removed: number };

export async function rebuildFacts(ctx: ServiceContext, actor: Actor): Promise<RebuildResult> {
  requireAbility(analyticsAbilities(actor).rebuild);
  return ctx.db.transaction((tx) => rebuildNativeFacts(tx, ctx.registry));
}

/** The rebuild inside a transaction the caller holds (the demo seeding uses it too). */
export async function rebuildNativeFacts(tx: Tx, registry: ModelRegistry): Promise<RebuildResult> {
  const removed = await tx.delete(analyticsFacts).where(eq(analyticsFacts.source, 'native')).returning({ id: analyticsFacts.id });
  const latest = sql`${reportVersions.number} = (select max(v.number) from report_versions v where v.report_id = ${reportVersions.reportId})`;
  let after = '00000000-0000-0000-0000-000000000000';
  let reports = 0;
  let facts = 0;
  for (;;) {
    const page = await versionSources(tx).where(and(latest, gt(reportVersions.id, after))).orderBy(asc(reportVersions.id)).limit(PAGE);
    if (page.length === 0) break;
    facts += await insertFacts(tx, page.flatMap((source) => factsOfVersion(registry, source)));
    reports += page.length;
    after = page[page.length - 1]!.versionId;
  }
  return { reports, facts, removed: removed.length };
}
