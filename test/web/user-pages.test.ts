// User administration pages (issue 8): the administrator lists, creates (a one-time password shown
// once), changes, deactivates and resets; everyone else is refused and nothing changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { webSession, type WebSession } from '../support/web-session.ts';
import { users } from '../../src/storage/schema.ts';
import { login, sessionActor } from '../../src/services/auth/sessions.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
let admin: WebSession;
before(async () => {
  t = await createTestServices();
  app = createApp(t.services);
  admin = await webSession(t.services, 'admin.a', 'admin');
  await webSession(t.services, 'ina', 'inspector', 'nord');
});
after(() => t.close());

const get = (path: string, who: WebSession) => app.request(path, { headers: { cookie: who.cookie } });
const post = (path: string, who: WebSession, fields: Record<string, string>) =>
  app.request(path, {
    method: 'POST',
    headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: who.csrfToken, ...fields }),
  });
const row = async (username: string) => (await t.services.db.select().from(users).where(eq(users.username, username)))[0];

test('the administrator creates a user; the one-time password is shown once and works, and must be changed', async () => {
  const r = await post('/users/new', admin, { username: 'ole.o', displayName: 'Ole Olsen', role: 'manager', authorityId: 'syd', providerId: '', fosterFamilyId: '' });
  assert.equal(r.status, 201);
  const html = await r.text();
  const password = /<code class="one-time-password">([^<]+)<\/code>/.exec(html)?.[1];
  assert.ok(password, 'the page shows the one-time password');
  const session = await login(t.services, { username: 'ole.o', password, clientKey: 'test' });
  assert.deepEqual([session.actor.role, session.actor.authorityId, session.mustChangePassword], ['manager', 'syd', true]);
  const page = await (await get(`/users/${session.actor.id}`, admin)).text();
  assert.ok(!page.includes(password), 'the user page does not show it again');
});

test('the list filters and pages; a bad filter is a field error', async () => {
  const html = await (await get('/users?role=manager', admin)).text();
  assert.match(html, /ole\.o/);
  assert.doesNotMatch(html, />ina</);
  assert.equal((await get('/users?page=0', admin)).status, 400);
});

test('a form with errors comes back with the field errors (400), and nothing is created', async () => {
  const r = await post('/users/new', admin, { username: 'x', displayName: '', role: 'inspector', authorityId: '', providerId: '', fosterFamilyId: '' });
  assert.equal(r.status, 400);
  const html = await r.text();
  assert.match(html, /Brugernavnet skal være 3–100 tegn/);
  assert.match(html, /Navn skal udfyldes/);
  assert.equal(await row('x'), undefined);
});

test('change, a stale form (409), deactivate (the session ends) and reset', async () => {
  const ole = await row('ole.o');
  assert.ok(ole);
  const session = await login(t.services, { username: 'ina', password: 'test-kode', clientKey: 'test' });
  const ina = await row('ina');
  assert.ok(ina);
  const changed = await post(`/users/${ole.id}`, admin, { displayName: 'Ole Olsen-Berg', role: 'manager', authorityId: 'syd', providerId: '', fosterFamilyId: '', version: String(ole.version) });
  assert.equal(changed.status, 303);
  assert.equal((await row('ole.o'))?.displayName, 'Ole Olsen-Berg');
  const stale = await post(`/users/${ole.id}`, admin, { displayName: 'Gammel', role: 'manager', authorityId: 'syd', providerId: '', fosterFamilyId: '', version: String(ole.version) });
  assert.equal(stale.status, 409);
  const off = await post(`/users/${ina.id}/active`, admin, { active: 'false', version: String(ina.version) });
  assert.equal(off.status, 303);
  assert.equal(await sessionActor(t.services, session.token), null, "ina's session ended at once");
  const reset = await post(`/users/${ole.id}/password-reset`, admin, { version: String((await row('ole.o'))?.version) });
  assert.match(await reset.text(), /class="one-time-password"/);
});

test('nobody but the administrator reaches user administration, and a refused post changes nothing', async () => {
  const other = await webSession(t.services, 'leder', 'manager', 'nord');
  for (const path of ['/users', '/users/new']) assert.equal((await get(path, other)).status, 403, path);
  const r = await post('/users/new', other, { username: 'snig.bruger', displayName: 'Snig', role: 'admin', authorityId: '', providerId: '', fosterFamilyId: '' });
  assert.equal(r.status, 403);
  assert.equal(await row('snig.bruger'), undefined);
  const noToken = await app.request('/users/new', { method: 'POST', headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=uden.token&displayName=X&role=auditor' });
  assert.equal(noToken.status, 403, 'no CSRF token, no user');
  assert.equal(await row('uden.token'), undefined);
});

test('the JSON API: the administrator creates, reads, changes, deactivates and resets; others get 403', async () => {
  const api = (method: string, path: string, who: WebSession, body?: unknown) =>
    app.request(`/api${path}`, { method, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const created = await api('POST', '/users', admin, { username: 'api.bruger', displayName: 'API Bruger', role: 'auditor', password: 'en lang api-adgangskode' });
  assert.equal(created.status, 201);
  const { user } = (await created.json()) as { user: { id: string; version: number; passwordHash?: string } };
  assert.equal(user.passwordHash, undefined, 'never the hash');
  assert.equal(((await (await api('GET', '/users?search=api.bruger', admin)).json()) as { total: number }).total, 1);
  const patched = await api('PATCH', `/users/${user.id}`, admin, { displayName: 'API Revisor', role: 'auditor', expectedVersion: user.version });
  assert.equal(patched.status, 200);
  assert.equal((await api('PATCH', `/users/${user.id}`, admin, { displayName: 'Gammel', role: 'auditor', expectedVersion: user.version })).status, 409);
  assert.equal((await api('POST', `/users/${user.id}/active`, admin, { active: false })).status, 200);
  const reset = (await (await api('POST', `/users/${user.id}/password-reset`, admin, {})).json()) as { oneTimePassword: string };
  assert.ok(reset.oneTimePassword.length >= 12);
  assert.equal((await api('POST', `/users/${user.id}/active`, admin, { active: 'ja' })).status, 400, 'a field error');
  const other = await webSession(t.services, 'revisor.r', 'auditor');
  assert.equal((await api('GET', '/users', other)).status, 403);
  assert.equal((await api('POST', '/users', other, { username: 'snig.api', displayName: 'S', role: 'admin', password: 'en lang api-adgangskode' })).status, 403);
  assert.equal(await row('snig.api'), undefined);
});

test('a user who must change the password can do it through the API, and nothing else there first', async () => {
  const ole = await row('ole.o');
  assert.ok(ole);
  const { oneTimePassword } = (await (await app.request(`/api/users/${ole.id}/password-reset`, { method: 'POST', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' }, body: '{}' })).json()) as { oneTimePassword: string };
  const session = await login(t.services, { username: 'ole.o', password: oneTimePassword, clientKey: 'test-api' });
  const headers = { cookie: `tilsyn_session=${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  assert.equal((await app.request('/api/inspections', { headers })).status, 403);
  const changed = await app.request('/api/account/password', { method: 'POST', headers, body: JSON.stringify({ currentPassword: oneTimePassword, newPassword: 'ole vælger sin egen sætning', repeatPassword: 'ole vælger sin egen sætning' }) });
  assert.equal(changed.status, 204);
  assert.equal((await app.request('/api/inspections', { headers })).status, 200);
});
