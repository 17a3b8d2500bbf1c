// Issue 11: the work lists of the regions' model — overdue first, then by date, only what the actor
// may see — on the demo data and after the institution adds work that falls due.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor } from '../support/fixtures.ts';
import { demoActor } from '../support/demo-actor.ts';
import { getWorkList } from '../../src/services/standards/get-work-list.ts';
import { addGuidingDocument } from '../../src/services/standards/steps.ts';
import { writeLocalDescription } from '../../src/services/standards/local-descriptions.ts';
import { workList } from '../../src/core/kinds/standards/work-list.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices({ demo: true });
});
after(() => t.close());

const at = '2026-12-02';
const rows = async (username: string) => (await getWorkList(t.services, await demoActor(t.services, username), { at })).items.map((i) => [i.institution.name, i.kind, i.subject, i.due, i.overdue]);

test('the order: overdue first, then by date, undated waiting items after the dated ones; beyond 90 days left out', () => {
  const i = (name: string, due: string | null) => ({ institution: { id: name, name }, kind: 'document_review' as const, subject: name, due });
  assert.deepEqual(workList([i('later', '2027-01-10'), i('far', '2027-06-01'), i('waiting', null), i('late', '2026-11-01'), i('soon', '2026-12-10'), i('latest', '2026-12-01')], at).map((x) => x.subject), ['late', 'latest', 'soon', 'later', 'waiting']);
});

test('the region sees its institutions\' deadlines, the institution its own, with its new work', async () => {
  assert.deepEqual(await rows('kvalitet-sjaelland'), [
    ['Bocenter Lyngen', 'external_evaluation', '', '2026-01-16', true],
    ['Bocenter Lyngen', 'self_evaluation', '', '2027-02-02', false],
  ]);
  const midt = await makeActor(t.services, 'region', { regionId: 'midtjylland' });
  assert.deepEqual((await getWorkList(t.services, midt, { at })).items.map((i) => [i.institution.name, i.kind, i.overdue]), [['Botilbuddet Bøgely', 'self_evaluation', true]]);

  const leader = await demoActor(t.services, 'institution-leder');
  const providerId = (await getWorkList(t.services, leader, { at })).overview[0]!.institution.id;
  await addGuidingDocument(t.services, leader, { providerId, standardId: 'ledelse', title: 'Instruks om vagtplan', kind: 'instruks', link: 'https://intranet.example/vagt', owner: 'Lederen', reviewOn: '2026-12-20' });
  await addGuidingDocument(t.services, leader, { providerId, standardId: 'ledelse', title: 'Revideres om et år', kind: 'instruks', link: 'https://intranet.example/aar', owner: 'Lederen', reviewOn: '2027-12-20' });
  await writeLocalDescription(t.services, leader, { providerId, standardId: 'ledelse', text: 'Sådan leder vi.' });
  assert.deepEqual(await rows('institution-leder'), [
    ['Bocenter Lyngen', 'external_evaluation', '', '2026-01-16', true],
    ['Bocenter Lyngen', 'document_review', 'Instruks om vagtplan', '2026-12-20', false],
    ['Bocenter Lyngen', 'self_evaluation', '', '2027-02-02', false],
    ['Bocenter Lyngen', 'description_approval', 'Ledelse', null, false],
  ]);
  assert.deepEqual(await rows('inspektoer-oest'), [], 'an inspector sees no unshared institution');
});
