// Inspections: every use case allowed and refused role by role, the validation rules of the
// binary model (injunction deadline, enhanced supervision at most 6 months, risk reasons),
// aborted visits, the risk history and the audit trail.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, desc, eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor, makeActors, seedAuthorities } from '../support/fixtures.ts';
import { assessments, auditLog, decisions, followUps, fosterFamilies, inspections, providers, riskChanges, visits } from '../../src/storage/schema.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { ServiceError } from '../../src/services/service-error.ts';
import { listInspections } from '../../src/services/inspections/list-inspections.ts';
import { getInspection } from '../../src/services/inspections/get-inspection.ts';
import { getInspectionTarget } from '../../src/services/inspections/get-inspection-target.ts';
import { createInspection } from '../../src/services/inspections/create-inspection.ts';
import { updateInspectionStatus } from '../../src/services/inspections/update-inspection-status.ts';
import { changeRisk } from '../../src/services/inspections/change-risk.ts';
import { addVisit } from '../../src/services/inspections/add-visit.ts';
import { recordVisitOutcome } from '../../src/services/inspections/record-visit-outcome.ts';
import { addFollowUp } from '../../src/services/inspections/add-follow-up.ts';
import { addDesignWidening } from '../../src/services/inspections/add-design-widening.ts';
import { setDeskBased } from '../../src/services/inspections/set-desk-based.ts';
import { recordDecision } from '../../src/services/inspections/record-decision.ts';
import { listInspectionAudit } from '../../src/services/inspections/list-inspection-audit.ts';
import { addMonths, todayInDenmark } from '../../src/core/calendar.ts';

let t: TestServices;
let ctx: ServiceContext;
let actors: Record<string, Actor>;
let providerNord: string;
let providerSyd: string;
let familyNord: string;

before(async () => {
  t = await createTestServices();
  ctx = t.services;
  await seedAuthorities(ctx);
  const [pn] = await ctx.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Nordlys', municipality: 'Aalborg', legalBases: ['sel-107'] }).returning();
  const [ps] = await ctx.db.insert(providers).values({ authorityId: 'syd', name: 'Botilbuddet Sydhavn', municipality: 'Odense' }).returning();
  const [fn] = await ctx.db.insert(fosterFamilies).values({ authorityId: 'nord', name: 'Familien Jensen', municipality: 'Hjørring', typology: 'almindelig' }).returning();
  providerNord = pn!.id;
  providerSyd = ps!.id;
  familyNord = fn!.id;
  actors = {
    ...(await makeActors(ctx)),
    provider: await makeActor(ctx, 'provider', { providerId: providerNord }),
  };
});
after(() => t.close());

const code = (e: unknown) => (e instanceof ServiceError ? e.code : `unexpected: ${String(e)}`);
async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return code(e);
  }
}
async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  assert.ok(e instanceof ServiceError, `expected a ServiceError, got ${String(e)}`);
  return e;
}
const fieldsOf = (e: ServiceError) => e.fields.map((f) => f.field);
/** The seed's basis for choosing, consistent with the kind (refusal and revocation: cannot meet the criteria soon). */
const basis = (kind: string) => ({ canMeetSoon: kind !== 'refusal' && kind !== 'revocation', basisReason: 'Vurderet ud fra ledelsens handleplan og det seneste besøg.' });

/** The first marker of the tilbud model. */
function firstMarker(): string {
  const model = ctx.registry.get('tilbud');
  assert.ok(model?.kind === 'binary');
  return model.themes[0]!.criteria[0]!.markers[0]!.id;
}

const newInspection = (overrides: Partial<Parameters<typeof createInspection>[2]> = {}) =>
  createInspection(ctx, actors.inspectorNord!, { providerId: providerNord, title: 'Driftsorienteret tilsyn 2025', phase: 'operation', ...overrides });

/** Row counts of everything an inspection write touches, plus the audit log. */
async function snapshot() {
  const n = async (table: typeof inspections | typeof riskChanges | typeof visits | typeof followUps | typeof decisions | typeof auditLog) =>
    (await ctx.db.select({ n: count() }).from(table))[0]!.n;
  const versions = await ctx.db.select({ id: inspections.id, version: inspections.version, status: inspections.status, risk: inspections.risk }).from(inspections);
  return {
    inspections: await n(inspections), risks: await n(riskChanges), visits: await n(visits), followUps: await n(followUps),
    decisions: await n(decisions), audit: await n(auditLog),
    versions: Object.fromEntries(versions.map((v) => [v.id, `${v.version}/${v.status}/${v.risk}`])),
  };
}

const ROLES = ['inspectorNord', 'managerNord', 'inspectorSyd', 'managerSyd', 'auditor', 'municipality', 'provider', 'admin'] as const;
type RoleKey = (typeof ROLES)[number];
const allow = (...ok: RoleKey[]): Record<RoleKey, string> =>
  Object.fromEntries(ROLES.map((r) => [r, ok.includes(r) ? 'ok' : 'forbidden'])) as Record<RoleKey, string>;
const READ = allow('inspectorNord', 'managerNord', 'auditor');
const WRITE = allow('inspectorNord', 'managerNord');
const DECIDE = allow('managerNord');
const AUDIT = allow('managerNord', 'auditor');

/**
 * Runs a use case as every role, each on fresh data from `setup`; checks the outcome and that a
 * refused call leaves no row and no audit entry behind.
 */
async function roleMatrix<S>(expected: Record<RoleKey, string>, setup: () => Promise<S>, run: (actor: Actor, s: S) => Promise<unknown>) {
  for (const role of ROLES) {
    const s = await setup();
    const beforeCall = await snapshot();
    const got = await outcome(run(actors[role]!, s));
    assert.equal(got, expected[role], `${role}: expected ${expected[role]}, got ${got}`);
    if (got !== 'ok') assert.deepEqual(await snapshot(), beforeCall, `${role}: a refused call left a trace`);
  }
}

describe('permissions, use case by use case', () => {
  test('create-inspection: inspector and manager of the authority; nobody else', async () => {
    await roleMatrix(WRITE, async () => null, (actor) => createInspection(ctx, actor, { providerId: providerNord, title: 'Tilsyn', phase: 'operation' }));
    await roleMatrix(WRITE, async () => null, (actor) => createInspection(ctx, actor, { fosterFamilyId: familyNord, title: 'Tilsyn', phase: 'approval' }));
  });

  test('get-inspection-target (the new-inspection form) follows inspection.write', async () => {
    await roleMatrix(WRITE, async () => null, (actor) => getInspectionTarget(ctx, actor, { providerId: providerNord }));
  });

  test('list-inspections: own authority for staff, all for the auditor, nothing for municipality, provider and admin', async () => {
    const nord = await newInspection({ title: 'Listet i Nord' });
    const syd = await createInspection(ctx, actors.inspectorSyd!, { providerId: providerSyd, title: 'Listet i Syd', phase: 'operation' });
    const ids = async (role: RoleKey) => (await listInspections(ctx, actors[role]!)).items.map((i) => i.id);
    for (const role of ['inspectorNord', 'managerNord'] as const) {
      assert.ok((await ids(role)).includes(nord.id), role);
      assert.ok(!(await ids(role)).includes(syd.id), role);
    }
    for (const role of ['inspectorSyd', 'managerSyd'] as const) {
      assert.ok((await ids(role)).includes(syd.id), role);
      assert.ok(!(await ids(role)).includes(nord.id), role);
    }
    assert.ok((await ids('auditor')).includes(nord.id));
    assert.ok((await ids('auditor')).includes(syd.id));
    for (const role of ['municipality', 'provider', 'admin'] as const) assert.deepEqual(await ids(role), [], role);
  });

  test('get-inspection: staff of the authority and the auditor read; others are refused', async () => {
    await roleMatrix(READ, () => newInspection(), (actor, i) => getInspection(ctx, actor, { inspectionId: i.id }));
  });

  test('update-inspection-status', async () => {
    await roleMatrix(WRITE, () => newInspection(), (actor, i) => updateInspectionStatus(ctx, actor, { inspectionId: i.id, status: 'in_progress' }));
  });

  test('change-risk', async () => {
    await roleMatrix(WRITE, () => newInspection(), (actor, i) => changeRisk(ctx, actor, { inspectionId: i.id, risk: 'yellow', reason: 'Tvivl om medicinhåndtering' }));
  });

  test('set-desk-based', async () => {
    await roleMatrix(WRITE, () => newInspection(), (actor, i) => setDeskBased(ctx, actor, { inspectionId: i.id, deskBased: true, reason: 'Skriftlig opfølgning.' }));
  });

  test('add-design-widening', async () => {
    await roleMatrix(WRITE, () => newInspection(), (actor, i) => addDesignWidening(ctx, actor, { inspectionId: i.id, criterionId: 'k1', description: 'Ekstra interview af to medarbejdere.' }));
  });

  test('add-visit', async () => {
    await roleMatrix(WRITE, () => newInspection(), (actor, i) => addVisit(ctx, actor, { inspectionId: i.id, plannedOn: '2025-03-04' }));
  });

  test('record-visit-outcome', async () => {
    await roleMatrix(WRITE, async () => {
      const i = await newInspection();
      const v = await addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-03-04' });
      return { i, v };
    }, (actor, { i, v }) => recordVisitOutcome(ctx, actor, { inspectionId: i.id, visitId: v.id, outcome: 'held' }));
  });

  test('add-follow-up', async () => {
    await roleMatrix(WRITE, () => newInspection(), (actor, i) => addFollowUp(ctx, actor, { inspectionId: i.id, markerId: firstMarker(), stepIndex: 0 }));
  });

  test('record-decision: only a manager of the authority', async () => {
    await roleMatrix(DECIDE, () => newInspection(), (actor, i) => recordDecision(ctx, actor, { inspectionId: i.id, kind: 'revocation', ...basis('revocation'), note: 'Ophør' }));
  });

  test('list-inspection-audit: manager of the authority and the auditor', async () => {
    await roleMatrix(AUDIT, () => newInspection(), (actor, i) => listInspectionAudit(ctx, actor, { inspectionId: i.id }));
  });

  test('an unknown or malformed inspection id is not_found', async () => {
    assert.equal(await outcome(getInspection(ctx, actors.inspectorNord!, { inspectionId: '00000000-0000-4000-8000-000000000000' })), 'not_found');
    assert.equal(await outcome(getInspection(ctx, actors.inspectorNord!, { inspectionId: 'ikke-et-id' })), 'not_found');
    assert.equal(await outcome(addVisit(ctx, actors.inspectorNord!, { inspectionId: 'ikke-et-id', plannedOn: '2025-03-04' })), 'not_found');
  });
});

describe('creating an inspection', () => {
  test('a provider gets the tilbud model in force, status planned and a first risk entry', async () => {
    const i = await newInspection({ risk: 'yellow' });
    const d = await getInspection(ctx, actors.inspectorNord!, { inspectionId: i.id });
    assert.equal(d.authorityId, 'nord');
    assert.equal(d.authorityName, 'Socialtilsyn Nord');
    assert.equal(d.modelId, 'tilbud');
    assert.equal(d.modelVersion, ctx.registry.get('tilbud')!.version);
    assert.equal(d.status, 'planned');
    assert.equal(d.risk, 'yellow');
    assert.equal(d.version, 1);
    assert.deepEqual(d.riskHistory.map((r) => [r.risk, r.reason]), [['yellow', 'Første risikovurdering']]);
    assert.equal(d.riskHistory[0]!.changedBy?.id, actors.inspectorNord!.id);
    assert.equal(d.entity.kind, 'provider');
    assert.equal(d.entity.name, 'Bostedet Nordlys');
    assert.deepEqual(d.permissions, { write: true, decide: false, readAudit: false });
  });

  test('a foster family gets plejefamilie; a provider may use tilbud-2017; other models are refused', async () => {
    const f = await createInspection(ctx, actors.managerNord!, { fosterFamilyId: familyNord, title: 'Godkendelse', phase: 'approval' });
    assert.equal(f.modelId, 'plejefamilie');
    assert.equal(f.risk, 'green');
    const scored = await newInspection({ modelId: 'tilbud-2017' });
    assert.equal(scored.modelId, 'tilbud-2017');
    assert.deepEqual(fieldsOf(await refusal(newInspection({ modelId: 'plejefamilie' }))), ['modelId']);
    assert.deepEqual(fieldsOf(await refusal(createInspection(ctx, actors.managerNord!, { fosterFamilyId: familyNord, title: 'X', phase: 'approval', modelId: 'tilbud' }))), ['modelId']);
    assert.deepEqual(fieldsOf(await refusal(newInspection({ modelId: 'dkm-social' }))), ['modelId']);
  });

  test('validation names the fields in Danish', async () => {
    const e = await refusal(createInspection(ctx, actors.inspectorNord!, { providerId: providerNord, title: '  ', phase: 'x' as never }));
    assert.equal(e.code, 'invalid');
    assert.deepEqual(fieldsOf(e).sort(), ['phase', 'title']);
    assert.equal(e.fields.find((f) => f.field === 'title')!.message, 'Titel skal udfyldes.');
    const neither = await refusal(createInspection(ctx, actors.inspectorNord!, { title: 'T', phase: 'operation' }));
    assert.deepEqual(fieldsOf(neither), ['providerId']);
    const both = await refusal(createInspection(ctx, actors.inspectorNord!, { providerId: providerNord, fosterFamilyId: familyNord, title: 'T', phase: 'operation' }));
    assert.deepEqual(fieldsOf(both), ['providerId']);
    assert.equal(await outcome(createInspection(ctx, actors.inspectorNord!, { providerId: '00000000-0000-4000-8000-000000000000', title: 'T', phase: 'operation' })), 'not_found');
  });

  test('list filters by status and names the provider or foster family', async () => {
    const i = await newInspection({ title: 'Filtreres' });
    await updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'in_progress' });
    const inProgress = (await listInspections(ctx, actors.inspectorNord!, { status: 'in_progress' })).items;
    assert.ok(inProgress.some((x) => x.id === i.id));
    assert.ok(inProgress.every((x) => x.status === 'in_progress'));
    assert.equal(inProgress.find((x) => x.id === i.id)!.entity.name, 'Bostedet Nordlys');
    assert.ok(!(await listInspections(ctx, actors.inspectorNord!, { status: 'planned' })).items.some((x) => x.id === i.id));
    assert.equal(await outcome(listInspections(ctx, actors.inspectorNord!, { status: 'bogus' as never })), 'invalid');
  });
});

describe('status', () => {
  test('planned → in progress → completed; completed is final; the version goes up', async () => {
    const i = await newInspection();
    const a = await updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'in_progress', expectedVersion: 1 });
    assert.equal(a.version, 2);
    assert.ok(a.updatedAt.getTime() >= i.updatedAt.getTime());
    const e = await refusal(updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'planned' }));
    assert.deepEqual([e.code, fieldsOf(e)], ['invalid', ['status']]);
    const visit = await addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-03-04' });
    await recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: visit.id, outcome: 'held' });
    await updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'completed' });
    assert.equal(await outcome(updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'cancelled' })), 'invalid');
  });

  test('issue 9, item 12: no completion without a held visit, unless recorded as desk-based with a reason', async () => {
    const i = await newInspection();
    await updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'in_progress' });
    const none = await refusal(updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'completed' }));
    assert.deepEqual([none.code, fieldsOf(none)], ['invalid', ['status']]);
    assert.match(none.fields[0]!.message, /ikke et gennemført besøg/);
    const visit = await addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-03-04' });
    await recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: visit.id, outcome: 'aborted', note: 'Ingen hjemme.' });
    assert.equal(await outcome(updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'completed' })), 'invalid', 'an aborted visit does not count');
    const noReason = await refusal(setDeskBased(ctx, actors.inspectorNord!, { inspectionId: i.id, deskBased: true, reason: '  ' }));
    assert.deepEqual(fieldsOf(noReason), ['reason']);
    await setDeskBased(ctx, actors.inspectorNord!, { inspectionId: i.id, deskBased: true, reason: 'Opfølgning på indsendt dokumentation om medicinhåndtering.' });
    const done = await updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'completed' });
    assert.equal(done.status, 'completed');
    assert.equal((await getInspection(ctx, actors.inspectorNord!, { inspectionId: i.id })).deskBasedReason, 'Opfølgning på indsendt dokumentation om medicinhåndtering.');
    assert.equal(await outcome(setDeskBased(ctx, actors.inspectorSyd!, { inspectionId: i.id, deskBased: false })), 'forbidden');
  });

  test('a write naming an old version is a conflict and changes nothing', async () => {
    const i = await newInspection();
    await changeRisk(ctx, actors.inspectorNord!, { inspectionId: i.id, risk: 'red', reason: 'Alvorlig bekymring' });
    const beforeCall = await snapshot();
    assert.equal(await outcome(updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'in_progress', expectedVersion: 1 })), 'conflict');
    assert.deepEqual(await snapshot(), beforeCall);
  });

  test('a cancelled inspection takes no more visits, risk changes or follow-ups', async () => {
    const i = await newInspection();
    await updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'cancelled' });
    assert.equal(await outcome(addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-05-01' })), 'conflict');
    assert.equal(await outcome(changeRisk(ctx, actors.inspectorNord!, { inspectionId: i.id, risk: 'red', reason: 'x' })), 'conflict');
    assert.equal(await outcome(addFollowUp(ctx, actors.inspectorNord!, { inspectionId: i.id, markerId: firstMarker(), stepIndex: 0 })), 'conflict');
  });
});

describe('risk', () => {
  test('a risk change without a reason is refused and leaves no trace', async () => {
    const i = await newInspection();
    const beforeCall = await snapshot();
    const e = await refusal(changeRisk(ctx, actors.inspectorNord!, { inspectionId: i.id, risk: 'red', reason: '   ' }));
    assert.equal(e.code, 'invalid');
    assert.deepEqual(fieldsOf(e), ['reason']);
    assert.equal(e.fields[0]!.message, 'Begrundelse skal udfyldes.');
    assert.deepEqual(await snapshot(), beforeCall);
    assert.deepEqual(fieldsOf(await refusal(changeRisk(ctx, actors.inspectorNord!, { inspectionId: i.id, risk: 'purple' as never, reason: 'x' }))), ['risk']);
    assert.deepEqual(fieldsOf(await refusal(changeRisk(ctx, actors.inspectorNord!, { inspectionId: i.id, risk: 'green', reason: 'samme' }))), ['risk']);
  });

  test('the history keeps every change in order, with reason and who', async () => {
    const i = await newInspection();
    await changeRisk(ctx, actors.inspectorNord!, { inspectionId: i.id, risk: 'yellow', reason: 'Tvivl efter besøg' });
    await changeRisk(ctx, actors.managerNord!, { inspectionId: i.id, risk: 'red', reason: 'Magtanvendelser ikke indberettet' });
    await changeRisk(ctx, actors.inspectorNord!, { inspectionId: i.id, risk: 'yellow', reason: 'Handleplan modtaget' });
    const d = await getInspection(ctx, actors.auditor!, { inspectionId: i.id });
    assert.deepEqual(d.riskHistory.map((r) => [r.risk, r.reason, r.changedBy?.id]), [
      ['green', 'Første risikovurdering', actors.inspectorNord!.id],
      ['yellow', 'Tvivl efter besøg', actors.inspectorNord!.id],
      ['red', 'Magtanvendelser ikke indberettet', actors.managerNord!.id],
      ['yellow', 'Handleplan modtaget', actors.inspectorNord!.id],
    ]);
    const times = d.riskHistory.map((r) => r.changedAt.getTime());
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
    assert.equal(d.risk, 'yellow');
    assert.equal(d.version, 4);
  });
});

describe('visits and follow-up data collection', () => {
  test('visits are unannounced by default; an aborted visit does not count as held', async () => {
    const i = await newInspection();
    const v1 = await addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-03-04' });
    const v2 = await addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-03-18', announced: true });
    assert.equal(v1.announced, false);
    assert.equal(v1.status, 'planned');
    assert.equal(v2.announced, true);
    await recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: v1.id, outcome: 'aborted', note: 'Afbrudt ved ankomst: beboerne var på tur' });
    let d = await getInspection(ctx, actors.inspectorNord!, { inspectionId: i.id });
    assert.equal(d.heldVisits, 0);
    assert.deepEqual(d.visits.map((v) => v.status), ['aborted', 'planned']);
    await recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: v2.id, outcome: 'held' });
    d = await getInspection(ctx, actors.inspectorNord!, { inspectionId: i.id });
    assert.equal(d.heldVisits, 1);
    assert.equal(d.visits[0]!.note, 'Afbrudt ved ankomst: beboerne var på tur');
  });

  test('visit validation: a date is required; an abort needs a note; a visit is recorded once', async () => {
    const i = await newInspection();
    const e = await refusal(addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-02-30' }));
    assert.deepEqual([e.code, fieldsOf(e)], ['invalid', ['plannedOn']]);
    assert.deepEqual(fieldsOf(await refusal(addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '' }))), ['plannedOn']);
    const v = await addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-03-04' });
    assert.deepEqual(fieldsOf(await refusal(recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: v.id, outcome: 'aborted' }))), ['note']);
    assert.deepEqual(fieldsOf(await refusal(recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: v.id, outcome: 'maybe' as never }))), ['outcome']);
    await recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: v.id, outcome: 'held' });
    assert.equal(await outcome(recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: v.id, outcome: 'aborted', note: 'x' })), 'conflict');
    const other = await newInspection();
    assert.equal(await outcome(recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: other.id, visitId: v.id, outcome: 'held' })), 'not_found');
  });

  test('follow-ups name a marker step of the model; the method defaults to the design step', async () => {
    const i = await newInspection();
    const model = ctx.registry.get('tilbud');
    assert.ok(model?.kind === 'binary');
    const marker = model.themes[0]!.criteria[0]!.markers[0]!;
    const f = await addFollowUp(ctx, actors.inspectorNord!, { inspectionId: i.id, markerId: marker.id, stepIndex: 1, note: 'Interview efter afbrudt besøg', collectedOn: '2025-03-10' });
    assert.equal(f.method, marker.investigationDesign[1]!.method);
    const g = await addFollowUp(ctx, actors.inspectorNord!, { inspectionId: i.id, markerId: marker.id, stepIndex: 0, method: 'Telefoninterview' });
    assert.equal(g.method, 'Telefoninterview');
    assert.equal(g.collectedOn, null);
    const d = await getInspection(ctx, actors.inspectorNord!, { inspectionId: i.id });
    assert.deepEqual(d.followUps.map((x) => [x.markerId, x.stepIndex]), [[marker.id, 0], [marker.id, 1]]);
    assert.deepEqual(fieldsOf(await refusal(addFollowUp(ctx, actors.inspectorNord!, { inspectionId: i.id, markerId: '99.x', stepIndex: 0 }))), ['markerId']);
    assert.deepEqual(fieldsOf(await refusal(addFollowUp(ctx, actors.inspectorNord!, { inspectionId: i.id, markerId: marker.id, stepIndex: marker.investigationDesign.length }))), ['stepIndex']);
    assert.deepEqual(fieldsOf(await refusal(addFollowUp(ctx, actors.inspectorNord!, { inspectionId: i.id, markerId: marker.id, stepIndex: Number.NaN }))), ['stepIndex']);
    assert.deepEqual(fieldsOf(await refusal(addFollowUp(ctx, actors.inspectorNord!, { inspectionId: i.id, markerId: marker.id, stepIndex: 0, collectedOn: '2999-01-01' }))), ['collectedOn']);
  });
});

describe('decisions', () => {
  // A fixed day at a month's end: six months after 31 August is 28 February.
  const at = (): ServiceContext => ({ ...ctx, now: () => new Date('2025-08-31T10:00:00Z') });

  test('an injunction without a deadline is refused', async () => {
    const i = await newInspection();
    for (const kind of ['injunction', 'enhanced_supervision_with_injunction'] as const) {
      const e = await refusal(recordDecision(at(), actors.managerNord!, { inspectionId: i.id, kind, ...basis(kind), endsOn: '2025-12-01' }));
      assert.equal(e.code, 'invalid');
      assert.ok(fieldsOf(e).includes('deadline'), kind);
      assert.match(e.fields.find((f) => f.field === 'deadline')!.message, /Frist skal udfyldes/);
    }
    const ok = await recordDecision(at(), actors.managerNord!, { inspectionId: i.id, kind: 'injunction', ...basis('injunction'), deadline: '2025-10-01', note: 'Påbud om medicinhåndtering' });
    assert.equal(ok.deadline, '2025-10-01');
    assert.equal(ok.decidedBy, actors.managerNord!.id);
  });

  test('enhanced supervision lasts at most 6 months from today', async () => {
    const i = await newInspection();
    const tooLong = await refusal(recordDecision(at(), actors.managerNord!, { inspectionId: i.id, kind: 'enhanced_supervision', ...basis('enhanced_supervision'), endsOn: '2026-03-01' }));
    assert.deepEqual([tooLong.code, fieldsOf(tooLong)], ['invalid', ['endsOn']]);
    assert.match(tooLong.fields[0]!.message, /6 måneder/);
    assert.deepEqual(fieldsOf(await refusal(recordDecision(at(), actors.managerNord!, { inspectionId: i.id, kind: 'enhanced_supervision', ...basis('enhanced_supervision') }))), ['endsOn']);
    assert.deepEqual(fieldsOf(await refusal(recordDecision(at(), actors.managerNord!, { inspectionId: i.id, kind: 'enhanced_supervision', ...basis('enhanced_supervision'), endsOn: '2025-08-31' }))), ['endsOn']);
    const both = await refusal(recordDecision(at(), actors.managerNord!, { inspectionId: i.id, kind: 'enhanced_supervision_with_injunction', ...basis('enhanced_supervision_with_injunction'), deadline: '2025-10-01', endsOn: '2026-06-01' }));
    assert.deepEqual(fieldsOf(both), ['endsOn']);
    const ok = await recordDecision(at(), actors.managerNord!, { inspectionId: i.id, kind: 'enhanced_supervision', ...basis('enhanced_supervision'), endsOn: '2026-02-28' });
    assert.equal(ok.endsOn, '2026-02-28');
    // And with the real clock: exactly six months ahead is allowed, one day more is not.
    const today = todayInDenmark(new Date());
    const limit = addMonths(today, 6);
    const dayAfter = new Date(Date.parse(`${limit}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    assert.equal(await outcome(recordDecision(ctx, actors.managerNord!, { inspectionId: i.id, kind: 'enhanced_supervision', ...basis('enhanced_supervision'), endsOn: dayAfter })), 'invalid');
    assert.equal(await outcome(recordDecision(ctx, actors.managerNord!, { inspectionId: i.id, kind: 'enhanced_supervision', ...basis('enhanced_supervision'), endsOn: limit })), 'ok');
  });

  test('the decision must fit the phase, and the list keeps them all', async () => {
    const i = await newInspection();
    assert.deepEqual(fieldsOf(await refusal(recordDecision(ctx, actors.managerNord!, { inspectionId: i.id, kind: 'refusal', ...basis('refusal') }))), ['kind']);
    assert.deepEqual(fieldsOf(await refusal(recordDecision(ctx, actors.managerNord!, { inspectionId: i.id, kind: 'nej' as never, ...basis('nej') }))), ['kind']);
    const approval = await createInspection(ctx, actors.managerNord!, { fosterFamilyId: familyNord, title: 'Godkendelse', phase: 'approval' });
    await recordDecision(ctx, actors.managerNord!, { inspectionId: approval.id, kind: 'approval_with_conditions', ...basis('approval_with_conditions'), note: 'Vilkår om efteruddannelse' });
    const d = await getInspection(ctx, actors.managerNord!, { inspectionId: approval.id });
    assert.deepEqual(d.decisions.map((x) => [x.kind, x.note, x.decidedBy?.id]), [['approval_with_conditions', 'Vilkår om efteruddannelse', actors.managerNord!.id]]);
    assert.deepEqual(d.permissions, { write: true, decide: true, readAudit: true });
  });

  test('an inspector may not decide, even with valid input in the own authority', async () => {
    const i = await newInspection();
    assert.equal(await outcome(recordDecision(ctx, actors.inspectorNord!, { inspectionId: i.id, kind: 'injunction', ...basis('injunction'), deadline: addMonths(todayInDenmark(new Date()), 1) })), 'forbidden');
  });
});

describe('audit trail', () => {
  async function lastAudit(entityId: string) {
    const [row] = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(desc(auditLog.id)).limit(1);
    assert.ok(row, `no audit entry for ${entityId}`);
    return row;
  }

  test('every change is logged with who and before/after', async () => {
    const m = actors.managerNord!;
    const i = await createInspection(ctx, m, { providerId: providerNord, title: 'Revideres', phase: 'operation' });
    const created = await lastAudit(i.id);
    assert.deepEqual([created.action, created.entityType, created.actorId, created.before], ['inspection.create', 'inspection', m.id, null]);
    assert.equal((created.after as { title: string }).title, 'Revideres');

    await updateInspectionStatus(ctx, m, { inspectionId: i.id, status: 'in_progress' });
    const status = await lastAudit(i.id);
    assert.equal(status.action, 'inspection.status');
    assert.deepEqual([(status.before as { status: string }).status, (status.after as { status: string }).status], ['planned', 'in_progress']);
    assert.deepEqual([(status.before as { version: number }).version, (status.after as { version: number }).version], [1, 2]);

    const r = await changeRisk(ctx, m, { inspectionId: i.id, risk: 'red', reason: 'Bekymring' });
    const risk = await lastAudit(r.id);
    assert.deepEqual([risk.action, risk.entityType], ['risk.change', 'risk']);
    assert.equal((risk.before as { risk: string }).risk, 'green');
    assert.deepEqual([(risk.after as { risk: string }).risk, (risk.after as { reason: string }).reason], ['red', 'Bekymring']);

    const v = await addVisit(ctx, m, { inspectionId: i.id, plannedOn: '2025-04-01' });
    const visitCreated = await lastAudit(v.id);
    assert.deepEqual([visitCreated.action, visitCreated.entityType, visitCreated.before], ['visit.create', 'visit', null]);
    await recordVisitOutcome(ctx, m, { inspectionId: i.id, visitId: v.id, outcome: 'aborted', note: 'Ingen borgere hjemme' });
    const visitOutcome = await lastAudit(v.id);
    assert.equal(visitOutcome.action, 'visit.aborted');
    assert.deepEqual([(visitOutcome.before as { status: string }).status, (visitOutcome.after as { status: string }).status], ['planned', 'aborted']);

    const f = await addFollowUp(ctx, m, { inspectionId: i.id, markerId: firstMarker(), stepIndex: 0 });
    const followUp = await lastAudit(f.id);
    assert.deepEqual([followUp.action, followUp.entityType, followUp.before], ['follow_up.create', 'follow_up', null]);
    assert.equal((followUp.after as { markerId: string }).markerId, firstMarker());

    const dec = await recordDecision(ctx, m, { inspectionId: i.id, kind: 'revocation', ...basis('revocation'), note: 'Ophør' });
    const decision = await lastAudit(dec.id);
    assert.deepEqual([decision.action, decision.entityType, decision.before], ['decision.create', 'decision', null]);
    assert.equal((decision.after as { kind: string }).kind, 'revocation');

    // The inspection's trail gathers all of it, oldest first, with the actor's name.
    const trail = await listInspectionAudit(ctx, actors.auditor!, { inspectionId: i.id });
    assert.deepEqual(trail.entries.items.map((e) => e.action), [
      'inspection.create', 'risk.change', 'inspection.status', 'risk.change', 'visit.create', 'visit.aborted', 'follow_up.create', 'decision.create',
    ]);
    assert.ok(trail.entries.items.every((e) => e.actor?.displayName === m.displayName));
    // Nothing from another inspection.
    const other = await newInspection();
    assert.ok(!trail.entries.items.some((e) => e.entityId === other.id));
  });
});

describe('issue 9, item 10: the risk category has consequences', () => {
  const doubtData = () => {
    const model = ctx.registry.get('tilbud');
    assert.ok(model?.kind === 'binary');
    const k1 = model.themes[0]!.criteria[0]!;
    return { markers: {}, criteria: { [k1.id]: { doubt: true, justification: 'Tvivl om målgruppebeskrivelsen.' } } };
  };

  test('yellow: a criterion in doubt needs a widened design and a conclusion before completion', async () => {
    const i = await newInspection();
    await changeRisk(ctx, actors.inspectorNord!, { inspectionId: i.id, risk: 'yellow', reason: 'Tvivl efter underretning.' });
    await updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'in_progress' });
    const visit = await addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: '2025-03-04' });
    await recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: visit.id, outcome: 'held' });
    const model = ctx.registry.get('tilbud')!;
    const [row] = await ctx.db.insert(assessments).values({ inspectionId: i.id, modelId: model.id, modelVersion: model.version, data: doubtData() }).returning();
    const detail = await getInspection(ctx, actors.inspectorNord!, { inspectionId: i.id });
    assert.deepEqual(detail.riskWork.doubts.map((d) => [d.label, d.concluded]), [['kvalitetskriterium 1', false]]);
    const blocked = await refusal(updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'completed' }));
    assert.deepEqual(blocked.fields.map((f) => f.message.slice(0, 30)), ['Der er tvivl om kvalitetskrite', 'Tvivlen om kvalitetskriterium ']);
    assert.deepEqual(fieldsOf(await refusal(addDesignWidening(ctx, actors.inspectorNord!, { inspectionId: i.id, criterionId: 'k99', description: 'x' }))), ['criterionId']);
    await addDesignWidening(ctx, actors.inspectorNord!, { inspectionId: i.id, criterionId: 'k1', description: 'Ekstra interview af to medarbejdere og dokumentanalyse af handleplaner.' });
    const stillOpen = await refusal(updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'completed' }));
    assert.equal(stillOpen.fields.length, 1, 'the doubt is investigated but not yet concluded');
    await ctx.db.update(assessments).set({ data: { markers: {}, criteria: { k1: { doubt: true, result: 'met', justification: 'Afklaret.' } } } }).where(eq(assessments.id, row!.id));
    assert.equal((await updateInspectionStatus(ctx, actors.inspectorNord!, { inspectionId: i.id, status: 'completed' })).status, 'completed');
  });

  test('green: more than one held visit without several departments gives a warning', async () => {
    const i = await newInspection();
    for (const day of ['2025-03-04', '2025-03-11']) {
      const v = await addVisit(ctx, actors.inspectorNord!, { inspectionId: i.id, plannedOn: day });
      await recordVisitOutcome(ctx, actors.inspectorNord!, { inspectionId: i.id, visitId: v.id, outcome: 'held' });
    }
    const detail = await getInspection(ctx, actors.inspectorNord!, { inspectionId: i.id });
    assert.deepEqual(detail.riskWork.warnings.map((w) => w.code), ['green_several_visits']);
  });
});
