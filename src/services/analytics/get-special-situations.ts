// Special situations (seed 001): per authority and situation, the local rule recorded for it beside
// its measured effect — the share of 1s and the mean score, or the share not met — against the same
// authority's other assessments of that kind of entity; and for providers with departments, how far
// the departments' scores spread and how often the provider's score is its lowest department's.
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { SPECIAL_SITUATIONS, type SpecialSituation } from '../../core/analytics/facts.ts';
import { AUTOMATIC_SCORE_RULES, type LocalRule } from '../../core/analytics/local-rules.ts';
import { analyticsCounts, analyticsLocalRules } from '../../storage/schema.ts';
import { rowsOf } from '../../storage/database.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { analyticsAbilities } from '../policies/abilities.ts';
import { OTHERS, authorityGroups } from './authority-groups.ts';

export type Effect = { n: number; ones: number; scored: number; scoreSum: number; notMet: number; outcomes: number };
export type SituationRow = {
  group: string;
  label: string;
  situation: SpecialSituation;
  rule: LocalRule | null;
  note: string;
  /** A rule that puts a fixed score on what could not be assessed: seed 001 advises against it. */
  automatic: boolean;
  /** May the actor record this authority's rule? */
  editable: boolean;
  within: Effect;
  /** The same authority's other assessments of the same kind of entity. */
  baseline: Effect;
};
export type DepartmentSpread = { group: string; label: string; items: number; spreadSum: number; lowestShared: number };
export type SpecialSituationsView = { rows: SituationRow[]; departments: DepartmentSpread[] };

const CHILD_SITUATIONS: readonly SpecialSituation[] = ['without_child', 'new_without_child'];
const empty = (): Effect => ({ n: 0, ones: 0, scored: 0, scoreSum: 0, notMet: 0, outcomes: 0 });

export async function getSpecialSituations(ctx: ServiceContext, actor: Actor): Promise<SpecialSituationsView> {
  const abilities = analyticsAbilities(actor);
  requireAbility(abilities.read);
  const { keys: groups, groupOf, label } = await authorityGroups(ctx, abilities.detailAuthorities);
  const c = analyticsCounts;
  const sum = (where: SQL) => sql<number>`coalesce(sum(${c.n}) filter (where ${where}), 0)::int`;
  const effect = (where: SQL) =>
    ctx.db
      .select({
        authority: c.authorityId,
        n: sql<number>`sum(${c.n})::int`,
        ones: sum(sql`${c.value} = '1'`),
        scored: sum(sql`${c.value} in ('1','2','3','4','5')`),
        scoreSum: sql<number>`coalesce(sum(${c.n} * case when ${c.value} in ('1','2','3','4','5') then ${c.value}::int end), 0)::int`,
        notMet: sum(sql`${c.value} = 'not_met'`),
        outcomes: sum(sql`${c.value} in ('met','not_met')`),
      })
      .from(c)
      .where(and(inArray(c.itemKind, ['indicator', 'criterion']), where))
      .groupBy(c.authorityId);
  const add = (into: Effect, e: Effect) => {
    for (const k of Object.keys(into) as (keyof Effect)[]) into[k] += e[k];
  };

  const rules = await ctx.db.select().from(analyticsLocalRules);
  const rows: SituationRow[] = [];
  for (const situation of SPECIAL_SITUATIONS) {
    const kind = CHILD_SITUATIONS.includes(situation) ? 'foster_family' : 'provider';
    const within = await effect(sql`${c.situations} @> array[${situation}]::text[]`);
    const baseline = await effect(sql`${c.entityKind} = ${kind} and not (${c.situations} @> array[${situation}]::text[])`);
    for (const group of groups) {
      const w = empty();
      const b = empty();
      for (const r of within) if (groupOf(r.authority) === group) add(w, r);
      for (const r of baseline) if (groupOf(r.authority) === group) add(b, r);
      const rule = group === OTHERS ? undefined : rules.find((r) => r.authorityId === group && r.situation === situation);
      rows.push({
        group,
        label: label(group),
        situation,
        rule: rule?.rule ?? null,
        note: rule?.note ?? '',
        automatic: rule ? AUTOMATIC_SCORE_RULES.includes(rule.rule) : false,
        editable: group !== OTHERS && situation !== 'department_level' && abilities.editLocalRulesOf(group),
        within: w,
        baseline: b,
      });
    }
  }

  // Departments: per provider inspection and indicator, the departments' lowest and highest score
  // beside the provider's own; "laveste fællesnævner" is the provider scored as its lowest department.
  const spread = await ctx.db.execute(sql`
    with d as (
      select inspection_id, item_id, min(value::int) as lo, max(value::int) as hi
      from analytics_facts
      where department_id is not null and item_kind = 'indicator' and value in ('1','2','3','4','5')
      group by inspection_id, item_id having count(*) >= 2)
    select w.authority_id as authority, count(*)::int as items, sum(d.hi - d.lo)::int as spread_sum,
      (count(*) filter (where w.value::int = d.lo))::int as lowest_shared
    from d join analytics_facts w on w.inspection_id = d.inspection_id and w.item_id = d.item_id and w.department_id is null
      and w.value in ('1','2','3','4','5')
    group by w.authority_id`);
  const departments = new Map<string, DepartmentSpread>();
  for (const r of rowsOf<{ authority: string; items: number; spread_sum: number; lowest_shared: number }>(spread)) {
    const group = groupOf(r.authority);
    const d = departments.get(group) ?? { group, label: label(group), items: 0, spreadSum: 0, lowestShared: 0 };
    d.items += r.items;
    d.spreadSum += r.spread_sum;
    d.lowestShared += r.lowest_shared;
    departments.set(group, d);
  }
  return { rows, departments: [...departments.values()] };
}
