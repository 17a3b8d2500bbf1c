// Issue 10: the analytics use cases on a known set of facts — figures equal direct counts, the
// statistics equal the pure core's on the same table, who sees what (the auditor all five by name;
// a manager their own authority and the others pooled; nobody else), the filters, consistency,
// special situations with local rules, and the annual figures.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor, makeActors } from '../support/fixtures.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { ServiceError } from '../../src/services/service-error.ts';
import type { Fact } from '../../src/core/analytics/facts.ts';
import { inspectorCode } from '../../src/core/analytics/facts.ts';
import { insertFacts } from '../../src/services/analytics/write-report-facts.ts';
import { getAnalyticsOverview } from '../../src/services/analytics/get-analytics-overview.ts';
import { OTHERS } from '../../src/services/analytics/authority-groups.ts';
import { listConsistency } from '../../src/services/analytics/list-consistency.ts';
import { getSpecialSituations } from '../../src/services/analytics/get-special-situations.ts';
import { setLocalRule } from '../../src/services/analytics/set-local-rule.ts';
import { getAnnualFigures } from '../../src/services/analytics/get-annual-figures.ts';
import { importFacts } from '../../src/services/analytics/import-facts.ts';
import { rebuildFacts } from '../../src/services/analytics/rebuild-facts.ts';
import { compareScores } from '../../src/core/statistics/compare-groups.ts';
import { analyticsCounts, analyticsFacts, analyticsLocalRules, auditLog } from '../../src/storage/schema.ts';
import { assertCountsMatchFacts } from '../support/analytics-counts.ts';

let t: TestServices;
let ctx: ServiceContext;
let a: Awaited<ReturnType<typeof makeActors>>;
let provider: Actor;

/** Scores per authority: nord is scored lower than the others. */
const SCORES: Record<string, number[]> = {
  nord: [1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5],
  syd: [2, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5],
  midt: [3, 3, 4, 4, 4, 4, 5, 5],
  oest: [1, 1, 1, 1, 1, 3, 4, 4],
  hovedstaden: [2, 3, 4, 4, 5],
};

let n = 0;
function fact(authorityId: string, value: string, over: Partial<Fact> = {}): Fact {
  n++;
  return {
    sourceKey: `test:${n}`,
    source: 'native',
    authorityId,
    entityKind: 'provider',
    entityId: `p-${authorityId}-${n % 3}`,
    legalBases: ['sel-107'],
    ownership: 'kommunal',
    typology: null,
    departmentId: null,
    inspectionKey: `i-${authorityId}-${n % 4}`,
    inspectionId: null,
    reportVersionId: null,
    phase: 'operation',
    factDate: '2025-05-01',
    modelId: 'tilbud-2017',
    modelVersion: '1.1.0',
    themeId: 'uddannelse-og-beskaeftigelse',
    criterionId: 'k1',
    itemKind: 'indicator',
    itemId: '1.a',
    value,
    carriedForward: false,
    situations: [],
    risk: 'green',
    consistency: null,
    inspector: `kode-${authorityId}`,
    ...over,
  };
}

const refused = (p: Promise<unknown>, what: string) =>
  assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof ServiceError && e.code === 'forbidden', `${what}: ${String(e)}`);
    return true;
  });

before(async () => {
  t = await createTestServices();
  ctx = t.services;
  a = await makeActors(ctx);
  provider = await makeActor(ctx, 'provider');
  const facts: Fact[] = [];
  for (const [authority, scores] of Object.entries(SCORES)) for (const s of scores) facts.push(fact(authority, String(s)));
  // nord's own inspector, for the manager's per-inspector funnel.
  facts.push(fact('nord', '2', { inspector: a.inspectorNord.id }), fact('nord', '4', { inspector: a.inspectorNord.id }));
  // Another year, imported, and a special situation.
  facts.push(fact('syd', '1', { factDate: '2019-03-01', source: 'imported' }), fact('syd', '2', { factDate: '2019-03-01', source: 'imported' }));
  facts.push(fact('oest', '1', { entityKind: 'foster_family', modelId: 'plejefamilie', itemKind: 'criterion', itemId: 'k1', value: 'not_met', situations: ['without_child'], typology: 'almindelig', legalBases: [] }));
  await ctx.db.transaction((tx) => insertFacts(tx, facts));
});
after(() => t.close());

describe('the overview', () => {
  test('the auditor: five authorities by name, counts equal a direct SQL count, the statistics those of the pure core', async () => {
    const o = await getAnalyticsOverview(ctx, a.auditor, { from: '2025', to: '2025' });
    const direct = await ctx.db.select({ authority: analyticsFacts.authorityId, value: analyticsFacts.value, n: sql<number>`count(*)::int` }).from(analyticsFacts)
      .where(and(eq(analyticsFacts.modelId, 'tilbud-2017'), sql`${analyticsFacts.factDate} between '2025-01-01' and '2025-12-31'`)).groupBy(analyticsFacts.authorityId, analyticsFacts.value);
    assert.deepEqual(o.groups.map((g) => g.key).sort(), Object.keys(SCORES).sort());
    for (const g of o.groups) {
      for (const v of ['1', '2', '3', '4', '5']) assert.equal(g.counts[v], direct.find((d) => d.authority === g.key && d.value === v)?.n ?? 0, `${g.key} ${v}`);
    }
    assert.equal(o.national.n, direct.reduce((s, d) => s + d.n, 0));
    const core = compareScores(new Map(o.groups.map((g) => [g.key, new Map(Object.entries(g.counts).map(([v, c]) => [Number(v), c]))])));
    assert.ok(o.comparison!.sentence.startsWith(`Forskellen mellem socialtilsynene er ${core.kruskalWallis.p < 0.05 ? '' : 'ikke '}statistisk signifikant (Kruskal–Wallis`), o.comparison!.sentence);
    assert.match(o.comparison!.sentence, /effekten er (ubetydelig|lille|moderat|stor) \(ε² = \d,\d\d\)/);
    assert.equal(o.inspectorFunnel, null, 'no per-inspector view for the auditor');
    assert.ok(o.funnel && o.funnel.points.length === 5);
    const oest = o.groups.find((g) => g.key === 'oest')!;
    assert.equal(oest.lowShare, 5 / 8);
  });

  test('a manager: their own authority in detail, the others pooled and never named; their inspectors by name', async () => {
    const o = await getAnalyticsOverview(ctx, a.managerNord, { from: '2025', to: '2025' });
    assert.deepEqual(o.groups.map((g) => g.key), ['nord', OTHERS]);
    const others = Object.entries(SCORES).filter(([k]) => k !== 'nord').flatMap(([, s]) => s);
    assert.equal(o.groups[1]!.n, others.length);
    const text = JSON.stringify({ ...o, filter: null });
    for (const name of ['Socialtilsyn Syd', 'Socialtilsyn Midt', 'Socialtilsyn Øst', 'Socialtilsyn Hovedstaden', '"syd"', '"midt"', 'kode-syd']) assert.ok(!text.includes(name), `${name} is not shown to the manager`);
    assert.ok(o.comparison!.sentence.includes('Socialtilsyn Nord og de øvrige socialtilsyn'));
    const labels = o.inspectorFunnel!.points.map((p) => p.label).sort();
    assert.deepEqual(labels, [a.inspectorNord.displayName, 'kode-nord'].sort(), 'own inspectors by name (imported codes as they are)');
  });

  test('inspectors, providers, municipalities and the administrator are refused', async () => {
    for (const actor of [a.inspectorNord, a.inspectorSyd, provider, a.municipality, a.admin]) await refused(getAnalyticsOverview(ctx, actor, {}), actor.role);
  });

  test('filters: imported or native, special situation, years; an unusable filter names its field in Danish', async () => {
    const imported = await getAnalyticsOverview(ctx, a.auditor, { source: 'imported' });
    assert.equal(imported.national.n, 2);
    assert.deepEqual(imported.trend.map((y) => y.year), [2019]);
    const family = await getAnalyticsOverview(ctx, a.auditor, { model: 'plejefamilie', situation: 'without_child' });
    assert.equal(family.national.n, 1);
    assert.equal(family.filter.measure.kind, 'outcome');
    await assert.rejects(getAnalyticsOverview(ctx, a.auditor, { from: '2030', to: '2020', item: 'findes-ikke' }), (e: unknown) => {
      assert.ok(e instanceof ServiceError && e.code === 'invalid');
      assert.deepEqual(e.fields.map((f) => f.field).sort(), ['item', 'to']);
      assert.match(e.fields.find((f) => f.field === 'to')!.message, /Til-året skal være samme år som fra-året eller senere/);
      return true;
    });
  });
});

describe('consistency, special situations, local rules, annual figures', () => {
  test('consistency rates per authority and year; the list quotes only what the actor may read', async () => {
    await ctx.db.transaction((tx) => insertFacts(tx, [fact('nord', '3', { consistency: 'scale_wording', factDate: '2024-02-02' }), fact('nord', '4', { factDate: '2024-02-02' })]));
    const view = await listConsistency(ctx, a.auditor, {});
    const nord2024 = view.rates.find((r) => r.group === 'nord' && r.year === 2024)!;
    assert.deepEqual([nord2024.flagged, nord2024.total], [1, 2]);
    const manager = await listConsistency(ctx, a.managerSyd, {});
    assert.ok(manager.rates.every((r) => r.group === 'syd' || r.group === OTHERS));
    assert.deepEqual(manager.readable, ['syd']);
    for (const actor of [a.inspectorNord, provider, a.municipality]) await refused(listConsistency(ctx, actor, {}), actor.role);
  });

  test('local rules: a manager for their own authority, the auditor for any; recorded with an audit entry and shown beside the effect', async () => {
    await refused(setLocalRule(ctx, a.managerNord, { authorityId: 'oest', situation: 'without_child', rule: 'score_1_all' }), 'a manager for another authority');
    for (const actor of [a.inspectorNord, provider, a.municipality, a.admin]) await refused(setLocalRule(ctx, actor, { authorityId: 'nord', situation: 'without_child', rule: 'carry_forward' }), actor.role);
    await setLocalRule(ctx, a.managerNord, { authorityId: 'nord', situation: 'without_child', rule: 'carry_forward', note: 'Fastholder seneste bedømmelse.' });
    await setLocalRule(ctx, a.auditor, { authorityId: 'oest', situation: 'without_child', rule: 'score_1_all' });
    await assert.rejects(setLocalRule(ctx, a.auditor, { authorityId: 'oest', situation: 'department_level', rule: 'bogus' }), (e: unknown) => e instanceof ServiceError && e.code === 'invalid' && e.fields.length === 2);
    const view = await getSpecialSituations(ctx, a.auditor);
    const oest = view.rows.find((r) => r.group === 'oest' && r.situation === 'without_child')!;
    assert.equal(oest.rule, 'score_1_all');
    assert.equal(oest.automatic, true, 'scoring 1 automatically is flagged');
    assert.deepEqual([oest.within.n, oest.within.notMet, oest.within.outcomes], [1, 1, 1]);
    assert.equal(view.rows.find((r) => r.group === 'nord' && r.situation === 'without_child')!.automatic, false);
    const audit = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'analytics.local_rule'));
    assert.equal(audit.length, 2);
    assert.equal((await ctx.db.select().from(analyticsLocalRules)).length, 2);
    const managerView = await getSpecialSituations(ctx, a.managerNord);
    assert.ok(managerView.rows.every((r) => r.group === 'nord' || (r.group === OTHERS && r.rule === null && !r.editable)));
  });

  test('annual figures: an authority and year; a manager only their own', async () => {
    const figures = await getAnnualFigures(ctx, a.auditor, { authorityId: 'nord', year: 2025 });
    const theme = figures.themes.find((th) => th.themeId === 'uddannelse-og-beskaeftigelse')!;
    assert.equal(theme.n, SCORES.nord!.length + 2);
    assert.equal(figures.inspections.reduce((s, i) => s + i.n, 0), 4, 'four distinct inspections');
    assert.equal(figures.sources.native, SCORES.nord!.length + 2);
    assert.equal(figures.risk.find((r) => r.risk === 'green')!.n, 4);
    await getAnnualFigures(ctx, a.managerNord, { authorityId: 'nord', year: 2025 });
    await refused(getAnnualFigures(ctx, a.managerNord, { authorityId: 'syd', year: 2025 }), 'a manager, another authority');
    for (const actor of [a.inspectorNord, provider, a.municipality]) await refused(getAnnualFigures(ctx, actor, { authorityId: 'nord', year: 2025 }), actor.role);
  });

  test('import and rebuild are for the administrator only', async () => {
    for (const actor of [a.auditor, a.managerNord, a.inspectorNord, provider, a.municipality]) {
      await refused(importFacts(ctx, actor, { text: 'authority\n' }), `${actor.role} imports`);
      await refused(rebuildFacts(ctx, actor), `${actor.role} rebuilds`);
    }
    assert.match(inspectorCode('x'), /^TK-[0-9A-Z]{7}$/);
    assert.equal(inspectorCode('samme'), inspectorCode('samme'), 'a stable code');
  });
});

test('the counts follow every insert, update and delete of facts (the triggers)', async () => {
  await assertCountsMatchFacts(ctx.db);
  await ctx.db.update(analyticsFacts).set({ consistency: 'scale_wording' }).where(eq(analyticsFacts.authorityId, 'midt'));
  await assertCountsMatchFacts(ctx.db);
  await ctx.db.delete(analyticsFacts).where(eq(analyticsFacts.authorityId, 'hovedstaden'));
  await assertCountsMatchFacts(ctx.db);
  assert.equal((await ctx.db.select().from(analyticsCounts).where(eq(analyticsCounts.authorityId, 'hovedstaden'))).length, 0, 'emptied counts are removed');
});
