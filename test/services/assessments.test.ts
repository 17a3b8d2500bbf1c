// Assessment use cases against a real (in-memory) database: permissions, merging, optimistic
// concurrency, audit, the engine's findings, the scored model, foster families without a child in
// care, and departments beside the provider.
import { createAssessment } from '../../src/services/assessments/create-assessment.ts';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, asc, eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor, makeActors, seedAuthorities } from '../support/fixtures.ts';
import { assessments, auditLog, departments, fosterFamilies, inspections, providers } from '../../src/storage/schema.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import type { ScoredModel } from '../../src/core/kinds/scored/catalog.ts';
import { ServiceError } from '../../src/services/service-error.ts';
import { getAssessment } from '../../src/services/assessments/get-assessment.ts';
import { saveAssessment } from '../../src/services/assessments/save-assessment.ts';
import { evaluateDraft } from '../../src/services/assessments/evaluate-draft.ts';
import { listDepartmentAssessments } from '../../src/services/assessments/list-department-assessments.ts';
import type { BinaryData } from '../../src/core/kinds/binary/assessment-data.ts';
import type { ScoredData } from '../../src/core/kinds/scored/assessment-data.ts';

let t: TestServices;
let actors: Awaited<ReturnType<typeof makeActors>>;
let providerUser: Actor;
let tilbud: BinaryModel;
let plejefamilie: BinaryModel;
let scored: ScoredModel;
let providerId = '';
let departmentA = '';
let departmentB = '';
let inspectionTilbud = '';
let inspectionDepartments = '';
let inspectionScored = '';
let inspectionFamily = '';
let previousFamilyInspection = '';

const JUSTIFICATION = 'Belyst ved interview af medarbejdere og ledelse samt dokumentanalyse; markørerne er til stede i praksis.';

async function insertInspection(values: Partial<typeof inspections.$inferInsert> & { modelId: string }): Promise<string> {
  const model = t.services.registry.get(values.modelId)!;
  const [row] = await t.services.db
    .insert(inspections)
    .values({ authorityId: 'nord', phase: 'operation', modelVersion: model.version, status: 'in_progress', title: 'Tilsyn', ...values })
    .returning();
  return row!.id;
}

const refuses = async (p: Promise<unknown>, code: ServiceError['code']) =>
  assert.rejects(p, (e: unknown) => e instanceof ServiceError && e.code === code);

/** Every marker present and every criterion met in one theme. */
function themePatch(model: BinaryModel, themeId: string, overrides: { markers?: Record<string, string>; result?: 'met' | 'not_met' } = {}) {
  const theme = model.themes.find((th) => th.id === themeId)!;
  return {
    themeId,
    markers: Object.fromEntries(theme.criteria.flatMap((c) => c.markers.map((m) => [m.id, overrides.markers?.[m.id] ?? 'present']))),
    criteria: Object.fromEntries(theme.criteria.map((c) => [c.id, { result: overrides.result ?? 'met', justification: JUSTIFICATION, doubt: false }])),
  } as never;
}

before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  actors = await makeActors(t.services);
  tilbud = t.services.registry.get('tilbud') as BinaryModel;
  plejefamilie = t.services.registry.get('plejefamilie') as BinaryModel;
  scored = t.services.registry.get('tilbud-2017') as ScoredModel;

  const [p] = await t.services.db
    .insert(providers)
    .values({ authorityId: 'nord', name: 'Bostedet Nordlys', municipality: 'Aalborg', legalBases: ['sel-107'], flags: ['bestyrelse'] })
    .returning();
  providerId = p!.id;
  providerUser = await makeActor(t.services, 'provider', { providerId });
  const deps = await t.services.db
    .insert(departments)
    .values([{ providerId, name: 'Afdeling A', places: 6 }, { providerId, name: 'Afdeling B', places: 4 }])
    .returning();
  departmentA = deps.find((d) => d.name === 'Afdeling A')!.id;
  departmentB = deps.find((d) => d.name === 'Afdeling B')!.id;
  inspectionTilbud = await insertInspection({ providerId, modelId: 'tilbud', title: 'Driftstilsyn 2024' });
  inspectionDepartments = await insertInspection({ providerId, modelId: 'tilbud', title: 'Driftstilsyn med afdelinger' });
  inspectionScored = await insertInspection({ providerId, modelId: 'tilbud-2017', title: 'Tilsyn efter 2017-modellen' });

  const [family] = await t.services.db
    .insert(fosterFamilies)
    .values({ authorityId: 'nord', name: 'Familien Hansen', municipality: 'Hjørring', typology: 'almindelig', childrenInCare: 0 })
    .returning();
  previousFamilyInspection = await insertInspection({ fosterFamilyId: family!.id, modelId: 'plejefamilie', title: 'Tilsyn 2023', status: 'completed', createdAt: new Date('2023-05-01T10:00:00Z') });
  inspectionFamily = await insertInspection({ fosterFamilyId: family!.id, modelId: 'plejefamilie', title: 'Tilsyn 2024', createdAt: new Date('2024-05-01T10:00:00Z') });
  const previousData: BinaryData = {
    markers: Object.fromEntries(plejefamilie.themes.flatMap((th) => th.criteria.flatMap((c) => c.markers.map((m) => [m.id, m.onlyFor ? 'not_applicable' : 'present'])))),
    criteria: Object.fromEntries(plejefamilie.themes.flatMap((th) => th.criteria.map((c) => [c.id, { result: 'met', justification: JUSTIFICATION, doubt: false }]))),
    economy: { result: 'met', justification: 'Økonomien er gennemsigtig.' },
  };
  await t.services.db.insert(assessments).values({ inspectionId: previousFamilyInspection, modelId: 'plejefamilie', modelVersion: plejefamilie.version, data: previousData, version: 4 });
});
after(() => t.close());

describe('permissions', () => {
  test('inspectors and managers of the authority and the auditor may read; others are refused', async () => {
    for (const actor of [actors.inspectorNord, actors.managerNord, actors.auditor]) {
      const view = await getAssessment(t.services, actor, { inspectionId: inspectionTilbud });
      assert.equal(view.model.id, 'tilbud');
    }
    for (const actor of [actors.inspectorSyd, actors.managerSyd, actors.municipality, actors.admin, providerUser]) {
      await refuses(getAssessment(t.services, actor, { inspectionId: inspectionTilbud }), 'forbidden');
    }
  });

  test('only inspectors and managers of the authority may save; the auditor reads only', async () => {
    const version = (await createAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionTilbud })).assessment.version;
    for (const actor of [actors.auditor, actors.inspectorSyd, actors.managerSyd, actors.municipality, actors.admin, providerUser]) {
      await refuses(saveAssessment(t.services, actor, { inspectionId: inspectionTilbud, expectedVersion: version, patch: { markers: { 'k1.1': 'present' } } }), 'forbidden');
    }
    const byManager = await saveAssessment(t.services, actors.managerNord, { inspectionId: inspectionTilbud, expectedVersion: version, patch: { markers: { 'k1.1': 'present' } } });
    assert.equal(byManager.version, version + 1);
    const byInspector = await saveAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionTilbud, expectedVersion: byManager.version, patch: { markers: { 'k1.1': null } } });
    assert.equal(byInspector.version, version + 2);
  });

  test("a read never creates the row, an inspector's included; an explicit create does, once", async () => {
    const id = await insertInspection({ providerId, modelId: 'tilbud', title: 'Nyt tilsyn' });
    const seen = await getAssessment(t.services, actors.auditor, { inspectionId: id });
    assert.equal(seen.assessment.id, null);
    assert.equal(seen.assessment.version, 0);
    assert.equal((await t.services.db.select().from(assessments).where(eq(assessments.inspectionId, id))).length, 0);
    const read = await getAssessment(t.services, actors.inspectorNord, { inspectionId: id });
    assert.equal(read.assessment.id, null, "an inspector's read creates nothing either");
    assert.equal((await t.services.db.select().from(assessments).where(eq(assessments.inspectionId, id))).length, 0);
    const [a, b] = await Promise.all([
      createAssessment(t.services, actors.inspectorNord, { inspectionId: id }),
      createAssessment(t.services, actors.managerNord, { inspectionId: id }),
    ]);
    assert.equal(a.assessment.version, 1);
    assert.equal(a.assessment.id, b.assessment.id);
    assert.equal((await t.services.db.select().from(assessments).where(eq(assessments.inspectionId, id))).length, 1);
  });

  test('unknown inspections and departments are not found; malformed ids are invalid', async () => {
    await refuses(getAssessment(t.services, actors.inspectorNord, { inspectionId: '00000000-0000-4000-8000-000000000000' }), 'not_found');
    await refuses(getAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionTilbud, departmentId: '00000000-0000-4000-8000-000000000000' }), 'not_found');
    await refuses(getAssessment(t.services, actors.inspectorNord, { inspectionId: 'nope' }), 'invalid');
  });
});

describe('saving', () => {
  let inspectionId = '';
  before(async () => {
    inspectionId = await insertInspection({ providerId, modelId: 'tilbud', title: 'Tilsyn til gem' });
  });

  test('a save merges the patch into the stored data and bumps the version', async () => {
    const opened = await createAssessment(t.services, actors.inspectorNord, { inspectionId });
    assert.equal(opened.assessment.version, 1);
    const first = await saveAssessment(t.services, actors.inspectorNord, { inspectionId, expectedVersion: 1, patch: themePatch(tilbud, 't1') });
    assert.equal(first.version, 2);
    const second = await saveAssessment(t.services, actors.inspectorNord, {
      inspectionId,
      expectedVersion: 2,
      patch: {
        ...(themePatch(tilbud, 't2') as object),
        design: { 'k2.1': { '0': { done: true, method: 'interview', with: 'To beboere', form: 'physical' } } },
      },
    });
    assert.equal(second.version, 3);
    const data = (await getAssessment(t.services, actors.inspectorNord, { inspectionId })).assessment.data as BinaryData;
    assert.equal(data.markers['k1.1'], 'present');
    assert.equal(data.markers['k2.1'], 'present');
    assert.equal(data.criteria.k1?.result, 'met');
    assert.equal(data.criteria.k2?.result, 'met');
    assert.deepEqual(data.design?.['k2.1']?.['0'], { done: true, method: 'interview', with: 'To beboere', form: 'physical' });
    // null removes an entry and leaves the rest.
    const third = await saveAssessment(t.services, actors.inspectorNord, {
      inspectionId, expectedVersion: 3, patch: { markers: { 'k2.1': null }, markerNotes: { 'k1.1': 'Målgruppen fremgår af Tilbudsportalen.' } },
    });
    const after3 = third.data as BinaryData;
    assert.equal(after3.markers['k2.1'], undefined);
    assert.equal(after3.markers['k1.1'], 'present');
    assert.deepEqual(after3.markerNotes, { 'k1.1': 'Målgruppen fremgår af Tilbudsportalen.' });
  });

  test('keys this area does not know are kept through a save and never reach the engine', async () => {
    const id = await insertInspection({ providerId, modelId: 'tilbud', title: 'Tilsyn med fremmed nøgle' });
    await t.services.db.insert(assessments).values({ inspectionId: id, modelId: 'tilbud', modelVersion: tilbud.version, data: { markers: {}, criteria: {}, futureKey: { x: 1 } }, version: 3 });
    const saved = await saveAssessment(t.services, actors.inspectorNord, { inspectionId: id, expectedVersion: 3, patch: { markers: { 'k1.1': 'present' } } });
    assert.deepEqual((saved.data as Record<string, unknown>).futureKey, { x: 1 });
    assert.ok(!saved.evaluation.errors.some((e) => e.code === 'invalid_input'), JSON.stringify(saved.evaluation.errors.slice(0, 2)));
  });

  test('a save with a stale expectedVersion is refused with conflict and the first save is intact', async () => {
    const opened = await createAssessment(t.services, actors.inspectorNord, { inspectionId });
    const v = opened.assessment.version;
    const first = await saveAssessment(t.services, actors.inspectorNord, {
      inspectionId, expectedVersion: v, patch: { criteria: { k1: { result: 'met', justification: 'Første konsulents begrundelse, som ikke må overskrives.', doubt: false } } },
    });
    await assert.rejects(
      saveAssessment(t.services, actors.managerNord, {
        inspectionId, expectedVersion: v, patch: { criteria: { k1: { result: 'not_met', justification: 'Anden konsulents begrundelse.', doubt: true } } },
      }),
      (e: unknown) => e instanceof ServiceError && e.code === 'conflict' && /ændret af en anden/.test(e.message),
    );
    const now = await getAssessment(t.services, actors.inspectorNord, { inspectionId });
    assert.equal(now.assessment.version, first.version);
    const k1 = (now.assessment.data as BinaryData).criteria.k1!;
    assert.equal(k1.result, 'met');
    assert.equal(k1.justification, 'Første konsulents begrundelse, som ikke må overskrives.');
  });

  test('every save is in the audit log with before and after', async () => {
    const opened = await createAssessment(t.services, actors.inspectorNord, { inspectionId });
    const saved = await saveAssessment(t.services, actors.inspectorNord, { inspectionId, expectedVersion: opened.assessment.version, patch: { markers: { 'k1.2': 'absent' } } });
    const rows = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'assessment'), eq(auditLog.entityId, opened.assessment.id!)))
      .orderBy(asc(auditLog.id));
    assert.equal(rows[0]!.action, 'assessment.create');
    const last = rows.at(-1)!;
    assert.equal(last.action, 'assessment.update');
    assert.equal(last.actorId, actors.inspectorNord.id);
    const before = last.before as { version: number; data: BinaryData };
    const afterEntry = last.after as { version: number; data: BinaryData };
    assert.equal(before.version, opened.assessment.version);
    assert.equal(afterEntry.version, saved.version);
    assert.equal(before.data.markers['k1.2'], 'present');
    assert.equal(afterEntry.data.markers['k1.2'], 'absent');
  });

  test('a criterion met with an absent marker is saved, and get-assessment reports the engine error', async () => {
    const opened = await createAssessment(t.services, actors.inspectorNord, { inspectionId });
    const saved = await saveAssessment(t.services, actors.inspectorNord, {
      inspectionId,
      expectedVersion: opened.assessment.version,
      patch: themePatch(tilbud, 't1', { markers: { 'k1.2': 'absent' }, result: 'met' }),
    });
    assert.equal((saved.data as BinaryData).criteria.k1?.result, 'met');
    const view = await createAssessment(t.services, actors.inspectorNord, { inspectionId });
    const error = view.evaluation.errors.find((e) => e.code === 'criterion_met_with_absent_marker');
    assert.ok(error, JSON.stringify(view.evaluation.errors));
    assert.equal(error.path, 'criteria.k1.result');
    assert.match(error.message, /kan ikke være opfyldt/);
    assert.ok(view.feedback.criteria.k1!.errors.some((e) => e.code === 'criterion_met_with_absent_marker'));
  });

  test('a patch naming ids outside the model or theme is refused as invalid, with the form field', async () => {
    const opened = await createAssessment(t.services, actors.inspectorNord, { inspectionId });
    await assert.rejects(
      saveAssessment(t.services, actors.inspectorNord, { inspectionId, expectedVersion: opened.assessment.version, patch: { themeId: 't1', markers: { 'k2.1': 'present', 'x9.9': 'absent' } } }),
      (e: unknown) => e instanceof ServiceError && e.code === 'invalid' && e.fields.some((f) => f.field === 'marker:x9.9') && e.fields.some((f) => f.field === 'marker:k2.1'),
    );
    await assert.rejects(
      saveAssessment(t.services, actors.inspectorNord, { inspectionId, expectedVersion: opened.assessment.version, patch: { markers: { 'k1.1': 'maybe' as never } } }),
      (e: unknown) => e instanceof ServiceError && e.code === 'invalid' && e.fields[0]?.field === 'marker:k1.1',
    );
    await assert.rejects(
      saveAssessment(t.services, actors.inspectorNord, { inspectionId, expectedVersion: opened.assessment.version, patch: { indicators: { '1.a': { text: 'x' } } } }),
      (e: unknown) => e instanceof ServiceError && e.code === 'invalid',
    );
    // Method and interview form belong only to citizen/child perspective steps (k1.1 step 0 is Tilbudsportalen).
    await assert.rejects(
      saveAssessment(t.services, actors.inspectorNord, { inspectionId, expectedVersion: opened.assessment.version, patch: { design: { 'k1.1': { '0': { done: true, method: 'interview' } } } } }),
      (e: unknown) => e instanceof ServiceError && e.code === 'invalid' && e.fields[0]?.field === 'design:k1.1:0',
    );
    assert.equal((await getAssessment(t.services, actors.inspectorNord, { inspectionId })).assessment.version, opened.assessment.version);
  });

  test('with every criterion and the economy met the assessment has sufficient quality', async () => {
    let version = (await createAssessment(t.services, actors.inspectorNord, { inspectionId })).assessment.version;
    for (const theme of tilbud.themes) {
      version = (await saveAssessment(t.services, actors.inspectorNord, { inspectionId, expectedVersion: version, patch: themePatch(tilbud, theme.id) })).version;
    }
    const before = await createAssessment(t.services, actors.inspectorNord, { inspectionId });
    assert.equal(before.evaluation.kind === 'binary' && before.evaluation.sufficientQuality, false);
    assert.deepEqual(before.evaluation.errors.map((e) => e.code), ['economy_missing']);
    const done = await saveAssessment(t.services, actors.inspectorNord, {
      inspectionId, expectedVersion: version, patch: { economy: { result: 'met', justification: 'Økonomien er bæredygtig og gennemsigtig.' } },
    });
    assert.equal(done.evaluation.kind, 'binary');
    if (done.evaluation.kind === 'binary') {
      assert.equal(done.evaluation.valid, true, JSON.stringify(done.evaluation.errors));
      assert.equal(done.evaluation.sufficientQuality, true);
      assert.deepEqual(done.evaluation.decisionOptions, []);
    }
  });
});

describe('the scored model', () => {
  test('saving indicator scores gives criterion and theme averages; evaluate-draft does not write', async () => {
    const opened = await createAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionScored });
    assert.equal(opened.model.kind, 'scored');
    const theme = scored.themes[0]!;
    const criterion = theme.criteria[0]!;
    const ids = criterion.indicators.map((i) => i.id);
    const scores = [3, 4, 4, 5, 2];
    const indicators = Object.fromEntries(ids.map((id, i) => [id, { score: scores[i % scores.length]!, text: `Bedømmelse af indikator ${id}.` }]));
    const saved = await saveAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionScored, expectedVersion: opened.assessment.version, patch: { themeId: theme.id, indicators } });
    assert.equal(saved.evaluation.kind, 'scored');
    const excluded = saved.evaluation.kind === 'scored' ? saved.evaluation.excludedIndicators : [];
    const applicable = ids.map((id, i) => ({ id, score: scores[i % scores.length]! })).filter((x) => !excluded.includes(x.id));
    const expected = applicable.reduce((s, x) => s + x.score, 0) / applicable.length;
    if (saved.evaluation.kind === 'scored') {
      const avg = saved.evaluation.criteria.find((c) => c.id === criterion.id)!.average;
      assert.ok(avg !== null && Math.abs(avg - expected) < 1e-9, `${avg} vs ${expected}`);
    }
    const draft = await evaluateDraft(t.services, actors.inspectorNord, {
      inspectionId: inspectionScored,
      patch: { indicators: { [ids[0]!]: { score: 1, text: 'Kladde.' } } },
    });
    assert.equal(draft.baseVersion, saved.version);
    assert.equal((draft.data as ScoredData).indicators[ids[0]!]!.score, 1);
    const stored = await getAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionScored });
    assert.equal(stored.assessment.version, saved.version);
    assert.equal((stored.assessment.data as ScoredData).indicators[ids[0]!]!.score, scores[0]);
  });

  test('a score outside 1–5 is refused as invalid', async () => {
    const opened = await createAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionScored });
    const id = scored.themes[0]!.criteria[0]!.indicators[0]!.id;
    await assert.rejects(
      saveAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionScored, expectedVersion: opened.assessment.version, patch: { indicators: { [id]: { score: 7, text: 'x' } } } }),
      (e: unknown) => e instanceof ServiceError && e.code === 'invalid' && e.fields[0]?.field === `indicator:${id}:score`,
    );
  });
});

describe('a foster family without a child in care', () => {
  test('the previous assessment is returned beside the current one, which is not filled in', async () => {
    const view = await createAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionFamily });
    assert.equal(view.entity.kind, 'fosterFamily');
    assert.ok(view.previous);
    assert.equal(view.previous.inspection.id, previousFamilyInspection);
    assert.equal((view.previous.data as BinaryData).criteria.k1?.result, 'met');
    assert.equal(view.previous.evaluation?.kind === 'binary' && view.previous.evaluation.sufficientQuality, true);
    const current = view.assessment.data as BinaryData;
    assert.deepEqual(current.markers, {});
    assert.deepEqual(current.criteria, {});
    assert.equal(current.economy, undefined);
    assert.equal(view.evaluation.valid, false);
  });

  test('confirming stores the carried-forward note and nothing else', async () => {
    const view = await createAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionFamily });
    await refuses(
      saveAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionFamily, expectedVersion: view.assessment.version, patch: { carriedForward: { confirmed: true, note: '' } } }),
      'invalid',
    );
    const saved = await saveAssessment(t.services, actors.inspectorNord, {
      inspectionId: inspectionFamily, expectedVersion: view.assessment.version, patch: { carriedForward: { confirmed: true, note: 'Familien venter på et barn; forholdene er uændrede.' } },
    });
    const data = saved.data as BinaryData;
    assert.deepEqual(data.carriedForward, { confirmed: true, note: 'Familien venter på et barn; forholdene er uændrede.' });
    assert.deepEqual(data.criteria, {});
  });

  test('a provider cannot carry forward an assessment', async () => {
    const view = await createAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionTilbud });
    await refuses(
      saveAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionTilbud, expectedVersion: view.assessment.version, patch: { carriedForward: { confirmed: true, note: 'x' } } }),
      'invalid',
    );
  });
});

describe('departments', () => {
  test("each department's result is listed beside the provider's conclusion", async () => {
    const whole = await createAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionDepartments });
    let v = whole.assessment.version;
    for (const theme of tilbud.themes) {
      v = (await saveAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionDepartments, expectedVersion: v, patch: themePatch(tilbud, theme.id) })).version;
    }
    await saveAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionDepartments, expectedVersion: v, patch: { economy: { result: 'met', justification: 'Økonomien er bæredygtig.' } } });

    const a = await createAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionDepartments, departmentId: departmentA });
    assert.equal(a.department?.name, 'Afdeling A');
    assert.notEqual(a.assessment.id, whole.assessment.id);
    let va = a.assessment.version;
    for (const theme of tilbud.themes) {
      va = (await saveAssessment(t.services, actors.inspectorNord, {
        inspectionId: inspectionDepartments, departmentId: departmentA, expectedVersion: va,
        patch: theme.id === 't1' ? themePatch(tilbud, 't1', { markers: { 'k1.2': 'absent' }, result: 'not_met' }) : themePatch(tilbud, theme.id),
      })).version;
    }
    // The economy belongs to the provider as a whole.
    await refuses(
      saveAssessment(t.services, actors.inspectorNord, { inspectionId: inspectionDepartments, departmentId: departmentA, expectedVersion: va, patch: { economy: { result: 'met', justification: 'x' } } }),
      'invalid',
    );

    const results = await listDepartmentAssessments(t.services, actors.auditor, { providerId, inspectionId: inspectionDepartments });
    assert.equal(results.inspection?.id, inspectionDepartments);
    assert.equal(results.whole?.evaluation.kind === 'binary' && results.whole.evaluation.sufficientQuality, true);
    assert.deepEqual(results.departments.map((d) => d.department.name), ['Afdeling A', 'Afdeling B']);
    const depA = results.departments[0]!.result!;
    assert.equal((depA.data as BinaryData).criteria.k1?.result, 'not_met');
    assert.equal(depA.evaluation.kind === 'binary' && depA.evaluation.valid, true, JSON.stringify(depA.evaluation.errors));
    assert.equal(depA.evaluation.kind === 'binary' && depA.evaluation.sufficientQuality, false);
    assert.equal(results.departments[1]!.result, null);
    assert.equal((await t.services.db.select().from(assessments).where(eq(assessments.departmentId, departmentB))).length, 0);
    await refuses(listDepartmentAssessments(t.services, actors.inspectorSyd, { providerId }), 'forbidden');
  });
});
