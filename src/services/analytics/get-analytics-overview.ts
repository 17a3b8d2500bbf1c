// The analytics overview (seed 001's questions about one filter): the distribution per authority,
// the statistical comparison in words, the item × authority heat table, the trend per year, and
// funnel plots per authority and (for a manager) per own inspector. Every figure is a sum over the
// counts (analytics_counts, kept by triggers), grouped in SQL in one pass; the statistics work on
// those count tables, so the cost does not grow with the number of facts. Only the per-inspector
// funnel reads the facts, for one authority. Who sees what is decided by analyticsAbilities.
import { and, eq, sql } from 'drizzle-orm';
import { LOW_VALUES } from '../../core/analytics/facts.ts';
import { describeOutcomes, describeScores, type ComparisonWords } from '../../core/analytics/describe-comparison.ts';
import { chiSquarePermutationP } from '../../core/statistics/permutation.ts';
import { compareMet, compareScores, medianOfCounts } from '../../core/statistics/compare-groups.ts';
import { funnel, funnelLimits, type FunnelPosition } from '../../core/statistics/funnel.ts';
import { wilsonInterval } from '../../core/statistics/proportions.ts';
import { analyticsCounts, analyticsFacts } from '../../storage/schema.ts';
import { inspectorNames } from './inspector-names.ts';
import { NATIONAL, OTHERS, authorityGroups } from './authority-groups.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { analyticsAbilities } from '../policies/abilities.ts';
import { countConditions, factConditions, parseAnalyticsFilter, type AnalyticsFilter } from './analytics-filter.ts';


export type GroupFigures = {
  key: string;
  label: string;
  counts: Record<string, number>;
  n: number;
  /** Scores only. */
  mean: number | null;
  median: number | null;
  /** Scores 1–2, or not met / absent. */
  low: number;
  lowShare: number | null;
  lowCi95: [number, number] | null;
};

export type FunnelFigure = {
  p0: number;
  points: { key: string; label: string; n: number; events: number; share: number; position: FunnelPosition }[];
  /** The limits along the volume axis, for drawing the funnel. */
  curve: { n: number; lower95: number; upper95: number; lower998: number; upper998: number }[];
};

export type AnalyticsOverview = {
  filter: AnalyticsFilter;
  /** The groups compared: five authorities by name (auditor), or the own authority and the others pooled (manager). */
  groups: GroupFigures[];
  national: GroupFigures;
  comparison: ComparisonWords | null;
  heat: { itemId: string; cells: GroupFigures[] }[];
  trend: { year: number; cells: GroupFigures[] }[];
  funnel: FunnelFigure | null;
  inspectorFunnel: FunnelFigure | null;
  /** The manager's own authority, when the view is a manager's. */
  ownAuthority: string | null;
};

type Count = { group: string; value: string; n: number };

export async function getAnalyticsOverview(ctx: ServiceContext, actor: Actor, input: unknown): Promise<AnalyticsOverview> {
  const abilities = analyticsAbilities(actor);
  requireAbility(abilities.read);
  const filter = parseAnalyticsFilter(ctx.registry, input);
  const where = countConditions(filter);
  const { keys: groupKeys, groupOf, label } = await authorityGroups(ctx, abilities.detailAuthorities);
  const own = abilities.inspectorNamesOf;

  // One pass over the counts for all three groupings (by authority, by year, by item).
  const c = analyticsCounts;
  const grouped = await ctx.db
    .select({ year: c.year, item: c.itemId, group: c.authorityId, value: c.value, n: sql<number>`sum(${c.n})::int` })
    .from(c)
    .where(where)
    .groupBy(sql`grouping sets ((${c.authorityId}, ${c.value}), (${c.year}, ${c.authorityId}, ${c.value}), (${c.itemId}, ${c.authorityId}, ${c.value}))`);
  const byAuthority = grouped.filter((r) => r.year === null && r.item === null);
  const byYear = grouped.flatMap((r) => (r.year === null ? [] : [{ ...r, year: r.year }]));
  const byItem = grouped.flatMap((r) => (r.item === null ? [] : [{ ...r, item: r.item }]));

  const figures = (rows: readonly Count[], keys: readonly string[]) => {
    const pooled = pool(rows.map((r) => ({ ...r, group: groupOf(r.group) })));
    return keys.map((k) => groupFigures(filter, k, label(k), pooled.get(k) ?? new Map()));
  };
  const groups = figures(byAuthority, groupKeys);
  const national = groupFigures(filter, NATIONAL, label(NATIONAL), pool(byAuthority.map((r) => ({ ...r, group: NATIONAL }))).get(NATIONAL) ?? new Map());

  const years = [...new Set(byYear.map((r) => r.year))].sort((a, b) => a - b);
  const trend = years.map((y) => ({ year: y, cells: [...figures(byYear.filter((r) => r.year === y), groupKeys), ...figures(byYear.filter((r) => r.year === y).map((r) => ({ ...r, group: NATIONAL })), [NATIONAL])] }));
  const itemOrder = [...filter.items.keys()];
  const heatItems = [...new Set(byItem.map((r) => r.item))].sort((a, b) => itemOrder.indexOf(a) - itemOrder.indexOf(b));
  const heat = heatItems.map((itemId) => ({ itemId, cells: figures(byItem.filter((r) => r.item === itemId), groupKeys) }));

  let inspectorFunnel: FunnelFigure | null = null;
  if (own !== null) {
    const f = analyticsFacts;
    const byInspector = await ctx.db.select({ group: f.inspector, value: f.value, n: sql<number>`count(*)::int` }).from(f).where(and(factConditions(filter), eq(f.authorityId, own))).groupBy(f.inspector, f.value);
    const nameOf = await inspectorNames(ctx, byInspector.map((r) => r.group), own);
    const inspectorGroups = [...pool(byInspector)].map(([k, counts]) => groupFigures(filter, k, nameOf.get(k) ?? k, counts));
    inspectorFunnel = funnelFigure(inspectorGroups);
  }

  return { filter, groups, national, comparison: compare(filter, groups, groupKeys.includes(OTHERS) ? `${groupKeys.filter((k) => k !== OTHERS).map(label).join(', ')} og de øvrige socialtilsyn` : 'socialtilsynene'), heat, trend, funnel: funnelFigure(groups), inspectorFunnel, ownAuthority: own };
}

function pool(rows: readonly Count[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const counts = out.get(r.group) ?? new Map<string, number>();
    counts.set(r.value, (counts.get(r.value) ?? 0) + r.n);
    out.set(r.group, counts);
  }
  return out;
}

function groupFigures(filter: AnalyticsFilter, key: string, label: string, counts: ReadonlyMap<string, number>): GroupFigures {
  const values = filter.measure.values;
  const n = values.reduce((s, v) => s + (counts.get(v) ?? 0), 0);
  const low = values.filter((v) => LOW_VALUES.includes(v)).reduce((s, v) => s + (counts.get(v) ?? 0), 0);
  let mean: number | null = null;
  let median: number | null = null;
  if (filter.measure.kind === 'score' && n > 0) {
    mean = values.reduce((s, v) => s + Number(v) * (counts.get(v) ?? 0), 0) / n;
    median = medianOfCounts(new Map(values.map((v) => [Number(v), counts.get(v) ?? 0])), n);
  }
  return { key, label, counts: Object.fromEntries(values.map((v) => [v, counts.get(v) ?? 0])), n, mean, median, low, lowShare: n > 0 ? low / n : null, lowCi95: n > 0 ? wilsonInterval(low, n) : null };
}

function compare(filter: AnalyticsFilter, groups: GroupFigures[], between: string): ComparisonWords | null {
  const present = groups.filter((g) => g.n > 0);
  if (present.length < 2) return null;
  if (filter.measure.kind === 'score') {
    const result = compareScores(new Map(present.map((g) => [g.key, new Map(Object.entries(g.counts).map(([v, c]) => [Number(v), c]))])));
    const table = present.map((g) => filter.measure.values.map((v) => g.counts[v] ?? 0));
    const permutation = result.chiSquare.expectedBelow5Share > 0.2 ? chiSquarePermutationP(table) : null;
    return describeScores(between, result.kruskalWallis, permutation);
  }
  const [good, bad] = filter.measure.values;
  const result = compareMet(new Map(present.map((g) => [g.key, [g.counts[good] ?? 0, g.counts[bad] ?? 0] as const])));
  const permutation = result.chiSquare.expectedBelow5Share > 0.2 ? chiSquarePermutationP(present.map((g) => [g.counts[good] ?? 0, g.counts[bad] ?? 0])) : null;
  return describeOutcomes(between, result.chiSquare, permutation);
}

function funnelFigure(groups: GroupFigures[]): FunnelFigure | null {
  const units = groups.filter((g) => g.n > 0).map((g) => ({ key: g.key, events: g.low, n: g.n }));
  if (units.length === 0) return null;
  const { p0, points } = funnel(units);
  const labels = new Map(groups.map((g) => [g.key, g.label]));
  const most = Math.max(...units.map((u) => u.n));
  const curve = Array.from({ length: 40 }, (_, i) => Math.max(1, Math.round(((i + 1) / 40) ** 2 * most * 1.1))).map((n) => funnelLimits(p0, n));
  return { p0, points: points.map((p) => ({ ...p, label: labels.get(p.key) ?? p.key })), curve };
}
