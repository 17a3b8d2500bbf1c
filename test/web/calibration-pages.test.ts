// Issue 13 through the web and the API: the auditor creates a round across two authorities (a
// multipart form with a file), three inspectors answer blind — no page or API response shows one
// inspector another's answer before closing — the owner closes it and the results appear; roles
// without access are refused; forms need the CSRF token.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { demoApp, type DemoApp } from '../support/demo-app.ts';
import { addDays, todayInDenmark } from '../../src/core/calendar.ts';

let d: DemoApp;
const USERS = ['revisor', 'inspektoer-nord', 'inspektoer2-nord', 'inspektoer-syd', 'leder-nord', 'leder-syd', 'leder-midt', 'kommune-demo', 'tilbud-demo', 'admin'] as const;
before(async () => {
  d = await demoApp(USERS);
});
after(() => d.t.close());

const post = (path: string, username: string, body: FormData | URLSearchParams) => {
  const s = d.sessions.get(username)!;
  body.set('_csrf', s.csrf);
  return d.app.request(path, { method: 'POST', headers: { cookie: s.cookie }, body });
};
const userId = async (username: string) => {
  const { users } = await import('../../src/storage/schema.ts');
  const { eq } = await import('drizzle-orm');
  return (await d.t.services.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;
};

test('a round end to end: created with a file, answered blind, closed, results shown', async () => {
  const form = await d.get('/consistency/calibration/new?model=tilbud-2017', 'revisor');
  assert.equal(form.status, 200);
  assert.match(await form.text(), /Indikator 1\.a/);
  const body = new FormData();
  for (const [k, v] of Object.entries({ modelId: 'tilbud-2017', title: 'Kalibrering: bostedet', caseText: 'Et anonymiseret bosted for unge.', deadline: addDays(todayInDenmark(new Date()), 14) })) body.set(k, v);
  for (const item of ['1.a', '1.b']) body.append('itemIds', item);
  for (const u of ['inspektoer-nord', 'inspektoer2-nord', 'inspektoer-syd']) body.append('inviteeIds', await userId(u));
  body.append('attachments', new File(['Uddrag af sagens akter.'], 'akter.txt', { type: 'text/plain' }));
  body.append('attachments', new File(['%PDF-1.4 en pdf'], 'notat.pdf', { type: 'application/pdf' }));
  const created = await post('/consistency/calibration', 'revisor', body);
  assert.equal(created.status, 303, await created.text());
  const path = created.headers.get('location')!.split('?')[0]!;
  const id = path.split('/').pop()!;

  const answer = (u: string, a: string, b: string, reason: string) => post(`${path}/answers`, u, new URLSearchParams({ 'value:1.a': a, 'reason:1.a': reason, 'value:1.b': b, 'reason:1.b': `${reason} (b)` }));
  assert.equal((await answer('inspektoer-nord', '4', '3', 'NORD-EN-BEGRUNDELSE')).status, 303);
  assert.equal((await answer('inspektoer2-nord', '4', '3', 'NORD-TO-BEGRUNDELSE')).status, 303);
  const missing = await post(`${path}/answers`, 'inspektoer-syd', new URLSearchParams({ 'value:1.a': '4', 'reason:1.a': '' }));
  assert.equal(missing.status, 400, 'a reason with every answer');
  assert.match(await missing.text(), /1\.a: skriv en kort begrundelse/);
  assert.equal((await answer('inspektoer-syd', '2', '3', 'SYD-BEGRUNDELSE')).status, 303);

  const sydPage = await (await d.get(path, 'inspektoer-syd')).text();
  assert.match(sydPage, /SYD-BEGRUNDELSE/, 'their own answer');
  assert.doesNotMatch(sydPage, /NORD-EN-BEGRUNDELSE|NORD-TO-BEGRUNDELSE/, 'never another inspector\'s');
  const sydApi = await (await d.app.request(`/api/calibration/${id}`, { headers: { cookie: d.sessions.get('inspektoer-syd')!.cookie } })).text();
  assert.match(sydApi, /SYD-BEGRUNDELSE/);
  assert.doesNotMatch(sydApi, /NORD-EN-BEGRUNDELSE/, 'nor through the API');
  for (const u of ['revisor', 'leder-nord']) {
    const page = await (await d.get(path, u)).text();
    assert.doesNotMatch(page, /BEGRUNDELSE|id="round-alpha"/, `${u} sees no answer and no result before closing`);
  }
  assert.match(await (await d.get(path, 'revisor')).text(), /3 af 3/, 'the owner sees how many have answered');
  const listed = (await (await d.app.request(`/api/calibration/${id}`, { headers: { cookie: d.sessions.get('inspektoer-nord')!.cookie } })).json() as { round: { attachments: { id: string; fileName: string }[] } }).round.attachments;
  const file = await d.get(`${path}/attachments/${listed.find((f) => f.fileName === 'akter.txt')!.id}`, 'inspektoer-nord');
  assert.equal(await file.text(), 'Uddrag af sagens akter.');
  assert.match(await (await d.get(path, 'inspektoer-nord')).text(), /Bilag: notat\.pdf/, 'both files are listed');

  assert.equal((await post(`${path}/close`, 'leder-nord', new URLSearchParams())).status, 403, 'only the owner closes');
  assert.equal((await post(`${path}/close`, 'revisor', new URLSearchParams())).status, 303);
  const results = await (await d.get(path, 'revisor')).text();
  assert.match(results, /id="round-alpha"/);
  assert.match(results, /NORD-EN-BEGRUNDELSE/, 'the reasons side by side once closed');
  assert.match(results, /Hver tilsynskonsulents afvigelse/);
  const late = await answer('inspektoer-nord', '1', '1', 'for sent');
  assert.equal(late.status, 403, 'answers are fixed once closed');
  assert.match(await (await d.get(path, 'inspektoer-nord')).text(), /Din afvigelse fra medianen/);
});

test('a round where all agree shows alpha 1, "pålidelig"', async () => {
  const body = new URLSearchParams({ modelId: 'tilbud', title: 'Enig runde', caseText: 'En anonymiseret sag.', deadline: addDays(todayInDenmark(new Date()), 7) });
  for (const item of ['k1', 'k1.1']) body.append('itemIds', item);
  for (const u of ['inspektoer-nord', 'inspektoer2-nord']) body.append('inviteeIds', await userId(u));
  const created = await post('/consistency/calibration', 'leder-nord', body);
  assert.equal(created.status, 303, await created.text());
  const path = created.headers.get('location')!.split('?')[0]!;
  for (const u of ['inspektoer-nord', 'inspektoer2-nord']) assert.equal((await post(`${path}/answers`, u, new URLSearchParams({ 'value:k1': 'met', 'reason:k1': 'Ja.', 'value:k1.1': 'present', 'reason:k1.1': 'Ja.' }))).status, 303);
  assert.equal((await post(`${path}/close`, 'leder-nord', new URLSearchParams())).status, 303);
  const page = await (await d.get(path, 'inspektoer-nord')).text();
  assert.match(page, /id="round-alpha">α = 1 \(95 %-interval 1 til 1\): pålidelig</);
  assert.match(page, /nominal alfa/);
});

test('who reaches the consistency pages', async () => {
  for (const u of ['revisor', 'inspektoer-nord', 'leder-nord']) assert.equal((await d.get('/consistency', u)).status, 200, u);
  for (const u of ['kommune-demo', 'tilbud-demo', 'admin']) {
    assert.equal((await d.get('/consistency', u)).status, 403, u);
    assert.equal((await d.get('/consistency/calibration/new', u)).status, 403, u);
  }
  assert.equal((await d.get('/consistency/calibration/new', 'inspektoer-nord')).status, 403, 'inspectors do not create rounds');
  assert.equal((await d.get('/consistency/calibration/history', 'inspektoer-nord')).status, 403);
  assert.equal((await d.get('/consistency/calibration/history', 'leder-nord')).status, 200);
  const csv = await d.get('/consistency/calibration/history.csv', 'revisor');
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  const noToken = await d.app.request('/consistency/calibration', { method: 'POST', headers: { cookie: d.sessions.get('revisor')!.cookie }, body: new URLSearchParams({ title: 'x' }) });
  assert.equal(noToken.status, 403, 'no CSRF token, no write');
});
