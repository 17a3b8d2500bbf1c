// Issue 13: calibration rounds — who may create, read, answer, close and discuss (every role); blind
// answers (no one sees another's answer or the distribution before closing, the owner included);
// answers changeable until closed and then fixed; the personal-data guard on the case; the results
// and the history; and every change in the audit log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor, makeActors, seedAuthorities } from '../support/fixtures.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { ServiceError, type ServiceErrorCode } from '../../src/services/service-error.ts';
import { createRound } from '../../src/services/calibration/create-round.ts';
import { getRound } from '../../src/services/calibration/get-round.ts';
import { answerRound } from '../../src/services/calibration/answer-round.ts';
import { closeRound } from '../../src/services/calibration/close-round.ts';
import { recordDiscussion } from '../../src/services/calibration/record-discussion.ts';
import { listRounds } from '../../src/services/calibration/list-rounds.ts';
import { getCalibrationHistory } from '../../src/services/calibration/get-calibration-history.ts';
import { getRoundAttachment } from '../../src/services/calibration/get-attachment.ts';
import { getRoundForm } from '../../src/services/calibration/get-round-form.ts';
import { auditLog } from '../../src/storage/schema.ts';

let t: TestServices;
let s: ServiceContext;
let a: Awaited<ReturnType<typeof makeActors>>;
let nord2: Actor;
let syd2: Actor;
let provider: Actor;
let region: Actor;
let surveyor: Actor;
const ITEMS = ['1.a', '1.b', '2.a'];

async function expectError(code: ServiceErrorCode, run: () => Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(run, (e: unknown) => e instanceof ServiceError && e.code === code, message);
}

before(async () => {
  t = await createTestServices();
  s = { ...t.services, now: () => new Date('2026-06-01T10:00:00Z') };
  await seedAuthorities(s);
  a = await makeActors(s);
  nord2 = await makeActor(s, 'inspector', { authorityId: 'nord' });
  syd2 = await makeActor(s, 'inspector', { authorityId: 'syd' });
  provider = await makeActor(s, 'provider');
  region = await makeActor(s, 'region', { regionId: 'sjaelland' });
  surveyor = await makeActor(s, 'surveyor');
});
after(() => t.close());

const base = (inviteeIds: string[]) => ({ title: 'Kalibrering af tema 1', modelId: 'tilbud-2017', itemIds: ITEMS, caseText: 'Et anonymiseret botilbud for voksne.', deadline: '2026-06-30', inviteeIds });

test('who may create a round and whom they may invite', async () => {
  for (const actor of [a.inspectorNord, a.municipality, a.admin, provider, region, surveyor]) await expectError('forbidden', () => createRound(s, actor, base([a.inspectorNord.id, nord2.id])), `${actor.role} may not create`);
  await expectError('invalid', () => createRound(s, a.managerNord, base([a.inspectorNord.id, a.inspectorSyd.id])), 'a manager invites only their own authority');
  await expectError('invalid', () => createRound(s, a.auditor, base([a.inspectorNord.id])), 'two inspectors at least');
  await expectError('invalid', () => createRound(s, a.auditor, base([a.inspectorNord.id, a.managerNord.id])), 'only inspectors are invited');
  await expectError('invalid', () => createRound(s, a.auditor, { ...base([a.inspectorNord.id, nord2.id]), itemIds: ['nope'] }), 'items of the model');
  await expectError('invalid', () => createRound(s, a.auditor, { ...base([a.inspectorNord.id, nord2.id]), deadline: '2026-05-01' }), 'no deadline in the past');
  const form = await getRoundForm(s, a.managerNord);
  assert.deepEqual([...new Set(form.inspectors.map((i) => i.authorityId))], ['nord'], 'the manager\'s form offers their own inspectors');
  assert.ok(form.models.some((m) => m.id === 'tilbud-2017' && m.items.some((i) => i.id === '1.a' && i.kind === 'indicator')));
  assert.ok((await getRoundForm(s, a.auditor)).inspectors.some((i) => i.authorityId === 'syd'), 'the auditor\'s form offers every authority');
});

test('the case is anonymised: a CPR number, e-mail or phone in the text or a text file is refused, nothing stored', async () => {
  const before = (await listRounds(s, a.auditor)).total;
  await assert.rejects(createRound(s, a.auditor, { ...base([a.inspectorNord.id, nord2.id]), caseText: 'Borgeren (010190-1234) bor i bofællesskab.' }), (e: unknown) => e instanceof ServiceError && e.fields?.[0]?.field === 'caseText' && /CPR-nummer/.test(e.fields[0].message) && !e.message.includes('1234'));
  await assert.rejects(createRound(s, a.auditor, { ...base([a.inspectorNord.id, nord2.id]), attachments: [{ name: 'sag.txt', data: new TextEncoder().encode('Ring på 20 30 40 50.') }] }), (e: unknown) => e instanceof ServiceError && e.fields?.[0]?.field === 'attachments');
  assert.equal((await listRounds(s, a.auditor)).total, before, 'nothing stored');
});

test('blind: before closing nobody sees another\'s answers or the distribution; answers change until closed', async () => {
  const { id } = await createRound(s, a.auditor, { ...base([a.inspectorNord.id, nord2.id, a.inspectorSyd.id]), attachments: [{ name: 'sag.txt', data: new TextEncoder().encode('Uddrag af sagen.') }, { name: 'notat.txt', data: new TextEncoder().encode('Et notat.') }] });
  await answerRound(s, a.inspectorNord, { roundId: id, answers: { '1.a': { value: '4', reason: 'Borgerne har mål.' }, '1.b': { value: '3', reason: 'Delvis beskæftigelse.' }, '2.a': { value: '5', reason: 'Fast struktur.' } } });
  await answerRound(s, nord2, { roundId: id, answers: { '1.a': { value: '4', reason: 'Mål i planen.' }, '1.b': { value: '3', reason: 'Nogle i job.' }, '2.a': { value: '5', reason: 'Tydelig.' } } });
  await expectError('invalid', () => answerRound(s, a.inspectorSyd, { roundId: id, answers: { '1.a': { value: '4', reason: '' } } }), 'a reason with every answer');
  await expectError('invalid', () => answerRound(s, a.inspectorSyd, { roundId: id, answers: { '1.a': { value: '7', reason: 'x' } } }), 'an answer from the scale');
  await answerRound(s, a.inspectorSyd, { roundId: id, answers: { '1.a': { value: '2', reason: 'Først.' } } });
  await answerRound(s, a.inspectorSyd, { roundId: id, answers: { '1.a': { value: '4', reason: 'Ændret.' }, '1.b': { value: '3', reason: 'Ja.' }, '2.a': { value: '5', reason: 'Ja.' } } });

  const seenBySyd = await getRound(s, a.inspectorSyd, id);
  assert.deepEqual(Object.keys(seenBySyd.myAnswers ?? {}).sort(), ITEMS, 'their own answers');
  assert.equal(seenBySyd.myAnswers?.['1.a']?.value, '4', 'the changed answer');
  assert.equal(seenBySyd.results, null, 'no results before closing');
  assert.equal(seenBySyd.invited, null, 'an inspector does not see who else takes part');
  const seenByOwner = await getRound(s, a.auditor, id);
  assert.equal(seenByOwner.results, null, 'not even the owner sees the answers before closing');
  assert.equal(seenByOwner.myAnswers, null);
  assert.equal(seenByOwner.answeredAll, 3, 'the owner sees how many have answered');
  assert.equal((await getRound(s, a.managerNord, id)).results, null, 'nor the managers');
  assert.deepEqual(seenBySyd.attachments.map((f) => f.fileName).sort(), ['notat.txt', 'sag.txt'], 'both files');
  const sag = seenBySyd.attachments.find((f) => f.fileName === 'sag.txt')!;
  assert.equal(new TextDecoder().decode((await getRoundAttachment(s, a.inspectorNord, id, sag.id)).data), 'Uddrag af sagen.');
  for (const actor of [a.municipality, a.admin, provider, region, surveyor]) await expectError('forbidden', () => getRoundAttachment(s, actor, id, sag.id), `${actor.role} may not fetch the case's file`);
  const audit = await s.db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.entityId, id));
  assert.ok(!JSON.stringify(audit).includes('Borgerne har mål'), 'the audit trail does not open the answers');

  await expectError('forbidden', () => closeRound(s, a.managerNord, id), 'only the owner closes');
  await closeRound(s, a.auditor, id);
  await expectError('forbidden', () => answerRound(s, a.inspectorNord, { roundId: id, answers: { '1.a': { value: '1', reason: 'Sent.' } } }), 'closed: answers are fixed');
  const results = (await getRound(s, a.auditor, id)).results!;
  assert.equal(results.overall.alpha, 1, 'all agree');
  assert.equal(results.overall.band, 'reliable');
  assert.deepEqual(results.items[0]!.distribution.find((d) => d.value === '4')?.count, 3);
  assert.equal(results.inspectors.length, 3, 'the owner sees every deviation');
  const own = (await getRound(s, a.inspectorSyd, id)).results!;
  assert.deepEqual(own.inspectors.map((i) => i.userId), [a.inspectorSyd.id], 'an inspector sees their own deviation only');
  assert.equal(own.items[0]!.reasons.length, 3, 'the reasons side by side');
  assert.ok((await getRound(s, a.managerSyd, id)).results, 'a manager of an authority that took part reads the results');

  await expectError('forbidden', () => recordDiscussion(s, a.managerNord, { roundId: id, itemId: '1.a', note: 'Drøftet.' }), 'only the owner records the discussion');
  await recordDiscussion(s, a.auditor, { roundId: id, itemId: '1.a', note: 'Enige om 4.', agreedValue: '4' });
  assert.deepEqual((await getRound(s, a.inspectorNord, id)).discussions, [{ itemId: '1.a', note: 'Enige om 4.', agreedValue: '4' }]);
  assert.ok(audit.length >= 4 || (await s.db.select().from(auditLog).where(eq(auditLog.entityId, id))).length >= 6, 'create, answers, close and discussion are in the audit log');
});

test('reading a round: every role', async () => {
  const { id } = await createRound(s, a.managerNord, base([a.inspectorNord.id, nord2.id]));
  for (const actor of [a.managerNord, a.inspectorNord, nord2, a.auditor]) assert.ok(await getRound(s, actor, id), `${actor.role} reads`);
  for (const actor of [a.inspectorSyd, a.managerSyd, a.municipality, a.admin, provider, syd2, region, surveyor]) await expectError('forbidden', () => getRound(s, actor, id), `${actor.role} of another place may not read`);
  await expectError('forbidden', () => answerRound(s, a.auditor, { roundId: id, answers: {} }), 'the auditor does not answer');
  await assert.rejects(answerRound(s, a.inspectorNord, { roundId: id, answers: { '1.a': { value: '4', reason: 'Lederen kan nås på 20 30 40 50.' } } }), (e: unknown) => e instanceof ServiceError && e.fields?.[0]?.field === 'reason:1.a', 'no personal data in a reason');
  await expectError('forbidden', () => closeRound(s, a.auditor, id), 'the auditor closes only rounds they own');
  const listed = async (actor: Actor) => (await listRounds(s, actor)).items.some((r) => r.id === id);
  assert.deepEqual(await Promise.all([a.managerNord, a.inspectorNord, a.auditor, a.managerSyd, a.inspectorSyd, a.municipality, a.admin, provider, region, surveyor].map(listed)), [true, true, true, false, false, false, false, false, false, false]);
});

test('history: alpha per round, per authority and per item; for the auditor and the managers', async () => {
  const { id } = await createRound(s, a.auditor, base([a.inspectorNord.id, nord2.id, a.inspectorSyd.id, syd2.id]));
  const answer = (actor: Actor, v: string[]) => answerRound(s, actor, { roundId: id, answers: Object.fromEntries(ITEMS.map((item, i) => [item, { value: v[i]!, reason: 'Begrundet.' }])) });
  await answer(a.inspectorNord, ['5', '3', '1']);
  await answer(nord2, ['5', '3', '1']);
  await answer(a.inspectorSyd, ['1', '3', '5']);
  await answer(syd2, ['2', '3', '4']);
  await closeRound(s, a.auditor, id);
  const history = await getCalibrationHistory(s, a.auditor);
  const round = history.rounds.find((r) => r.id === id)!;
  assert.equal(round.byAuthority.nord, 1, 'Nord agreed among themselves');
  assert.ok(round.alpha! < 0.667 && round.band === 'unreliable', 'across authorities they did not');
  assert.ok(history.items.some((i) => i.item.id === '1.a' && i.rounds >= 2), 'an item over the rounds that asked it');
  const managers = await getCalibrationHistory(s, a.managerSyd);
  assert.deepEqual(managers.authorities, ['syd'], 'a manager sees their own authority beside the overall alpha');
  await expectError('forbidden', () => getCalibrationHistory(s, a.inspectorNord), 'not for inspectors');
  for (const actor of [a.municipality, a.admin, provider, region, surveyor]) await expectError('forbidden', () => getCalibrationHistory(s, actor), `not for ${actor.role}`);
});
