// Issue 8: users change their own password; a password an administrator set (or the command line
// generated) must be replaced before anything else; the user's other sessions end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { COMMAND_LINE_OPERATOR } from '../../src/services/actor.ts';
import { createUser } from '../../src/services/users/create-user.ts';
import { login, sessionActor } from '../../src/services/auth/sessions.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
const SET_BY_ADMIN = 'sat-af-administrator-42';
const CHOSEN = 'min egen lange sætning 7';
before(async () => {
  t = await createTestServices();
  app = createApp(t.services);
  await createUser(t.services, COMMAND_LINE_OPERATOR, { username: 'ida', displayName: 'Ida', role: 'inspector', authorityId: 'nord', password: SET_BY_ADMIN, mustChangePassword: true });
});
after(() => t.close());

const form = (session: { token: string; csrfToken: string }, fields: Record<string, string>) =>
  app.request('/account/password', {
    method: 'POST',
    headers: { cookie: `tilsyn_session=${session.token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: session.csrfToken, ...fields }),
  });

test('a password set by someone else must be changed first: pages lead to the form, the API refuses', async () => {
  const session = await login(t.services, { username: 'ida', password: SET_BY_ADMIN, clientKey: 'test' });
  assert.equal(session.mustChangePassword, true);
  const cookie = { cookie: `tilsyn_session=${session.token}` };
  const page = await app.request('/inspections', { headers: cookie });
  assert.deepEqual([page.status, page.headers.get('location')], [303, '/account/password']);
  assert.equal((await app.request('/api/inspections', { headers: cookie })).status, 403);
  const html = await (await app.request('/account/password', { headers: cookie })).text();
  assert.match(html, /Din adgangskode er sat af en administrator/);
});

test('the change is refused with a field error for a wrong current password, a mismatch or a weak password', async () => {
  const session = await login(t.services, { username: 'ida', password: SET_BY_ADMIN, clientKey: 'test' });
  const cases: [Record<string, string>, string][] = [
    [{ currentPassword: 'forkert-kode-123', newPassword: CHOSEN, repeatPassword: CHOSEN }, 'Den nuværende adgangskode er forkert.'],
    [{ currentPassword: SET_BY_ADMIN, newPassword: CHOSEN, repeatPassword: `${CHOSEN}x` }, 'De to nye adgangskoder er ikke ens.'],
    [{ currentPassword: SET_BY_ADMIN, newPassword: 'kort', repeatPassword: 'kort' }, 'Adgangskoden skal være mindst 12 tegn.'],
  ];
  for (const [fields, message] of cases) {
    const r = await form(session, fields);
    assert.equal(r.status, 400);
    assert.ok((await r.text()).includes(message), message);
  }
  assert.ok(await sessionActor(t.services, session.token), 'a refused change ends no session');
});

test('after the change the user goes on, the new password works, and the other sessions have ended', async () => {
  const other = await login(t.services, { username: 'ida', password: SET_BY_ADMIN, clientKey: 'test' });
  const session = await login(t.services, { username: 'ida', password: SET_BY_ADMIN, clientKey: 'test' });
  const r = await form(session, { currentPassword: SET_BY_ADMIN, newPassword: CHOSEN, repeatPassword: CHOSEN });
  assert.deepEqual([r.status, r.headers.get('location')], [303, '/']);
  assert.equal((await app.request('/inspections', { headers: { cookie: `tilsyn_session=${session.token}` } })).status, 200);
  assert.equal(await sessionActor(t.services, other.token), null, 'the other session has ended');
  const again = await login(t.services, { username: 'ida', password: CHOSEN, clientKey: 'test' });
  assert.equal(again.mustChangePassword, false);
  await assert.rejects(login(t.services, { username: 'ida', password: SET_BY_ADMIN, clientKey: 'test' }));
});
