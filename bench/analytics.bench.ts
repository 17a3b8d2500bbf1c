// The analytics views on national-scale data (tilsyn demo scale), each beside the bare SQL
// aggregates it rests on, on PGlite and — when DATABASE_URL is set — on PostgreSQL. Prints figures;
// asserts nothing. The goal (issue 10): every view ≤ 1.5× its bare SQL, the default view < 1 s on PGlite.
// Run: npm run bench:analytics   (the first run fills bench-data/scale, which takes several minutes)
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { openServices } from '../src/server/open-services.ts';
import { isDatabaseEmpty, seedDemo } from '../src/demo/seed-demo.ts';
import { seedScale } from '../src/demo/seed-scale.ts';
import { COMMAND_LINE_OPERATOR, type Actor } from '../src/services/actor.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { getAnalyticsOverview } from '../src/services/analytics/get-analytics-overview.ts';
import { listConsistency } from '../src/services/analytics/list-consistency.ts';
import { getSpecialSituations } from '../src/services/analytics/get-special-situations.ts';
import { getAnnualFigures } from '../src/services/analytics/get-annual-figures.ts';

const auditor: Actor = { ...COMMAND_LINE_OPERATOR, role: 'auditor', username: 'bench-revisor' };
const manager: Actor = { ...COMMAND_LINE_OPERATOR, role: 'manager', username: 'bench-leder', authorityId: 'nord' };

const SCORES = `value in ('1','2','3','4','5')`;
const DEFAULT = `model_id = 'tilbud-2017' and item_kind = 'indicator' and ${SCORES}`;
const FILTERED = `${DEFAULT} and item_id = '3.a' and year between 2019 and 2023`;
const SPREAD = `with d as (select inspection_id, item_id, min(value::int) lo, max(value::int) hi from analytics_facts where department_id is not null and item_kind = 'indicator' and ${SCORES} group by 1, 2 having count(*) >= 2)
  select w.authority_id, count(*), sum(d.hi - d.lo), count(*) filter (where w.value::int = d.lo) from d join analytics_facts w on w.inspection_id = d.inspection_id and w.item_id = d.item_id and w.department_id is null and w.${SCORES} group by 1`;
const NORD_2025 = `analytics_facts where authority_id = 'nord' and fact_date between '2025-01-01' and '2025-12-31'`;
/** The overview rests on one grouping-sets pass over the counts. */
const overviewSql = (where: string) => [
  `select year, item_id, authority_id, value, sum(n) from analytics_counts where ${where} group by grouping sets ((authority_id, value), (year, authority_id, value), (item_id, authority_id, value))`,
];
/** For comparison: the same three groupings straight from the facts. */
const factsSql = (where: string) => [
  `select authority_id, value, count(*) from analytics_facts where ${where} group by 1, 2`,
  `select extract(year from fact_date), authority_id, value, count(*) from analytics_facts where ${where} group by 1, 2, 3`,
  `select item_id, authority_id, value, count(*) from analytics_facts where ${where} group by 1, 2, 3`,
];

type View = { name: string; run: (ctx: ServiceContext) => Promise<unknown>; bare: string[] };
const VIEWS: View[] = [
  { name: 'overview, default (auditor, tilbud-2017, all years)', run: (ctx) => getAnalyticsOverview(ctx, auditor, {}), bare: overviewSql(DEFAULT) },
  { name: 'overview, manager (own and others pooled)', run: (ctx) => getAnalyticsOverview(ctx, manager, {}), bare: [...overviewSql(DEFAULT), `select inspector, value, count(*) from analytics_facts where ${DEFAULT} and authority_id = 'nord' group by 1, 2`] },
  { name: '  (for comparison: the default view from the facts)', run: async () => null, bare: factsSql(DEFAULT) },
  { name: 'overview, one indicator 2019–2023', run: (ctx) => getAnalyticsOverview(ctx, auditor, { item: '3.a', from: '2019', to: '2023' }), bare: overviewSql(FILTERED) },
  { name: 'overview, foster families without a child', run: (ctx) => getAnalyticsOverview(ctx, auditor, { model: 'plejefamilie', situation: 'without_child' }), bare: overviewSql(`model_id = 'plejefamilie' and item_kind = 'criterion' and value in ('met','not_met') and situations @> array['without_child']`) },
  {
    name: 'consistency (rates and first page)',
    run: (ctx) => listConsistency(ctx, auditor, {}),
    bare: [
      `select authority_id, year, sum(n) filter (where consistency is not null), sum(n) from analytics_counts where source = 'native' and item_kind in ('indicator','criterion') group by 1, 2`,
      `select count(*) from analytics_facts where consistency is not null`,
      `select f.item_id, v.document from analytics_facts f join report_versions v on v.id = f.report_version_id where f.consistency is not null order by f.fact_date desc, f.id limit 50`,
    ],
  },
  {
    name: 'special situations',
    run: (ctx) => getSpecialSituations(ctx, auditor),
    bare: [`select * from analytics_local_rules`, ...['without_child', 'new_without_child', 'department_level', 'adult_with_child_places'].flatMap((s) => [
      `select authority_id, sum(n) from analytics_counts where item_kind in ('indicator','criterion') and situations @> array['${s}'] group by 1`,
      `select authority_id, sum(n) from analytics_counts where item_kind in ('indicator','criterion') and not (situations @> array['${s}']) group by 1`,
    ]), SPREAD],
  },
  {
    name: 'annual figures (nord 2025)',
    run: (ctx) => getAnnualFigures(ctx, auditor, { authorityId: 'nord', year: 2025 }),
    bare: [
      `select phase, value, count(*) from (select inspection_key, phase, max(case when item_kind = 'sufficient_quality' then value end) value from ${NORD_2025} group by 1, 2) i group by 1, 2`,
      `select value, count(distinct inspection_key) from ${NORD_2025} and item_kind = 'decision' group by 1`,
      `select risk, count(distinct inspection_key) from ${NORD_2025} group by 1`,
      `select model_id, theme_id, value, count(*) from ${NORD_2025} and item_kind = 'indicator' and ${SCORES} group by 1, 2, 3`,
      `select model_id, theme_id, value, count(*) from analytics_facts where authority_id = 'nord' and fact_date between '2024-01-01' and '2024-12-31' and item_kind = 'indicator' and ${SCORES} group by 1, 2, 3`,
      `select count(*) filter (where source = 'native'), count(*) filter (where source = 'imported'), count(*) filter (where carried_forward) from ${NORD_2025}`,
    ],
  },
];

async function median(times: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

async function bench(label: string, options: Parameters<typeof openServices>[0]): Promise<void> {
  const { services, database } = await openServices(options);
  try {
    if (await isDatabaseEmpty(services)) {
      console.log(`${label}: fylder databasen med skaladata (tilsyn demo scale) …`);
      await seedDemo(services);
      await seedScale(services, (m) => process.stdout.write(`  ${m}\r`));
      console.log();
    }
    const [facts] = (await services.db.execute(sql`select count(*)::int as n from analytics_facts`) as unknown as { rows: { n: number }[] }).rows;
    console.log(`\n${label}: ${facts?.n ?? 0} fakta`);
    console.log(`${'view'.padEnd(52)} ${'view ms'.padStart(9)} ${'bare SQL ms'.padStart(12)} ${'ratio'.padStart(7)}`);
    for (const v of VIEWS) {
      const view = v.name.startsWith(' ') ? 0 : await median(5, () => v.run(services));
      const bare = await median(5, async () => {
        for (const q of v.bare) await services.db.execute(sql.raw(q));
      });
      const comparison = v.name.startsWith(' ');
      console.log(`${v.name.padEnd(52)} ${comparison ? '–'.padStart(9) : view.toFixed(1).padStart(9)} ${bare.toFixed(1).padStart(12)} ${comparison ? '' : (view / bare).toFixed(2).padStart(7)}`);
    }
  } finally {
    await database.close();
  }
}

console.log(`node ${process.version}, ${process.arch}`);
await bench('PGlite', { dataDir: resolve(process.env.TILSYN_BENCH_DATA ?? 'bench-data/scale') });
if (process.env.DATABASE_URL) await bench('PostgreSQL', { url: process.env.DATABASE_URL });
