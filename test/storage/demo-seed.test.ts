// The demo seed: what an empty database gets, that every completed assessment is valid by the
// engine's own rules, the fixed inspection the browser tests use, and that seeding twice is refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { asc, eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import {
  AUTHORITIES,
  BROWSER_TEST_INSPECTION_TITLE,
  DEMO_PASSWORD,
  NO_CHILD_FOSTER_FAMILY_NAME,
  buildDemoPlan,
  isDatabaseEmpty,
  seedDemo,
} from '../../src/demo/seed-demo.ts';
import {
  assessments,
  auditLog,
  authorities,
  decisions,
  departments,
  followUps,
  fosterFamilies,
  inspections,
  providers,
  riskChanges,
  users,
  visits,
} from '../../src/storage/schema.ts';
import { LEGAL_BASES, TYPOLOGIES, type LegalBasis, type ProviderFlag, type Typology } from '../../src/core/model/schema.ts';
import type { Entity } from '../../src/core/assessment/assessment-input.ts';
import { evaluate, isAssessable, type AssessableModel } from '../../src/core/assessment/evaluate.ts';
import { criterionColour } from '../../src/core/assessment/documentation-depth.ts';
import { verifyPassword } from '../../src/services/auth/password.ts';
import { ServiceError } from '../../src/services/service-error.ts';

/** The depth the brief asks of the demo's justifications (stricter than config/assessment.json). */
const DEMO_DEPTH = { red: 450, yellow: 250, green: 60 } as const;

let t: TestServices;
let summary: string;
let seedMs: number;

type Db = TestServices['services']['db'];
async function load(db: Db) {
  return {
    authorities: await db.select().from(authorities),
    users: await db.select().from(users),
    providers: await db.select().from(providers).orderBy(asc(providers.createdAt)),
    departments: await db.select().from(departments),
    families: await db.select().from(fosterFamilies).orderBy(asc(fosterFamilies.createdAt)),
    inspections: await db.select().from(inspections).orderBy(asc(inspections.createdAt)),
    riskChanges: await db.select().from(riskChanges).orderBy(asc(riskChanges.changedAt)),
    visits: await db.select().from(visits),
    followUps: await db.select().from(followUps),
    assessments: await db.select().from(assessments),
    decisions: await db.select().from(decisions),
  };
}
let d: Awaited<ReturnType<typeof load>>;

before(async () => {
  t = await createTestServices();
  const start = performance.now();
  summary = await seedDemo(t.services);
  seedMs = performance.now() - start;
  d = await load(t.services.db);
});

after(async () => {
  await t?.close();
});

function entityOf(inspection: (typeof d.inspections)[number]): Entity {
  if (inspection.providerId) {
    const p = d.providers.find((x) => x.id === inspection.providerId)!;
    return { legalBases: p.legalBases as LegalBasis[], flags: p.flags as ProviderFlag[] };
  }
  const f = d.families.find((x) => x.id === inspection.fosterFamilyId)!;
  return { legalBases: [], flags: [], typology: f.typology as Typology };
}

function modelOf(id: string): AssessableModel {
  const model = t.services.registry.get(id);
  assert.ok(model && isAssessable(model), `model ${id}`);
  return model;
}

/** The engine's input for a stored row; a department row takes the economy of the provider as a whole. */
function engineInput(inspection: (typeof d.inspections)[number], row: (typeof d.assessments)[number]) {
  const data = row.data as Record<string, unknown>;
  const input: Record<string, unknown> = { model: row.modelId, phase: inspection.phase, entity: entityOf(inspection), ...data };
  if (row.departmentId) {
    const whole = d.assessments.find((a) => a.inspectionId === inspection.id && a.departmentId === null)!;
    const economy = (whole.data as { economy?: unknown }).economy;
    if (economy) input.economy = economy;
  }
  return input;
}

const depth = () => t.services.config.documentationDepth;

test('the summary names the counts and every demo login', (ctx) => {
  ctx.diagnostic(`seedDemo took ${Math.round(seedMs)} ms`);
  assert.match(summary, /40 tilbud/);
  assert.match(summary, /40 plejefamilier/);
  assert.ok(summary.includes(DEMO_PASSWORD));
  for (const u of d.users) assert.ok(summary.includes(u.username), u.username);
});

test('the five authorities and users of every role, sharing one password hash', async () => {
  assert.deepEqual(d.authorities.map((a) => a.id).sort(), AUTHORITIES.map((a) => a.id).sort());
  const byName = new Map(d.users.map((u) => [u.username, u]));
  for (const a of AUTHORITIES) {
    assert.equal(byName.get(`inspektoer-${a.id}`)?.role, 'inspector');
    assert.equal(byName.get(`inspektoer2-${a.id}`)?.role, 'inspector');
    assert.equal(byName.get(`leder-${a.id}`)?.role, 'manager');
    assert.equal(byName.get(`inspektoer2-${a.id}`)?.authorityId, a.id);
  }
  assert.equal(byName.get('kommune-demo')?.role, 'municipality');
  assert.equal(byName.get('revisor')?.role, 'auditor');
  assert.equal(byName.get('admin')?.role, 'admin');

  const firstNord = d.providers.find((p) => p.authorityId === 'nord')!;
  const providerUser = byName.get('tilbud-demo');
  assert.equal(providerUser?.role, 'provider');
  assert.equal(providerUser?.providerId, firstNord.id);
  const familyUser = byName.get('plejefamilie-demo');
  assert.equal(familyUser?.role, 'provider');
  const family = d.families.find((f) => f.id === familyUser?.fosterFamilyId);
  assert.equal(family?.authorityId, 'nord');

  assert.equal(new Set(d.users.map((u) => u.passwordHash)).size, 1, 'the demo password is hashed once');
  assert.equal(await verifyPassword(DEMO_PASSWORD, d.users[0]!.passwordHash), true);
});

test('about 40 providers with varied legal bases, departments, a board, one crisis centre and one respite-only', () => {
  assert.ok(d.providers.length >= 35 && d.providers.length <= 45, `${d.providers.length} providers`);
  for (const a of AUTHORITIES) assert.ok(d.providers.filter((p) => p.authorityId === a.id).length >= 5, a.id);
  const used = new Set(d.providers.flatMap((p) => p.legalBases));
  for (const basis of LEGAL_BASES) assert.ok(used.has(basis), `legal basis ${basis} is used`);
  assert.ok(d.providers.some((p) => p.legalBases.length === 2), 'some providers have two legal bases');
  assert.equal(d.providers.filter((p) => p.legalBases.includes('sel-109')).length, 1, 'exactly one crisis centre');
  const respite = d.providers.filter((p) => p.flags.includes('aflastning'));
  assert.equal(respite.length, 1, 'exactly one respite-only provider');
  assert.deepEqual(respite[0]!.legalBases, ['sel-66-1-5']);
  assert.ok(d.providers.filter((p) => p.flags.includes('bestyrelse')).length >= 3, 'private providers with a board');
  const withDepartments = d.providers.filter((p) => {
    const n = d.departments.filter((x) => x.providerId === p.id).length;
    return n >= 2 && n <= 3;
  });
  assert.ok(withDepartments.length >= 5, `${withDepartments.length} providers with 2–3 departments`);
  assert.ok(new Set(d.providers.map((p) => p.municipality)).size >= 10, 'varied municipalities');
  assert.ok(d.providers.every((p) => p.targetGroups.length > 0 && p.methods.length > 0 && p.places > 0));
  assert.equal(new Set(d.providers.map((p) => p.name)).size, d.providers.length, 'names are unique');
});

test('about 40 foster families of all three typologies, some without a child in care', () => {
  assert.ok(d.families.length >= 35 && d.families.length <= 45, `${d.families.length} families`);
  for (const typology of TYPOLOGIES) assert.ok(d.families.some((f) => f.typology === typology), typology);
  assert.ok(d.families.every((f) => f.childrenInCare >= 0 && f.childrenInCare <= 3));
  assert.ok(d.families.filter((f) => f.childrenInCare === 0).length >= 5, 'at least 5 families without a child in care');
  assert.ok(d.families.filter((f) => f.approvedOn !== null).length >= 35, 'approved families have an approval date');
  for (const a of AUTHORITIES) assert.ok(d.families.some((f) => f.authorityId === a.id), a.id);
});

test('inspections in every state and both phases, with risk history, visits and follow-ups', async () => {
  for (const status of ['planned', 'in_progress', 'completed', 'cancelled']) {
    assert.ok(d.inspections.some((i) => i.status === status), `an inspection is ${status}`);
  }
  for (const phase of ['approval', 'operation']) assert.ok(d.inspections.some((i) => i.phase === phase), phase);
  for (const risk of ['green', 'yellow', 'red']) assert.ok(d.inspections.some((i) => i.risk === risk), risk);
  assert.equal(new Set(d.inspections.map((i) => i.title)).size, d.inspections.length, 'titles are unique');
  for (const i of d.inspections) {
    const model = t.services.registry.get(i.modelId);
    assert.equal(i.modelVersion, model?.version, `${i.title}: model version`);
    assert.ok((i.providerId === null) !== (i.fosterFamilyId === null), `${i.title}: provider or foster family`);
    const history = d.riskChanges.filter((r) => r.inspectionId === i.id);
    assert.ok(history.length >= 1 && history.every((r) => r.reason.length > 20), `${i.title}: risk history with reasons`);
    assert.equal(history.at(-1)!.risk, i.risk, `${i.title}: the current risk is the latest change`);
  }
  assert.ok(d.riskChanges.some((r) => r.risk !== 'green'), 'some risk was raised');
  assert.ok(d.visits.some((v) => v.status === 'held'));
  assert.ok(d.visits.some((v) => v.status === 'planned'));
  const aborted = d.visits.filter((v) => v.status === 'aborted');
  assert.equal(aborted.length, 1, 'one visit aborted on arrival');
  assert.match(aborted[0]!.note, /afbrudt ved ankomst/);
  assert.ok(d.visits.some((v) => v.announced) && d.visits.some((v) => !v.announced));
  assert.ok(d.followUps.length > 0 && d.followUps.some((f) => f.collectedOn === null) && d.followUps.some((f) => f.collectedOn !== null));
  for (const f of d.followUps) {
    const i = d.inspections.find((x) => x.id === f.inspectionId)!;
    const model = modelOf(i.modelId);
    assert.equal(model.kind, 'binary');
    if (model.kind !== 'binary') continue;
    const marker = model.themes.flatMap((th) => th.criteria.flatMap((c) => c.markers)).find((m) => m.id === f.markerId);
    assert.equal(marker?.investigationDesign[f.stepIndex]?.method, f.method, `${i.title}: follow-up names a step of the marker's design`);
  }
  assert.equal(
    (await t.services.db.select().from(auditLog).where(eq(auditLog.action, 'demo.seed'))).length,
    d.inspections.length,
    'each demo inspection has an audit entry',
  );
});

test('every completed assessment is complete and valid, with justifications as deep as their colour asks', () => {
  const completed = d.inspections.filter((i) => i.status === 'completed');
  assert.ok(completed.length >= 30);
  for (const i of completed) {
    const rows = d.assessments.filter((a) => a.inspectionId === i.id);
    assert.ok(rows.some((r) => r.departmentId === null), `${i.title}: an assessment of the whole`);
    const model = modelOf(i.modelId);
    for (const row of rows) {
      assert.equal(row.modelId, i.modelId);
      assert.equal(row.modelVersion, i.modelVersion);
      const data = row.data as Record<string, unknown>;
      for (const key of ['model', 'phase', 'entity']) assert.ok(!(key in data), `${i.title}: data has no ${key}`);
      const result = evaluate(model, engineInput(i, row), { depth: depth() });
      const where = `${i.title}${row.departmentId ? ` (afdeling)` : ''}`;
      assert.equal(result.valid, true, `${where}: ${JSON.stringify(result.errors)}`);
      assert.deepEqual(result.warnings, [], `${where}: no warnings`);
      if (model.kind === 'binary') {
        const criteria = (data.criteria ?? {}) as Record<string, { result: 'met' | 'not_met'; doubt?: boolean; justification: string }>;
        for (const [id, c] of Object.entries(criteria)) {
          const colour = criterionColour({ result: c.result, doubt: c.doubt ?? false });
          assert.ok(c.justification.trim().length >= DEMO_DEPTH[colour], `${where} ${id}: ${colour} justification of ${c.justification.length} characters`);
        }
        if (row.departmentId) assert.ok(!('economy' in data), `${where}: the economy belongs to the provider as a whole`);
      }
    }
  }
});

test('completed scored assessments: one for a provider, one per department plus the whole for a provider with departments', () => {
  const scored = d.inspections.filter((i) => i.status === 'completed' && i.modelId === 'tilbud-2017');
  assert.ok(scored.length >= 2);
  const departmentCount = (providerId: string | null) => d.departments.filter((x) => x.providerId === providerId).length;
  assert.ok(scored.some((i) => departmentCount(i.providerId) === 0 && d.assessments.filter((a) => a.inspectionId === i.id).length === 1));
  const perDepartment = scored.find((i) => d.assessments.some((a) => a.inspectionId === i.id && a.departmentId !== null));
  assert.ok(perDepartment, 'a scored inspection with department rows');
  const rows = d.assessments.filter((a) => a.inspectionId === perDepartment.id);
  const own = d.departments.filter((x) => x.providerId === perDepartment.providerId).map((x) => x.id).sort();
  assert.deepEqual(rows.filter((r) => r.departmentId).map((r) => r.departmentId).sort(), own, 'one row per department');
  assert.equal(rows.filter((r) => r.departmentId === null).length, 1, 'and one for the provider as a whole');
  // The scored model's applicability rules are exercised: the respite-only provider skips its excluded indicators.
  const respite = d.providers.find((p) => p.flags.includes('aflastning'))!;
  const respiteScored = scored.find((i) => i.providerId === respite.id);
  assert.ok(respiteScored, 'the respite-only provider has a scored assessment');
  const indicators = (d.assessments.find((a) => a.inspectionId === respiteScored.id)!.data as { indicators: Record<string, unknown> }).indicators;
  assert.ok(!('2.c' in indicators) && !('14.c' in indicators));
});

test('decisions on completed inspections without sufficient quality: an injunction with a deadline, enhanced supervision within 6 months', () => {
  assert.ok(d.decisions.length > 0);
  for (const decision of d.decisions) {
    const i = d.inspections.find((x) => x.id === decision.inspectionId)!;
    assert.equal(i.status, 'completed', `${i.title}: decided after completion`);
    const whole = d.assessments.find((a) => a.inspectionId === i.id && a.departmentId === null)!;
    const result = evaluate(modelOf(i.modelId), engineInput(i, whole), { depth: depth() });
    assert.equal(result.kind, 'binary');
    if (result.kind !== 'binary') continue;
    assert.equal(result.sufficientQuality, false, `${i.title}: a decision needs insufficient quality`);
    assert.ok(result.decisionOptions.includes(decision.kind as never), `${i.title}: ${decision.kind} is possible in ${i.phase}`);
    if (decision.kind.includes('injunction')) assert.ok(decision.deadline, `${i.title}: an injunction has a deadline`);
    if (decision.kind.startsWith('enhanced_supervision')) {
      assert.ok(decision.endsOn, `${i.title}: enhanced supervision ends`);
      const limit = new Date(decision.decidedAt);
      limit.setUTCMonth(limit.getUTCMonth() + 6);
      assert.ok(decision.endsOn <= limit.toISOString().slice(0, 10), `${i.title}: at most 6 months`);
    }
  }
  assert.ok(d.decisions.some((x) => x.kind === 'injunction' && x.deadline));
  assert.ok(d.decisions.some((x) => x.kind === 'enhanced_supervision' && x.endsOn));
  for (const i of d.inspections.filter((x) => x.status !== 'completed')) {
    assert.ok(!d.decisions.some((x) => x.inspectionId === i.id), `${i.title}: no decision before completion`);
  }
});

test('in-progress assessments are partial; planned and cancelled inspections have none yet', () => {
  const inProgress = d.inspections.filter((i) => i.status === 'in_progress');
  for (const i of inProgress) {
    const row = d.assessments.find((a) => a.inspectionId === i.id && a.departmentId === null);
    assert.ok(row, `${i.title}: an assessment row`);
    const result = evaluate(modelOf(i.modelId), engineInput(i, row), { depth: depth() });
    assert.equal(result.valid, false, `${i.title}: not complete yet`);
    assert.ok(!result.errors.some((e) => e.code === 'invalid_input' || e.code.startsWith('unknown_')), `${i.title}: the shape is right`);
  }
  assert.ok(
    inProgress.some((i) => Object.keys((d.assessments.find((a) => a.inspectionId === i.id)!.data as { criteria?: object }).criteria ?? {}).length > 0),
    'some are partly assessed',
  );
  for (const i of d.inspections.filter((x) => x.status === 'planned' || x.status === 'cancelled')) {
    assert.ok(!d.assessments.some((a) => a.inspectionId === i.id), `${i.title}: no assessment`);
  }
});

test('the browser-test inspection is exactly as the browser tests expect', () => {
  const firstNord = d.providers.find((p) => p.authorityId === 'nord')!;
  assert.equal(firstNord.name, 'Bostedet Lærkereden');
  assert.deepEqual(firstNord.legalBases, ['sel-107']);
  assert.deepEqual(firstNord.flags, []);
  assert.equal(BROWSER_TEST_INSPECTION_TITLE, 'Driftsorienteret tilsyn 2026 – Bostedet Lærkereden');
  const matches = d.inspections.filter((i) => i.title === BROWSER_TEST_INSPECTION_TITLE);
  assert.equal(matches.length, 1);
  const i = matches[0]!;
  assert.equal(i.providerId, firstNord.id);
  assert.equal(i.authorityId, 'nord');
  assert.equal(i.phase, 'operation');
  assert.equal(i.modelId, 'tilbud');
  assert.equal(i.modelVersion, t.services.registry.get('tilbud')!.version);
  assert.equal(i.status, 'in_progress');
  assert.equal(i.risk, 'green');
  const v = d.visits.filter((x) => x.inspectionId === i.id);
  assert.equal(v.length, 1);
  assert.equal(v[0]!.status, 'held');
  assert.equal(v[0]!.announced, false);
  const rows = d.assessments.filter((a) => a.inspectionId === i.id);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.departmentId, null);
  assert.deepEqual(rows[0]!.data, { markers: {}, criteria: {} });
  assert.equal(d.decisions.filter((x) => x.inspectionId === i.id).length, 0);
});

test('a Nord foster family without a child in care: a completed earlier assessment and a newer, empty one', () => {
  const family = d.families.find((f) => f.name === NO_CHILD_FOSTER_FAMILY_NAME)!;
  assert.equal(family.authorityId, 'nord');
  assert.equal(family.childrenInCare, 0);
  const own = d.inspections.filter((i) => i.fosterFamilyId === family.id); // oldest first
  assert.equal(own.length, 2);
  const [earlier, newer] = own as [(typeof own)[number], (typeof own)[number]];
  assert.ok(earlier.createdAt < newer.createdAt);
  assert.equal(earlier.status, 'completed');
  assert.equal(earlier.modelId, 'plejefamilie');
  const earlierRow = d.assessments.find((a) => a.inspectionId === earlier.id)!;
  const result = evaluate(modelOf('plejefamilie'), engineInput(earlier, earlierRow), { depth: depth() });
  assert.equal(result.valid, true, JSON.stringify(result.errors));
  assert.equal(newer.status, 'in_progress');
  assert.equal(newer.modelId, 'plejefamilie');
  const newerRows = d.assessments.filter((a) => a.inspectionId === newer.id);
  assert.equal(newerRows.length, 1);
  assert.deepEqual(newerRows[0]!.data, { markers: {}, criteria: {} });
  assert.equal(d.users.find((u) => u.username === 'plejefamilie-demo')?.fosterFamilyId, family.id);
});

test('the demo is deterministic: building it twice gives the same data', () => {
  assert.deepEqual(buildDemoPlan(t.services.registry), buildDemoPlan(t.services.registry));
});

test('the database is no longer empty, and seeding again is refused without writing anything', async () => {
  assert.equal(await isDatabaseEmpty(t.services), false);
  await assert.rejects(seedDemo(t.services), (e: unknown) => e instanceof ServiceError && e.code === 'conflict');
  const again = await load(t.services.db);
  assert.equal(again.providers.length, d.providers.length);
  assert.equal(again.users.length, d.users.length);
  assert.equal(again.inspections.length, d.inspections.length);
});
