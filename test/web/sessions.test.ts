// Issue 8, fault 10: sessions and what surrounds them. A new login ends the browser's old session;
// a session ends after 30 minutes without use; ended sessions are removed; the cookie is Secure
// behind a trusted TLS proxy; a login posted from another site is refused; logged-in pages and
// the API are never cached; the server listens on 127.0.0.1 unless told otherwise.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { count, lt } from 'drizzle-orm';
import { createApp } from '../../src/web/app.tsx';
import { listen, type RealServer } from '../support/real-server.ts';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { webSession } from '../support/web-session.ts';
import { login, MAX_ADDRESS_FAILURES, sessionActor } from '../../src/services/auth/sessions.ts';
import { loginFailures, sessions } from '../../src/storage/schema.ts';
import { startServer } from '../../src/server/start-server.ts';
import { memoryDatabase } from '../support/test-database.ts';

let t: TestServices;
let base = '';
let server: RealServer;
before(async () => {
  t = await createTestServices();
  await webSession(t.services, 'ina', 'inspector', 'nord');
  server = await listen(createApp(t.services, { trustProxy: true }));
  base = server.base;
});
after(async () => {
  await server.close();
  await t.close();
});

const LOGIN = { username: 'ina', password: 'test-kode' };
const at = (minutes: number) => ({ ...t.services, now: () => new Date(Date.now() + minutes * 60_000) });

test('a new login ends the session the browser had', async () => {
  const first = await login(t.services, { ...LOGIN, clientKey: 'test' });
  const second = await login(t.services, { ...LOGIN, clientKey: 'test', previousSessionToken: first.token });
  assert.equal(await sessionActor(t.services, first.token), null);
  assert.ok(await sessionActor(t.services, second.token));
});

test('a session ends after 30 minutes without a request; use keeps it alive', async () => {
  const s = await login(t.services, { ...LOGIN, clientKey: 'test' });
  assert.ok(await sessionActor(at(20), s.token), 'used after 20 minutes');
  assert.ok(await sessionActor(at(45), s.token), '25 minutes after that use');
  assert.equal(await sessionActor(at(80), s.token), null, '35 minutes without use');
  const other = await login(t.services, { ...LOGIN, clientKey: 'test' });
  assert.ok(await sessionActor(at(50), other.token, 60), 'the idle time is configurable');
});

test('ended sessions are removed at the next login', async () => {
  await login(at(-10 * 60), { ...LOGIN, clientKey: 'test' }); // made ten hours ago: expired after 8
  const [expired] = await t.services.db.select({ n: count() }).from(sessions).where(lt(sessions.expiresAt, new Date()));
  assert.ok((expired?.n ?? 0) > 0);
  await login(t.services, { ...LOGIN, clientKey: 'test' });
  const [left] = await t.services.db.select({ n: count() }).from(sessions).where(lt(sessions.expiresAt, new Date()));
  assert.equal(left?.n, 0);
});

const postLogin = (headers: Record<string, string> = {}) =>
  fetch(`${base}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(LOGIN) });

test('a login posted from another site is refused; from this site it works', async () => {
  assert.equal((await postLogin({ origin: 'https://evil.example' })).status, 403);
  assert.equal((await postLogin({ 'sec-fetch-site': 'cross-site' })).status, 403);
  assert.equal((await postLogin({ origin: base })).status, 303);
});

test('behind a trusted TLS proxy the session cookie is Secure', async () => {
  const plain = await postLogin();
  assert.doesNotMatch(plain.headers.get('set-cookie') ?? '', /Secure/);
  const proxied = await postLogin({ 'x-forwarded-proto': 'https', 'x-forwarded-host': 'tilsyn.example', origin: 'https://tilsyn.example' });
  assert.equal(proxied.status, 303);
  assert.match(proxied.headers.get('set-cookie') ?? '', /; Secure/);
});

test('logged-in pages and the API are not cached; the public portal may be', async () => {
  const s = await login(t.services, { ...LOGIN, clientKey: 'test' });
  const cookie = { cookie: `tilsyn_session=${s.token}` };
  for (const path of ['/inspections', '/api/inspections', '/models']) {
    assert.equal((await fetch(`${base}${path}`, { headers: cookie })).headers.get('cache-control'), 'no-store', path);
  }
  assert.notEqual((await fetch(`${base}/portal`)).headers.get('cache-control'), 'no-store');
});

test('the server listens on 127.0.0.1 unless HOST says otherwise', async () => {
  const lines: string[] = [];
  const running = await startServer({ port: 0, database: memoryDatabase().options, log: (l) => lines.push(l) });
  try {
    assert.ok(lines.some((l) => l.includes('http://127.0.0.1:')), lines.join('\n'));
  } finally {
    await running.stop();
  }
});

test('behind a trusted proxy the login limit counts the address the proxy saw (the last X-Forwarded-For entry)', async () => {
  await t.services.db.insert(loginFailures).values({ key: 'client:203.0.113.7', failures: MAX_ADDRESS_FAILURES, windowStart: new Date() });
  assert.equal((await postLogin({ 'x-forwarded-for': '10.0.0.1, 203.0.113.7' })).status, 429, 'the limited address is refused, whatever the client claims first');
  assert.equal((await postLogin({ 'x-forwarded-for': '203.0.113.7, 198.51.100.1' })).status, 303, 'another address is not');
});
