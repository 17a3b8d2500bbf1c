// Issue 11: the external evaluation end to end in the services — the region plans and assigns, only
// the assigned surveyor records findings (a surveyor assigned elsewhere is refused), the draft needs
// every standard found on and justified, the institution comments once, the surveyor makes it final,
// the overview's next external evaluation moves three years on, and the region follows up on actions.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { refusedWith } from '../support/refused-with.ts';
import { makeActor } from '../support/fixtures.ts';
import { demoActor } from '../support/demo-actor.ts';
import { getStandardsOverview } from '../../src/services/standards/get-standards-overview.ts';
import {
  addEvaluationAction, commentOnDraft, completeEvaluationAction, finaliseEvaluation, getExternalEvaluation, getExternalEvaluations, planExternalEvaluation, recordFindings,
} from '../../src/services/standards/external-evaluation.ts';
import { addMonths, todayInDenmark } from '../../src/core/calendar.ts';
import { auditLog, providers } from '../../src/storage/schema.ts';
import { catalogAbilities, externalEvaluationAbilities, regionExampleAbilities } from '../../src/services/policies/abilities.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ExternalEvaluationStatus } from '../../src/core/vocabulary.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices({ demo: true });
});
after(() => t.close());


test('plan, record, send, comment, finalise, follow up — each by its own role only', async () => {
  const [egebakken] = await t.services.db.select().from(providers).where(eq(providers.name, 'Bostedet Egebakken'));
  const providerId = egebakken!.id;
  const consultant = await makeActor(t.services, 'region', { regionId: 'midtjylland' });
  const leader = await makeActor(t.services, 'provider', { providerId, regionId: 'midtjylland' });
  const surveyor = await makeActor(t.services, 'surveyor');
  const elsewhere = await demoActor(t.services, 'surveyor-demo');
  const otherRegion = await demoActor(t.services, 'kvalitet-sjaelland');

  await refusedWith(planExternalEvaluation(t.services, leader, { providerId, plannedOn: '2027-01-15', surveyorIds: [surveyor.id] }), 'forbidden');
  await refusedWith(planExternalEvaluation(t.services, otherRegion, { providerId, plannedOn: '2027-01-15', surveyorIds: [surveyor.id] }), 'forbidden');
  await refusedWith(planExternalEvaluation(t.services, consultant, { providerId, plannedOn: '2027-01-15', surveyorIds: [leader.id] }), 'invalid', 'surveyorIds');
  await refusedWith(planExternalEvaluation(t.services, consultant, { providerId, plannedOn: '2027-13-01', surveyorIds: [] }), 'invalid', 'plannedOn');
  const { id: evaluationId } = await planExternalEvaluation(t.services, consultant, { providerId, plannedOn: '2027-01-15', surveyorIds: [surveyor.id] });
  await refusedWith(planExternalEvaluation(t.services, consultant, { providerId, plannedOn: '2027-02-15', surveyorIds: [surveyor.id] }), 'conflict');
  assert.equal((await getExternalEvaluations(t.services, consultant, providerId)).mayPlan, false, 'one open evaluation at a time');

  const ids = { providerId, evaluationId };
  await refusedWith(getExternalEvaluation(t.services, elsewhere, ids), 'forbidden');
  await refusedWith(recordFindings(t.services, elsewhere, { ...ids, version: 1, findings: {}, report: '' }), 'forbidden');
  const model = (await getExternalEvaluation(t.services, surveyor, ids)).model;
  const some = { kommunikation: { finding: 'partly', justification: 'Vejledningen er ikke kendt af nattevagterne.' } };
  await recordFindings(t.services, surveyor, { ...ids, version: 1, findings: some, report: '' });
  await refusedWith(recordFindings(t.services, surveyor, { ...ids, version: 1, findings: some, report: '' }), 'conflict');
  await refusedWith(recordFindings(t.services, surveyor, { ...ids, version: 2, findings: some, report: '', send: true }), 'invalid', 'report');
  const leaderView = await getExternalEvaluation(t.services, leader, ids);
  assert.deepEqual([leaderView.evaluation.findings, leaderView.evaluation.report], [[], ''], 'the institution sees no working notes before the draft');

  const all = Object.fromEntries(model.standards.map((s) => [s.id, { finding: s.id === 'kommunikation' ? 'partly' : 'fulfilled', justification: `Begrundelse for ${s.title}.` }]));
  await recordFindings(t.services, surveyor, { ...ids, version: 2, findings: all, report: 'Institutionen lever i høj grad op til standarderne.', send: true });
  await refusedWith(recordFindings(t.services, surveyor, { ...ids, version: 3, findings: all, report: 'x' }), 'forbidden', undefined);
  await refusedWith(finaliseEvaluation(t.services, surveyor, ids), 'forbidden');
  const draft = await getExternalEvaluation(t.services, leader, ids);
  assert.equal(draft.evaluation.findings.length, 6);
  assert.equal(draft.evaluation.abilities.comment, true);
  await refusedWith(commentOnDraft(t.services, consultant, { ...ids, comment: 'x' }), 'forbidden');
  await commentOnDraft(t.services, leader, { ...ids, comment: 'Nattevagterne er nu introduceret.' });
  await refusedWith(commentOnDraft(t.services, leader, { ...ids, comment: 'igen' }), 'forbidden');
  await refusedWith(finaliseEvaluation(t.services, elsewhere, ids), 'forbidden');
  await finaliseEvaluation(t.services, surveyor, ids);

  const today = todayInDenmark(t.services.now());
  const overview = (await getStandardsOverview(t.services, consultant, { at: today })).find((o) => o.institution.id === providerId)!;
  for (const s of overview.standards) assert.deepEqual([s.lastExternalEvaluation, s.nextExternalEvaluationDue, s.overdue.includes('external_evaluation')], [today, addMonths(today, 36), false], s.id);

  await refusedWith(addEvaluationAction(t.services, leader, { ...ids, standardId: 'kommunikation', action: 'Introduktion for nattevagter', owner: 'Lederen', deadline: '2027-03-01' }), 'forbidden');
  await refusedWith(addEvaluationAction(t.services, consultant, { ...ids, standardId: 'x', action: '', owner: 'Lederen', deadline: '2027-03-01' }), 'invalid', 'action');
  const action = await addEvaluationAction(t.services, consultant, { ...ids, standardId: 'kommunikation', action: 'Introduktion for nattevagter', owner: 'Lederen', deadline: '2027-03-01' });
  await completeEvaluationAction(t.services, consultant, { ...ids, actionId: action.id });
  await refusedWith(completeEvaluationAction(t.services, consultant, { ...ids, actionId: action.id }), 'conflict');
  const final = await getExternalEvaluation(t.services, await demoActor(t.services, 'admin'), ids);
  assert.deepEqual([final.evaluation.status, final.evaluation.institutionComment, final.evaluation.actions[0]!.doneOn], ['final', 'Nattevagterne er nu introduceret.', today]);
  assert.equal((await getExternalEvaluations(t.services, consultant, providerId)).mayPlan, true, 'the next one can be planned');
  const audit = (await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, evaluationId))).map((a) => a.action).sort();
  assert.deepEqual(audit, ['external_evaluation.add_action', 'external_evaluation.comment', 'external_evaluation.complete_action', 'external_evaluation.finalise', 'external_evaluation.plan', 'external_evaluation.record', 'external_evaluation.send_draft']);
});

test('external-evaluation abilities for every role and status, written out by hand', () => {
  const institution = { providerId: 'i-1', regionId: 'sjaelland', authorityId: 'oest', sharedWithAuthority: true };
  const actor = (role: Actor['role'], over: Partial<Actor> = {}): Actor => ({ id: 'u', username: 'u', displayName: 'U', role, authorityId: null, providerId: null, fosterFamilyId: null, regionId: null, ...over });
  // [read, record, comment, finalise, followUp]
  const on = (a: Actor, status: ExternalEvaluationStatus, commented = false, surveyorIds = ['s-1']) => Object.values(externalEvaluationAbilities(a, institution, { status, surveyorIds, commented }));
  const consultant = actor('region', { regionId: 'sjaelland' });
  assert.deepEqual(on(consultant, 'planned'), [true, false, false, false, false], 'the region reads it while it runs');
  assert.deepEqual(on(consultant, 'final'), [true, false, false, false, true], 'and follows up once final');
  assert.deepEqual(on(actor('region', { regionId: 'midtjylland' }), 'final'), [false, false, false, false, false], 'not another region');
  const surveyor = actor('surveyor', { id: 's-1' });
  assert.deepEqual(on(surveyor, 'in_progress'), [true, true, false, false, false], 'the assigned surveyor records');
  assert.deepEqual(on(surveyor, 'draft'), [true, false, false, false, false], 'not after sending the draft');
  assert.deepEqual(on(surveyor, 'draft', true), [true, false, false, true, false], 'and finalises once the institution has answered');
  assert.deepEqual(on(actor('surveyor', { id: 's-2' }), 'in_progress'), [false, false, false, false, false], 'a surveyor not assigned to it is refused');
  const leader = actor('provider', { providerId: 'i-1', regionId: 'sjaelland' });
  assert.deepEqual(on(leader, 'in_progress'), [false, false, false, false, false], 'the institution sees no working notes');
  assert.deepEqual(on(leader, 'draft'), [true, false, true, false, false], 'it comments on the draft');
  assert.deepEqual(on(leader, 'draft', true), [true, false, false, false, false], 'once');
  const inspector = actor('inspector', { authorityId: 'oest' });
  assert.deepEqual([on(inspector, 'draft')[0], on(inspector, 'final')[0]], [false, true], 'a shared institution\'s report: read by its authority when final');
  for (const role of ['auditor', 'municipality'] as const) assert.deepEqual(on(actor(role), 'final'), [false, false, false, false, false], role);
  assert.deepEqual(on(actor('admin'), 'final'), [true, false, false, false, false], 'the operator reads');
  // Shared examples: the region and its institutions; catalog uploads: the operator only.
  assert.deepEqual([regionExampleAbilities(consultant, 'sjaelland').read, regionExampleAbilities(leader, 'sjaelland').read, regionExampleAbilities(leader, 'midtjylland').read, regionExampleAbilities(surveyor, 'sjaelland').read, regionExampleAbilities(inspector, 'sjaelland').read], [true, true, false, false, false]);
  assert.deepEqual((['admin', 'inspector', 'manager', 'auditor', 'region', 'provider', 'surveyor', 'municipality'] as const).map((r) => catalogAbilities(actor(r, { authorityId: r === 'inspector' || r === 'manager' ? 'oest' : null })).upload), [true, false, false, false, false, false, false, false]);
});
