// Issue 13 through the web: a manager draws a sample (the seed shown, the same seed the same
// reports), reviews a report against the checklist (a missing comment is a field error), and the
// report's inspector reads the feedback; the auditor's summary per authority; roles refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { demoApp, type DemoApp } from '../support/demo-app.ts';
import { CHECKLIST_POINT_IDS } from '../../src/core/quality-review/checklist.ts';
import { reports, reportVersions, users } from '../../src/storage/schema.ts';

let d: DemoApp;
before(async () => {
  d = await demoApp(['leder-nord', 'leder-syd', 'inspektoer-nord', 'inspektoer2-nord', 'revisor', 'kommune-demo', 'admin']);
});
after(() => d.t.close());

const post = (path: string, username: string, fields: Record<string, string>, repeated: [string, string][] = []) => {
  const s = d.sessions.get(username)!;
  const body = new URLSearchParams({ _csrf: s.csrf, ...fields });
  for (const [k, v] of repeated) body.append(k, v);
  return d.app.request(path, { method: 'POST', headers: { cookie: s.cookie }, body });
};

test('draw, review, feedback', async () => {
  const page = await d.get('/consistency/quality-review', 'leder-nord');
  assert.equal(page.status, 200);
  const draw = () => post('/consistency/quality-review/samples', 'leder-nord', { periodFrom: '2000-01-01', periodTo: '2100-12-31', size: '2', seed: '99' }, [['strata', 'inspector']]);
  const first = await draw();
  assert.equal(first.status, 303, await first.text());
  const samplePath = first.headers.get('location')!.split('?')[0]!;
  const sample = await (await d.get(samplePath, 'leder-nord')).text();
  assert.match(sample, /Frø[\s\S]*99/);
  const again = await (await d.get((await draw()).headers.get('location')!.split('?')[0]!, 'leder-nord')).text();
  const links = (html: string) => [...html.matchAll(/reports\/([0-9a-f-]{36})/g)].map((m) => m[1]);
  assert.deepEqual(links(again), links(sample), 'the same seed, the same reports');
  const versionId = links(sample)[0]!;
  const reviewPath = `${samplePath}/reports/${versionId}`;
  const review = await (await d.get(reviewPath, 'leder-nord')).text();
  assert.match(review, /Opmærksomhedspunkter/);
  assert.match(review, /Socialtilsynene bør ikke anvende såkaldte opmærksomhedspunkter i tilsynsrapporterne\./, 'the seed\'s words');
  const points = Object.fromEntries(CHECKLIST_POINT_IDS.map((p) => [`met:${p}`, 'met']));
  const incomplete = await post(reviewPath, 'leder-nord', { ...points, 'met:economy_assessed': 'not_met', summary: 'x' });
  assert.equal(incomplete.status, 400);
  assert.match(await incomplete.text(), /Skriv, hvad der mangler/);
  assert.equal((await post(reviewPath, 'leder-syd', points)).status, 403, 'another authority\'s manager');
  const saved = await post(reviewPath, 'leder-nord', { ...points, summary: 'TILBAGEMELDING-TIL-INSPEKTØREN' });
  assert.equal(saved.status, 303);
  const [author] = await d.t.services.db.select({ username: users.username }).from(reportVersions).innerJoin(reports, eq(reports.id, reportVersions.reportId)).innerJoin(users, eq(users.id, reports.authorId)).where(eq(reportVersions.id, versionId));
  assert.ok(author && ['inspektoer-nord', 'inspektoer2-nord'].includes(author.username), 'a demo inspector wrote it');
  assert.match(await (await d.get('/consistency/quality-review/feedback', author.username)).text(), /TILBAGEMELDING-TIL-INSPEKTØREN/, 'the inspector reads the feedback');
  const other = author.username === 'inspektoer-nord' ? 'inspektoer2-nord' : 'inspektoer-nord';
  assert.doesNotMatch(await (await d.get('/consistency/quality-review/feedback', other)).text(), /TILBAGEMELDING-TIL-INSPEKTØREN/, 'no one else');
  assert.match(await (await d.get('/consistency/quality-review/summary?from=2000-01-01&to=2100-12-31', 'leder-nord')).text(), /Ledelsestilsyn pr. tilsynsførende/);
  const auditor = await (await d.get('/consistency/quality-review/authorities?from=2000-01-01&to=2100-12-31', 'revisor')).text();
  assert.match(auditor, /Ledelsestilsyn pr. socialtilsyn/);
  assert.doesNotMatch(auditor, /TILBAGEMELDING/);
  assert.equal((await d.get('/consistency/quality-review/summary?from=nope', 'leder-nord')).status, 400, 'a bad date is a field error');
});

test('who reaches the quality review', async () => {
  for (const u of ['inspektoer-nord', 'revisor', 'kommune-demo', 'admin']) assert.equal((await d.get('/consistency/quality-review', u)).status, 403, u);
  for (const u of ['revisor', 'kommune-demo', 'admin']) assert.equal((await d.get('/consistency/quality-review/feedback', u)).status, 403, u);
  for (const u of ['leder-nord', 'inspektoer-nord', 'kommune-demo']) assert.equal((await d.get('/consistency/quality-review/authorities', u)).status, 403, u);
});
