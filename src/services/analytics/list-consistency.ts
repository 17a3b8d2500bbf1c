// Score against written assessment (seed 001): how often the text contradicts the value, per
// authority and year (flagged at finalisation, consistency.ts; summed from the counts), and the flagged assessments
// themselves, paged, quoting the text — only for users who may read those assessments anyway.
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { ConsistencyFlag } from '../../core/analytics/consistency.ts';
import { assessmentTextOf } from '../../core/analytics/assessment-text.ts';
import { inspectorCode } from '../../core/analytics/facts.ts';
import type { ReportDocument } from '../../core/report/report-document.ts';
import { analyticsCounts, analyticsFacts, reportVersions } from '../../storage/schema.ts';
import { inspectorNames } from './inspector-names.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { parseOptions } from '../service-options.ts';
import { requireAbility } from '../permissions.ts';
import { analyticsAbilities } from '../policies/abilities.ts';
import { authorityGroups } from './authority-groups.ts';

export const CONSISTENCY_PAGE_SIZE = 50;

export const listConsistencySchema = z.object({
  page: z.coerce.number({ error: 'Sidetallet skal være et tal.' }).int().min(1, 'Sidetallet skal være 1 eller mere.').max(100_000).default(1),
});

export type ConsistencyRate = { group: string; label: string; year: number; flagged: number; total: number };
export type ConsistencyItem = {
  authority: string;
  entityName: string;
  date: string;
  modelId: string;
  itemId: string;
  itemText: string;
  value: string;
  flag: ConsistencyFlag;
  text: string;
  inspector: string;
};
export type ConsistencyView = { rates: ConsistencyRate[]; items: ConsistencyItem[]; total: number; page: number; pageSize: number; readable: 'all' | string[] };

export async function listConsistency(ctx: ServiceContext, actor: Actor, input: unknown): Promise<ConsistencyView> {
  const abilities = analyticsAbilities(actor);
  requireAbility(abilities.read);
  const o = parseOptions(listConsistencySchema, input);
  const f = analyticsFacts;
  const groups = await authorityGroups(ctx, abilities.detailAuthorities);
  const own = abilities.inspectorNamesOf;

  const c = analyticsCounts;
  const rateRows = await ctx.db
    .select({ authority: c.authorityId, year: c.year, flagged: sql<number>`coalesce(sum(${c.n}) filter (where ${c.consistency} is not null), 0)::int`, total: sql<number>`sum(${c.n})::int` })
    .from(c)
    .where(and(eq(c.source, 'native'), inArray(c.itemKind, ['indicator', 'criterion'])))
    .groupBy(c.authorityId, c.year);
  const pooled = new Map<string, ConsistencyRate>();
  for (const r of rateRows) {
    const group = groups.groupOf(r.authority);
    const key = `${group}:${r.year}`;
    const rate = pooled.get(key) ?? { group, label: groups.label(group), year: r.year, flagged: 0, total: 0 };
    rate.flagged += r.flagged;
    rate.total += r.total;
    pooled.set(key, rate);
  }
  const rates = [...pooled.values()].sort((a, b) => a.label.localeCompare(b.label, 'da') || a.year - b.year);

  // The list quotes assessments: only authorities whose inspections the actor may read.
  const readable = groups.all.filter((id) => abilities.readAssessmentTextsOf(id));
  const where: SQL = and(isNotNull(f.consistency), inArray(f.authorityId, readable.length > 0 ? readable : ['']))!;
  const [count] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(f).where(where);
  const rows = await ctx.db
    .select({ authority: f.authorityId, date: f.factDate, modelId: f.modelId, itemId: f.itemId, departmentId: f.departmentId, value: f.value, flag: f.consistency, inspector: f.inspector, document: reportVersions.document })
    .from(f)
    .innerJoin(reportVersions, eq(reportVersions.id, f.reportVersionId))
    .where(where)
    .orderBy(desc(f.factDate), f.id)
    .limit(CONSISTENCY_PAGE_SIZE)
    .offset((o.page - 1) * CONSISTENCY_PAGE_SIZE);
  const nameOf = own === null ? new Map<string, string>() : await inspectorNames(ctx, rows.map((r) => r.inspector), own);
  const items = rows.map((r): ConsistencyItem => {
    const doc = r.document as ReportDocument;
    const found = assessmentTextOf(doc, r.departmentId, r.itemId);
    return {
      authority: groups.label(r.authority),
      entityName: doc.entity.name,
      date: r.date,
      modelId: r.modelId,
      itemId: r.itemId,
      itemText: found?.itemText ?? r.itemId,
      value: found?.value ?? r.value,
      flag: r.flag ?? 'scale_wording',
      text: found?.text ?? '',
      inspector: nameOf.get(r.inspector) ?? inspectorCode(r.inspector),
    };
  });
  return { rates, items, total: count?.n ?? 0, page: o.page, pageSize: CONSISTENCY_PAGE_SIZE, readable: readable.length === groups.all.length ? 'all' : readable };
}
