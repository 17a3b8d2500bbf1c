// Issue 11: the steps of a standard with their evidence — guiding documents (file or link, checked),
// how they are known and used — the rule that a step is fulfilled only with evidence and after the
// step before it, and the examples shared with the region's other institutions.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { refusedWith } from '../support/refused-with.ts';
import { makeActor } from '../support/fixtures.ts';
import { demoActor } from '../support/demo-actor.ts';
import { getStandardsOverview } from '../../src/services/standards/get-standards-overview.ts';
import { addGuidingDocument, addStepEvidence, getGuidingDocumentFile, getSteps, listGuidingExamples, setStepStatuses } from '../../src/services/standards/steps.ts';
import { auditLog, providers } from '../../src/storage/schema.ts';
import { stepProblems } from '../../src/core/kinds/standards/step-rules.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices({ demo: true });
});
after(() => t.close());

const pdf = new TextEncoder().encode('%PDF-1.4\n% en vejledning\n');

test('the step rule: fulfilled only with evidence and after every step before it', () => {
  const s = (entries: [number, 'not_started' | 'in_progress' | 'fulfilled'][]) => new Map(entries);
  assert.deepEqual(stepProblems([1, 2], s([[1, 'fulfilled'], [2, 'fulfilled']]), new Map([[1, 1], [2, 1]])), []);
  assert.deepEqual(stepProblems([1, 2], s([[2, 'fulfilled']]), new Map([[2, 1]])), [{ step: 2, problem: 'previous_not_fulfilled', previous: 1 }]);
  assert.deepEqual(stepProblems([1, 2], s([[1, 'fulfilled']]), new Map()), [{ step: 1, problem: 'no_evidence' }]);
  assert.deepEqual(stepProblems([1, 2], s([[1, 'in_progress'], [2, 'not_started']]), new Map()), [], 'not fulfilled needs nothing');
});

test('the institution registers documents and evidence and fulfils its steps in order; the region reads', async () => {
  // Bostedet Egebakken (Midtjylland) has no work yet.
  const [egebakken] = await t.services.db.select().from(providers).where(eq(providers.name, 'Bostedet Egebakken'));
  const providerId = egebakken!.id;
  const leader = await makeActor(t.services, 'provider', { providerId, regionId: 'midtjylland' });
  const consultant = await makeActor(t.services, 'region', { regionId: 'midtjylland' });
  const standardId = 'kommunikation';
  await refusedWith(setStepStatuses(t.services, leader, { providerId, standardId, statuses: { 1: 'fulfilled' } }), 'invalid', 'step-1');

  const doc = { providerId, standardId, title: 'Vejledning om kommunikation', kind: 'vejledning', owner: 'Lederen', reviewOn: '2027-06-01' };
  await refusedWith(addGuidingDocument(t.services, leader, doc), 'invalid', 'file');
  await refusedWith(addGuidingDocument(t.services, leader, { ...doc, link: 'javascript:alert(1)' }), 'invalid', 'link');
  await refusedWith(addGuidingDocument(t.services, leader, { ...doc, file: { name: 'v.pdf', data: new TextEncoder().encode('<html>') } }), 'invalid', 'file');
  await refusedWith(addGuidingDocument(t.services, leader, { ...doc, file: { name: 'v.exe', data: pdf } }), 'invalid', 'file');
  await refusedWith(addGuidingDocument(t.services, leader, { ...doc, file: { name: 'v.pdf', data: pdf }, link: 'https://x.dk' }), 'invalid', 'link');
  await refusedWith(addGuidingDocument(t.services, leader, { ...doc, reviewOn: '2027-02-30', title: '' }), 'invalid', 'reviewOn');
  await refusedWith(addGuidingDocument(t.services, consultant, { ...doc, link: 'https://intranet.example/v' }), 'forbidden');
  const filed = await addGuidingDocument(t.services, leader, { ...doc, file: { name: 'vejledning.pdf', data: pdf }, sharedAsExample: true });
  await addGuidingDocument(t.services, leader, { ...doc, title: 'Instruks om tolk', kind: 'instruks', link: 'https://intranet.example/tolk' });

  await refusedWith(setStepStatuses(t.services, leader, { providerId, standardId, statuses: { 1: 'fulfilled', 2: 'fulfilled' } }), 'invalid', 'step-2');
  await addStepEvidence(t.services, leader, { providerId, standardId, step: 2, kind: 'briefing', heldOn: '2026-11-10', description: 'Gennemgang på personalemødet.' });
  await refusedWith(addStepEvidence(t.services, leader, { providerId, standardId, step: 1, kind: 'briefing', heldOn: '2026-11-10', description: 'x' }), 'invalid', 'step');
  await setStepStatuses(t.services, leader, { providerId, standardId, statuses: { 1: 'fulfilled', 2: 'fulfilled' } });
  await refusedWith(setStepStatuses(t.services, leader, { providerId, standardId, statuses: { 1: 'in_progress' } }), 'invalid', 'step-2');
  await refusedWith(setStepStatuses(t.services, consultant, { providerId, standardId, statuses: { 1: 'in_progress' } }), 'forbidden');

  const view = await getSteps(t.services, consultant, providerId);
  assert.equal(view.mayWrite, false);
  assert.deepEqual(view.documents.map((d) => [d.title, d.fileName, d.link]), [['Instruks om tolk', null, 'https://intranet.example/tolk'], ['Vejledning om kommunikation', 'vejledning.pdf', null]]);
  assert.ok(!('fileData' in view.documents[0]!), 'the list carries no file bytes');
  const overview = (await getStandardsOverview(t.services, consultant, {})).find((o) => o.institution.id === providerId)!;
  assert.equal(overview.standards.find((s) => s.id === standardId)!.step, 2, 'the overview shows the highest fulfilled step');

  const file = await getGuidingDocumentFile(t.services, consultant, filed.id);
  assert.deepEqual([file.name, file.type, new TextDecoder().decode(file.data)], ['vejledning.pdf', 'application/pdf', '%PDF-1.4\n% en vejledning\n']);
  const actions = (await t.services.db.select().from(auditLog).where(eq(auditLog.entityId, providerId))).map((a) => a.action);
  assert.ok(actions.includes('standard_steps.set'));

  // The shared example reaches the region's other institution, not another region's, and not the unshared document.
  const [boegely] = await t.services.db.select().from(providers).where(eq(providers.name, 'Botilbuddet Bøgely'));
  const neighbour = await makeActor(t.services, 'provider', { providerId: boegely!.id, regionId: 'midtjylland' });
  const examples = await listGuidingExamples(t.services, neighbour);
  assert.deepEqual(examples.examples.map((e) => [e.title, e.institution]), [['Vejledning om kommunikation', 'Bostedet Egebakken']]);
  assert.equal(new TextDecoder().decode((await getGuidingDocumentFile(t.services, neighbour, filed.id)).data).slice(0, 4), '%PDF');
  assert.deepEqual((await listGuidingExamples(t.services, leader)).examples, [], 'not its own (and Bøgely shares none)');
  const forLyngen = (await listGuidingExamples(t.services, await demoActor(t.services, 'institution-leder'))).examples;
  assert.deepEqual([forLyngen.length, [...new Set(forLyngen.map((e) => e.institution))]], [6, ['Specialinstitutionen Fjordhuset']], 'Sjælland: the demo\'s shared examples of Fjordhuset');
  const elsewhere = await demoActor(t.services, 'kvalitet-sjaelland');
  assert.ok((await listGuidingExamples(t.services, elsewhere)).examples.every((e) => e.institution !== 'Bostedet Egebakken'));
  await refusedWith(getGuidingDocumentFile(t.services, elsewhere, filed.id), 'forbidden');
  await refusedWith(listGuidingExamples(t.services, await demoActor(t.services, 'inspektoer-oest')), 'forbidden');
  await refusedWith(getSteps(t.services, await makeActor(t.services, 'surveyor'), providerId), 'forbidden');
});
