// An authority's annual figures (issue 10): inspections by phase and outcome, the sufficient-quality
// rate, decisions by type, the risk distribution, score distributions per theme with the change from
// the year before, and what the figures rest on. Counts over the facts of one authority and year.
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AnnualFigures } from '../../core/analytics/annual-sections.ts';
import { DECISIONS, type Decision } from '../../core/assessment/decision-options.ts';
import { PHASES } from '../../core/assessment/assessment-input.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { wilsonInterval } from '../../core/statistics/proportions.ts';
import { RISKS } from '../../core/vocabulary.ts';
import { analyticsFacts, authorities } from '../../storage/schema.ts';
import { rowsOf } from '../../storage/database.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { analyticsAbilities } from '../policies/abilities.ts';
import { parseOptions } from '../service-options.ts';
import { notFound } from '../service-error.ts';

export const annualFiguresSchema = z.object({
  authorityId: z.string({ error: 'Vælg et socialtilsyn.' }).min(1, 'Vælg et socialtilsyn.'),
  year: z.coerce.number({ error: 'Året skal være et tal.' }).int('Året skal være et helt tal.').min(1990, 'Året skal være 1990 eller senere.').max(2100, 'Året skal være 2100 eller tidligere.'),
});

export async function getAnnualFigures(ctx: ServiceContext, actor: Actor, input: unknown): Promise<AnnualFigures> {
  const o = parseOptions(annualFiguresSchema, input);
  requireAbility(analyticsAbilities(actor).annualOf(o.authorityId), 'Du kan kun se årstal for dit eget socialtilsyn.');
  const [authority] = await ctx.db.select().from(authorities).where(eq(authorities.id, o.authorityId));
  if (!authority) throw notFound('Socialtilsynet');
  const f = analyticsFacts;
  const inYear = (year: number) => and(eq(f.authorityId, o.authorityId), gte(f.factDate, `${year}-01-01`), lte(f.factDate, `${year}-12-31`));
  const count = sql<number>`count(*)::int`;
  const inspections = sql<number>`count(distinct ${f.inspectionKey})::int`;

  // Each inspection once, with its conclusion if it has one.
  const outcomes = await ctx.db.execute(sql`
    select phase, coalesce(value, 'none') as outcome, count(*)::int as n
    from (select inspection_key, phase, max(case when item_kind = 'sufficient_quality' then value end) as value
          from analytics_facts where ${inYear(o.year)} group by inspection_key, phase) i
    group by phase, coalesce(value, 'none')`);
  const outcomeRows = rowsOf<{ phase: string; outcome: string; n: number }>(outcomes);
  const decisions = await ctx.db.select({ kind: f.value, n: inspections }).from(f).where(and(inYear(o.year), eq(f.itemKind, 'decision'))).groupBy(f.value);
  const risks = await ctx.db.select({ risk: f.risk, n: inspections }).from(f).where(inYear(o.year)).groupBy(f.risk);
  const scores = (year: number) =>
    ctx.db.select({ modelId: f.modelId, themeId: f.themeId, value: f.value, n: count }).from(f)
      .where(and(inYear(year), eq(f.itemKind, 'indicator'), sql`${f.value} in ('1','2','3','4','5')`))
      .groupBy(f.modelId, f.themeId, f.value);
  const [current, previous] = await Promise.all([scores(o.year), scores(o.year - 1)]);
  const [sources] = await ctx.db
    .select({
      native: sql<number>`(count(*) filter (where ${f.source} = 'native'))::int`,
      imported: sql<number>`(count(*) filter (where ${f.source} = 'imported'))::int`,
      carriedForward: sql<number>`(count(*) filter (where ${f.carriedForward}))::int`,
    })
    .from(f)
    .where(inYear(o.year));

  const sufficient = outcomeRows.filter((r) => r.outcome === 'sufficient').reduce((s, r) => s + r.n, 0);
  const concluded = outcomeRows.filter((r) => r.outcome !== 'none').reduce((s, r) => s + r.n, 0);
  const themeTitle = (modelId: string, themeId: string | null) => {
    const model = ctx.registry.get(modelId);
    return (model && isAssessable(model) ? model.themes.find((t) => t.id === themeId)?.title : undefined) ?? themeId ?? '–';
  };
  const themeKeys = [...new Set(current.map((r) => `${r.modelId}\u001f${r.themeId ?? ''}`))];
  const stats = (rows: typeof current, key: string) => {
    const counts = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    for (const r of rows) if (`${r.modelId}\u001f${r.themeId ?? ''}` === key) counts[r.value as keyof typeof counts] += r.n;
    const n = Object.values(counts).reduce((a, b) => a + b, 0);
    const mean = n === 0 ? null : Object.entries(counts).reduce((s, [v, c]) => s + Number(v) * c, 0) / n;
    return { counts, n, mean };
  };
  return {
    authority: { id: authority.id, name: authority.name },
    year: o.year,
    inspections: PHASES.flatMap((phase) => (['sufficient', 'insufficient', 'none'] as const).map((outcome) => ({ phase, outcome, n: outcomeRows.filter((r) => r.phase === phase && r.outcome === outcome).reduce((s, r) => s + r.n, 0) }))),
    sufficient: { sufficient, concluded, share: concluded > 0 ? sufficient / concluded : null, ci95: concluded > 0 ? wilsonInterval(sufficient, concluded) : null },
    decisions: DECISIONS.map((kind: Decision) => ({ kind, n: decisions.find((d) => d.kind === kind)?.n ?? 0 })),
    risk: [...RISKS, 'unknown' as const].map((risk) => ({ risk, n: risks.find((r) => (r.risk ?? 'unknown') === risk)?.n ?? 0 })),
    themes: themeKeys.map((key) => {
      const [modelId = '', themeId = ''] = key.split('\u001f');
      const now = stats(current, key);
      return { modelId, themeId, title: themeTitle(modelId, themeId), counts: now.counts, n: now.n, mean: now.mean, previousMean: stats(previous, key).mean };
    }),
    sources: sources ?? { native: 0, imported: 0, carriedForward: 0 },
  };
}
