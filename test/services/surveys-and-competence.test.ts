// Issue 11: survey rounds imported from CSV (every bad line named, nothing half-stored, trends per
// question) and the competence development plan (modules, participants, completion) — written by the
// institution, read by the region, refused to others.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { refusedWith } from '../support/refused-with.ts';
import { makeActor } from '../support/fixtures.ts';
import { demoActor } from '../support/demo-actor.ts';
import { getStandardsOverview } from '../../src/services/standards/get-standards-overview.ts';
import { getSurveys, importSurveyRound } from '../../src/services/standards/surveys.ts';
import { parseSurveyCsv, surveyTrends } from '../../src/core/kinds/standards/survey-results.ts';
import { addCompetenceModule, getCompetencePlan, recordCompletion } from '../../src/services/standards/competence-plan.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices({ demo: true });
});
after(() => t.close());

const csv = (lines: string[]) => ['nummer,spørgsmål,besvarelser,positive', ...lines].join('\n');

test('the survey CSV: every problem named by line and column', () => {
  assert.deepEqual(parseSurveyCsv(csv(['1,Jeg trives,10,8', '2,"Personalet lytter, også om aftenen",10,6']), 12), { results: [{ questionNo: 1, question: 'Jeg trives', answers: 10, positive: 8 }, { questionNo: 2, question: 'Personalet lytter, også om aftenen', answers: 10, positive: 6 }] });
  const bad = parseSurveyCsv(csv(['1,Jeg trives,10,11', 'x,Mad,10,5', '1,Igen,13,1', '4,kort']), 12);
  assert.ok('problems' in bad);
  assert.deepEqual(bad.problems, [
    'linje 2, kolonne positive: 11 er flere end besvarelserne (10)',
    'linje 3, kolonne nummer: "x" er ikke et helt tal',
    'linje 4, kolonne besvarelser: 13 er flere end rundens besvarelser (12)',
    'linje 4, kolonne nummer: spørgsmål 1 står der allerede',
    'linje 5: der skal være 4 felter, ikke 2',
  ]);
  assert.deepEqual(parseSurveyCsv('a,b\n1,2', 5), { problems: ['linje 1: overskriften skal være nummer,spørgsmål,besvarelser,positive'] });
});

test('survey rounds: the institution imports, the trend follows each question, a bad file stores nothing', async () => {
  const leader = await demoActor(t.services, 'institution-leder');
  const providerId = (await getStandardsOverview(t.services, leader, {}))[0]!.institution.id;
  const round = { providerId, audience: 'users', invited: 20, responded: 12 };
  await importSurveyRound(t.services, leader, { ...round, heldOn: '2025-05-01', csv: csv(['1,Jeg trives,12,6', '2,Jeg bestemmer selv,12,3']) });
  await importSurveyRound(t.services, leader, { ...round, heldOn: '2026-05-01', csv: csv(['1,Jeg trives,12,9', '2,Jeg bestemmer selv,12,6', '3,Maden er god,10,5']) });
  await refusedWith(importSurveyRound(t.services, leader, { ...round, heldOn: '2026-06-01', csv: csv(['1,Jeg trives,12,9', '2,Mad,12,13']) }), 'invalid', /linje 3, kolonne positive/);
  await refusedWith(importSurveyRound(t.services, leader, { ...round, heldOn: '2026-05-01', csv: csv(['1,Jeg trives,12,9']) }), 'conflict');
  await refusedWith(importSurveyRound(t.services, leader, { ...round, responded: 30, heldOn: '2026-07-01', csv: csv(['1,a,1,1']) }), 'invalid', /flere besvarelser end inviterede/);
  const consultant = await demoActor(t.services, 'kvalitet-sjaelland');
  await refusedWith(importSurveyRound(t.services, consultant, { ...round, heldOn: '2026-08-01', csv: csv(['1,a,1,1']) }), 'forbidden');
  const view = await getSurveys(t.services, consultant, providerId);
  assert.deepEqual(view.rounds.map((r) => r.heldOn), ['2025-05-01', '2026-05-01'], 'the refused file left nothing');
  const trend = surveyTrends(view.rounds, 'users');
  assert.deepEqual(trend.questions.map((q) => [q.questionNo, q.shares]), [[1, [0.5, 0.75]], [2, [0.25, 0.5]], [3, [null, 0.5]]]);
  assert.deepEqual(surveyTrends(view.rounds, 'relatives').rounds, []);
  await refusedWith(getSurveys(t.services, await demoActor(t.services, 'inspektoer-oest'), providerId), 'forbidden');
});

test('the competence plan: modules with participants and completion', async () => {
  const leader = await demoActor(t.services, 'institution-leder');
  const providerId = (await getStandardsOverview(t.services, leader, {}))[0]!.institution.id;
  await refusedWith(addCompetenceModule(t.services, leader, { providerId, topic: '', targetGroup: 'Alle', startsOn: '2027-02-01', endsOn: '2027-01-01' }), 'invalid', /Slutdatoen kan ikke ligge før startdatoen/);
  const module = await addCompetenceModule(t.services, leader, { providerId, topic: 'Forflytning', targetGroup: 'Alle i Hus 2', startsOn: '2027-01-10', endsOn: '2027-02-10', participants: 'Anna\nBo\n\nAnna\nCarl' });
  assert.deepEqual(module.participants.map((p) => p.name), ['Anna', 'Bo', 'Carl'], 'blank lines and repeats dropped');
  await refusedWith(recordCompletion(t.services, leader, { providerId, moduleId: module.id, participantIds: [], completedOn: '2027-02-10' }), 'invalid');
  assert.equal(await recordCompletion(t.services, leader, { providerId, moduleId: module.id, participantIds: [module.participants[0]!.id, module.participants[2]!.id], completedOn: '2027-02-10' }), 2);
  const consultant = await demoActor(t.services, 'kvalitet-sjaelland');
  await refusedWith(addCompetenceModule(t.services, consultant, { providerId, topic: 'Medicin', targetGroup: 'Alle', startsOn: '2027-01-10', endsOn: '2027-02-10' }), 'forbidden');
  const plan = await getCompetencePlan(t.services, consultant, providerId);
  assert.deepEqual(plan.modules[0]!.participants.map((p) => [p.name, p.completedOn]), [['Anna', '2027-02-10'], ['Bo', null], ['Carl', '2027-02-10']]);
  await refusedWith(getCompetencePlan(t.services, await makeActor(t.services, 'surveyor'), providerId), 'forbidden');
});
