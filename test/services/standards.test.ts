// Issue 11: who sees which institution of the regions' model, on the demo data — the region's
// consultant their region, the institution its own, a surveyor only where assigned, an inspector
// only what an institution shares with the authority — and the abilities for one institution, by hand.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { refusedWith } from '../support/refused-with.ts';
import { makeActor } from '../support/fixtures.ts';
import { demoActor as sharedDemoActor } from '../support/demo-actor.ts';
import type { Actor } from '../../src/services/actor.ts';
import { ServiceError } from '../../src/services/service-error.ts';
import { getStandardsOverview } from '../../src/services/standards/get-standards-overview.ts';
import { institutionAbilities, placeAbilities, type InstitutionRecord } from '../../src/services/policies/abilities.ts';
import { auditLog } from '../../src/storage/schema.ts';
import { getTrafficLight } from '../../src/services/standards/get-traffic-light.ts';
import { placeTrafficLightItem } from '../../src/services/standards/place-traffic-light-item.ts';
import { acknowledgeSelfEvaluation, getSelfEvaluation, saveSelfEvaluation } from '../../src/services/standards/self-evaluation.ts';
import { addMonths, todayInDenmark } from '../../src/core/calendar.ts';
import { approveLocalDescription, listLocalDescriptions, writeLocalDescription } from '../../src/services/standards/local-descriptions.ts';

let t: TestServices;
const demoActor = (username: string): Promise<Actor> => sharedDemoActor(t.services, username);
const names = async (actor: Actor) => (await getStandardsOverview(t.services, actor, { at: '2026-12-02' })).map((o) => o.institution.name);

before(async () => {
  t = await createTestServices({ demo: true });
});
after(() => t.close());

test('the overview holds exactly the institutions each role may see', async () => {
  assert.deepEqual(await names(await demoActor('kvalitet-sjaelland')), ['Bocenter Lyngen', 'Specialinstitutionen Fjordhuset'], 'the region consultant: their region');
  assert.deepEqual(await names(await demoActor('institution-leder')), ['Bocenter Lyngen'], 'the institution: its own');
  assert.deepEqual(await names(await demoActor('surveyor-demo')), ['Bocenter Lyngen', 'Specialinstitutionen Fjordhuset'], 'the surveyor: where assigned');
  assert.deepEqual(await names(await makeActor(t.services, 'surveyor')), [], 'another surveyor: nothing');
  assert.deepEqual(await names(await demoActor('inspektoer-midt')), ['Botilbuddet Bøgely'], 'an inspector: only what is shared with their authority');
  assert.deepEqual(await names(await demoActor('inspektoer-oest')), [], 'an inspector of an authority no institution shares with');
  assert.equal((await names(await demoActor('admin'))).length, 4, 'the operator: all');
  for (const username of ['revisor', 'kommune-demo']) {
    await assert.rejects(getStandardsOverview(t.services, await demoActor(username), {}), (e: unknown) => e instanceof ServiceError && e.code === 'forbidden', username);
  }
});

// [read, write, approve, evaluate] for: own institution, another region's, assigned (surveyor) or shared (staff).
const institution = (over: Partial<InstitutionRecord> = {}): InstitutionRecord => ({ providerId: 'i-1', regionId: 'sjaelland', authorityId: 'oest', sharedWithAuthority: false, ...over });
const actor = (role: Actor['role'], over: Partial<Actor> = {}): Actor => ({ id: 'u', username: 'u', displayName: 'U', role, authorityId: null, providerId: null, fosterFamilyId: null, regionId: null, ...over });
const abilities = (a: Actor, i: InstitutionRecord, assigned = false) => Object.values(institutionAbilities(a, i, assigned));

test('institution abilities for every role, written out by hand', () => {
  const consultant = actor('region', { regionId: 'sjaelland' });
  assert.deepEqual(abilities(consultant, institution()), [true, false, true, false], 'region: reads, approves its own region');
  assert.deepEqual(abilities(consultant, institution({ regionId: 'midtjylland' })), [false, false, false, false], 'region: not another region');
  const leader = actor('provider', { providerId: 'i-1' });
  assert.deepEqual(abilities(leader, institution()), [true, true, false, false], 'the institution writes its own');
  assert.deepEqual(abilities(leader, institution({ providerId: 'i-2' })), [false, false, false, false]);
  const surveyor = actor('surveyor');
  assert.deepEqual(abilities(surveyor, institution(), true), [true, false, false, true], 'a surveyor evaluates where assigned');
  assert.deepEqual(abilities(surveyor, institution(), false), [false, false, false, false], 'a surveyor is refused where not assigned');
  const inspector = actor('inspector', { authorityId: 'oest' });
  assert.deepEqual(abilities(inspector, institution()), [false, false, false, false], 'an inspector is refused on an unshared institution');
  assert.deepEqual(abilities(inspector, institution({ sharedWithAuthority: true })), [true, false, false, false], 'and reads a shared one, read-only');
  assert.deepEqual(abilities(actor('inspector', { authorityId: 'nord' }), institution({ sharedWithAuthority: true })), [false, false, false, false], 'not another authority');
  for (const role of ['auditor', 'municipality', 'manager'] as const) assert.deepEqual(abilities(actor(role, { authorityId: role === 'manager' ? 'syd' : null }), institution({ sharedWithAuthority: true })), [false, false, false, false], role);
  assert.deepEqual(abilities(actor('admin'), institution()), [true, false, false, false], 'the operator reads');
});

test('the traffic light: the institution places and moves matters (history kept, audited); others read or are refused', async () => {
  const leader = await demoActor('institution-leder');
  const [lyngen] = await getStandardsOverview(t.services, leader, {});
  const providerId = lyngen!.institution.id;
  const placed = await placeTrafficLightItem(t.services, leader, { providerId, matter: 'Husleje', colour: 'red', agreedOn: '2026-11-20', agreedWith: 'Beboerrådet' });
  await placeTrafficLightItem(t.services, leader, { providerId, unit: 'Hus 2', matter: 'Farven på væggen', colour: 'green', agreedOn: '2026-11-20', agreedWith: 'Husmødet' });
  await placeTrafficLightItem(t.services, leader, { providerId, replaces: placed.id, matter: 'Husleje', colour: 'yellow', agreedOn: '2026-11-27', agreedWith: 'Beboerrådet' });
  await assert.rejects(placeTrafficLightItem(t.services, leader, { providerId, replaces: placed.id, matter: 'Husleje', colour: 'green', agreedOn: '2026-11-28', agreedWith: 'Beboerrådet' }), (e: unknown) => e instanceof ServiceError && e.code === 'conflict', 'a placement already moved');
  await assert.rejects(placeTrafficLightItem(t.services, leader, { providerId, matter: '', colour: 'blue', agreedOn: '2026-02-30', agreedWith: 'x' }), (e: unknown) => {
    assert.ok(e instanceof ServiceError && e.code === 'invalid');
    assert.deepEqual(e.fields.map((f) => f.field).sort(), ['agreedOn', 'colour', 'matter']);
    return true;
  });
  const view = await getTrafficLight(t.services, await demoActor('kvalitet-sjaelland'), providerId);
  assert.deepEqual(view.current.map((i) => [i.matter, i.colour]).sort(), [['Farven på væggen', 'green'], ['Husleje', 'yellow']]);
  assert.deepEqual(view.history.map((i) => [i.matter, i.colour]), [['Husleje', 'red']], 'the old placement is kept');
  assert.equal(view.mayWrite, false, 'the region reads');
  await refusedWith(placeTrafficLightItem(t.services, await demoActor('kvalitet-sjaelland'), { providerId, matter: 'Mad', colour: 'green', agreedOn: '2026-11-20', agreedWith: 'x' }), 'forbidden');
  assert.equal((await getTrafficLight(t.services, await demoActor('surveyor-demo'), providerId)).mayWrite, false, 'the assigned surveyor reads');
  await refusedWith(getTrafficLight(t.services, await makeActor(t.services, 'surveyor'), providerId), 'forbidden');
  await refusedWith(getTrafficLight(t.services, await demoActor('inspektoer-oest'), providerId), 'forbidden');
  await refusedWith(getTrafficLight(t.services, await demoActor('kvalitet-sjaelland'), '00000000-0000-0000-0000-000000000000'), 'not_found');
  const audit = await t.services.db.select().from(auditLog).where(eq(auditLog.entityType, 'traffic_light'));
  assert.deepEqual(audit.map((a) => a.action).sort(), ['traffic_light.move', 'traffic_light.place', 'traffic_light.place']);
});


test('the self-evaluation: the institution drafts and submits (every standard answered), the region acknowledges, the next is due a year later', async () => {
  const leader = await demoActor('institution-leder');
  const consultant = await demoActor('kvalitet-sjaelland');
  const providerId = (await getStandardsOverview(t.services, leader, {}))[0]!.institution.id;
  const entry = (n: number) => ({ position: `Vi har skrevet ${n} vejledninger.`, distance: 'Et halvt år.', gaps: 'Nye medarbejdere kender dem ikke.', action: 'Punkt på introduktionen.', actionOwner: 'Lederen', actionDeadline: '2027-03-01' });
  const model = (await getSelfEvaluation(t.services, leader, providerId)).model;
  const some = Object.fromEntries(model.standards.slice(0, 2).map((s, n) => [s.id, entry(n)]));
  const draft = await saveSelfEvaluation(t.services, leader, { providerId, entries: some });
  assert.equal(draft.status, 'draft');
  await assert.rejects(saveSelfEvaluation(t.services, leader, { providerId, entries: some, submit: true }), (e: unknown) => {
    assert.ok(e instanceof ServiceError && e.code === 'invalid');
    assert.equal(e.fields.length, 12, 'three fields of each of the four unanswered standards');
    assert.match(e.fields[0]!.message, /skal udfyldes, før selvevalueringen indsendes/);
    return true;
  });
  await refusedWith(saveSelfEvaluation(t.services, consultant, { providerId, entries: some }), 'forbidden');
  const all = Object.fromEntries(model.standards.map((s, n) => [s.id, entry(n)]));
  const submitted = await saveSelfEvaluation(t.services, leader, { providerId, entries: all, submit: true });
  assert.equal(submitted.status, 'submitted');
  const today = todayInDenmark(t.services.now());
  const after = (await getStandardsOverview(t.services, consultant, { at: today })).find((o) => o.institution.id === providerId)!;
  assert.deepEqual([after.standards[0]!.lastSelfEvaluation, after.standards[0]!.nextSelfEvaluationDue], [today, addMonths(today, 12)]);
  await refusedWith(acknowledgeSelfEvaluation(t.services, leader, { providerId, selfEvaluationId: submitted.id }), 'forbidden');
  await acknowledgeSelfEvaluation(t.services, consultant, { providerId, selfEvaluationId: submitted.id });
  await refusedWith(acknowledgeSelfEvaluation(t.services, consultant, { providerId, selfEvaluationId: submitted.id }), 'conflict');
  await refusedWith(acknowledgeSelfEvaluation(t.services, consultant, { providerId, selfEvaluationId: 'x' }), 'not_found');
  const view = await getSelfEvaluation(t.services, consultant, providerId);
  assert.equal(view.earlier[0]!.status, 'acknowledged');
  assert.equal(view.draft, null);
  await refusedWith(getSelfEvaluation(t.services, { ...consultant, regionId: 'midtjylland' }, providerId), 'forbidden');
});

test('local descriptions: the institution writes versions, the region approves; an unapproved draft is rewritten in place', async () => {
  const leader = await demoActor('institution-leder');
  const consultant = await demoActor('kvalitet-sjaelland');
  const providerId = (await getStandardsOverview(t.services, leader, {}))[0]!.institution.id;
  const v1 = await writeLocalDescription(t.services, leader, { providerId, standardId: 'kommunikation', text: 'Vi afdækker hver beboers kommunikation ved indflytning.' });
  const again = await writeLocalDescription(t.services, leader, { providerId, standardId: 'kommunikation', text: 'Vi afdækker hver beboers kommunikation ved indflytning og hvert år.' });
  assert.deepEqual([again.id, again.version], [v1.id, 1], 'the draft is rewritten, not a new version');
  await refusedWith(writeLocalDescription(t.services, consultant, { providerId, standardId: 'kommunikation', text: 'x' }), 'forbidden');
  await refusedWith(approveLocalDescription(t.services, leader, { providerId, descriptionId: v1.id }), 'forbidden');
  await approveLocalDescription(t.services, consultant, { providerId, descriptionId: v1.id });
  await refusedWith(approveLocalDescription(t.services, consultant, { providerId, descriptionId: v1.id }), 'conflict');
  const v2 = await writeLocalDescription(t.services, leader, { providerId, standardId: 'kommunikation', text: 'Version to.' });
  assert.equal(v2.version, 2, 'after approval a new version');
  await assert.rejects(writeLocalDescription(t.services, leader, { providerId, standardId: 'findes-ikke', text: 'x' }), (e: unknown) => e instanceof ServiceError && e.code === 'invalid');
  const list = await listLocalDescriptions(t.services, consultant, providerId);
  assert.deepEqual(list.descriptions.map((d) => [d.version, d.status]), [[2, 'draft'], [1, 'approved']]);
  await refusedWith(listLocalDescriptions(t.services, await demoActor('inspektoer-oest'), providerId), 'forbidden');
});

test('the auditor, a municipality, another region and an unassigned surveyor reach none of an institution\'s pages', async () => {
  const providerId = (await getStandardsOverview(t.services, await demoActor('institution-leder'), {}))[0]!.institution.id;
  const outsiders = [await demoActor('revisor'), await demoActor('kommune-demo'), await makeActor(t.services, 'region', { regionId: 'midtjylland' }), await makeActor(t.services, 'surveyor'), await demoActor('tilbud-demo')];
  for (const actor of outsiders) {
    for (const read of [getTrafficLight, getSelfEvaluation, listLocalDescriptions]) await refusedWith(read(t.services, actor, providerId), 'forbidden');
    await refusedWith(placeTrafficLightItem(t.services, actor, { providerId, matter: 'Mad', colour: 'green', agreedOn: '2026-11-20', agreedWith: 'Husmødet' }), 'forbidden');
    await refusedWith(writeLocalDescription(t.services, actor, { providerId, standardId: 'kommunikation', text: 'x' }), 'forbidden');
  }
});

test('the menu entry of the regions\' model: the region, the surveyor and an institution a region operates', () => {
  const entry = (a: Actor) => placeAbilities(a).standards;
  assert.deepEqual(
    [entry(actor('region', { regionId: 'sjaelland' })), entry(actor('surveyor')), entry(actor('provider', { providerId: 'i-1', regionId: 'sjaelland' })), entry(actor('provider', { providerId: 'p-1' }))],
    [true, true, true, false],
  );
  for (const role of ['admin', 'inspector', 'manager', 'auditor', 'municipality'] as const) assert.equal(entry(actor(role, { authorityId: 'oest' })), false, role);
});
