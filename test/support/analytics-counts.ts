// The analytics counts (migration 0015's triggers) checked against the facts they count.
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../src/services/context.ts';
import { analyticsCounts, analyticsFacts } from '../../src/storage/schema.ts';

/** The counts (kept by triggers) equal the facts counted by the same dimensions. */
export async function assertCountsMatchFacts(db: ServiceContext['db']): Promise<void> {
  const dims = (t: typeof analyticsFacts | typeof analyticsCounts) => [t.modelId, t.itemKind, t.itemId, t.authorityId, t.value, t.source, t.consistency, t.situations] as const;
  const key = (r: Record<string, unknown>) => JSON.stringify([r.modelId, r.itemKind, r.itemId, r.authorityId, r.value, r.source, r.consistency, r.situations, r.year]);
  const f = analyticsFacts;
  const c = analyticsCounts;
  const year = sql<number>`extract(year from ${f.factDate})::int`;
  const facts = await db.select({ modelId: f.modelId, itemKind: f.itemKind, itemId: f.itemId, authorityId: f.authorityId, value: f.value, source: f.source, consistency: f.consistency, situations: f.situations, year, n: sql<number>`count(*)::int` }).from(f).groupBy(...dims(f), year);
  const counts = await db.select({ modelId: c.modelId, itemKind: c.itemKind, itemId: c.itemId, authorityId: c.authorityId, value: c.value, source: c.source, consistency: c.consistency, situations: c.situations, year: c.year, n: sql<number>`sum(${c.n})::int` }).from(c).groupBy(...dims(c), c.year);
  const asMap = (rows: (Record<string, unknown> & { n: number })[]) => new Map(rows.map((r) => [key(r), r.n]));
  assert.deepEqual(asMap(counts), asMap(facts), 'analytics_counts equals the facts counted');
}

