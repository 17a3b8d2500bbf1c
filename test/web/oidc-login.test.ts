// Issue 8: login through the organisation's identity provider — OpenID Connect, authorization code
// with PKCE, against a real provider running in this process. The configured claim names an
// existing, active tilsyn user; anyone else is refused with a page that says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createApp } from '../../src/web/app.tsx';
import { listen, type RealServer } from '../support/real-server.ts';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { webSession } from '../support/web-session.ts';
import { CookieJar, followLogin, listenIdentityProvider, type IdentityProvider } from '../support/identity-provider.ts';
import { oidcLogin } from '../../src/services/auth/oidc-login.ts';
import { OIDC_DEFAULTS, OidcConfigurationError, oidcSettingsFromEnv } from '../../src/services/auth/oidc-settings.ts';
import { sessionActor, sessionId } from '../../src/services/auth/sessions.ts';
import { oidcLogins, sessions, users } from '../../src/storage/schema.ts';
import { runCli } from '../cli/run-cli.ts';

let t: TestServices;
let idp: IdentityProvider;
let server: RealServer;
const logged: unknown[] = [];

const anna = { sub: 'a1b2c3', claims: { preferred_username: 'Anna@Nord.dk', name: 'Anna Andersen' } };

before(async () => {
  t = await createTestServices();
  idp = await listenIdentityProvider();
  const oidc = oidcLogin({
    issuer: new URL(idp.issuer),
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    redirectUri: null,
    ...OIDC_DEFAULTS,
    label: 'Log ind med Region Test-login',
  });
  server = await listen(createApp(t.services, { oidc, log: (entry) => logged.push(entry) }));
  await idp.register(`${server.base}/login/oidc/callback`);
  await webSession(t.services, 'anna@nord.dk', 'inspector', 'nord');
  await webSession(t.services, 'bo@nord.dk', 'manager', 'nord');
  await t.services.db.update(users).set({ active: false }).where(eq(users.username, 'bo@nord.dk'));
});
after(async () => {
  await server.close();
  await idp.close();
  await t.close();
});

const sessionCookie = (jar: CookieJar) => jar.get(new URL(server.base).host, 'tilsyn_session');

test('the login page offers the identity provider when it is configured', async () => {
  const html = await (await fetch(`${server.base}/login?next=/inspections`)).text();
  assert.match(html, /<a class="button button-primary" href="\/login\/oidc\?next=%2Finspections">Log ind med Region Test-login<\/a>/);
  assert.match(html, /name="password"/, 'password login stays');
});

test('a person known to tilsyn logs in at the provider (code + PKCE) and lands where they were going', async () => {
  idp.loginAs(anna);
  const { response, visited, jar } = await followLogin(`${server.base}/login/oidc?next=/inspections`);
  const authorize = visited.find((u) => u.origin === idp.issuer && u.pathname === '/auth');
  assert.ok(authorize, 'the browser went to the provider');
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(authorize.searchParams.get('code_challenge'));
  assert.ok(authorize.searchParams.get('nonce'));
  assert.equal(visited.at(-1)?.pathname, '/inspections');
  assert.equal(response.status, 200);
  const token = sessionCookie(jar);
  assert.ok(token);
  const session = await sessionActor(t.services, token);
  assert.equal(session?.actor.username, 'anna@nord.dk', 'the claim is compared in lower case');
  assert.equal(session?.mustChangePassword, false);
  const [row] = await t.services.db.select({ method: sessions.method }).from(sessions).where(eq(sessions.id, sessionId(token)));
  assert.equal(row?.method, 'oidc');
});

test('a password an administrator set is not asked for after a login at the provider', async () => {
  await t.services.db.update(users).set({ mustChangePassword: true }).where(eq(users.username, 'anna@nord.dk'));
  try {
    idp.loginAs(anna);
    const { visited } = await followLogin(`${server.base}/login/oidc?next=/inspections`);
    assert.equal(visited.at(-1)?.pathname, '/inspections');
  } finally {
    await t.services.db.update(users).set({ mustChangePassword: false }).where(eq(users.username, 'anna@nord.dk'));
  }
});

test('a person unknown to tilsyn is refused with a clear page and no session', async () => {
  idp.loginAs({ sub: 'x9', claims: { preferred_username: 'ukendt@andet.dk' } });
  const { response, jar } = await followLogin(`${server.base}/login/oidc`);
  assert.equal(response.status, 403);
  const html = await response.text();
  assert.match(html, /<h1>Du har ikke adgang til tilsyn<\/h1>/);
  assert.match(html, /ikke oprettet som aktiv bruger i tilsyn/);
  assert.match(html, /ukendt@andet\.dk/);
  assert.equal(sessionCookie(jar), undefined);
});

test('a deactivated user is refused the same way', async () => {
  idp.loginAs({ sub: 'b2', claims: { preferred_username: 'bo@nord.dk' } });
  const { response, jar } = await followLogin(`${server.base}/login/oidc`);
  assert.equal(response.status, 403);
  assert.match(await response.text(), /ikke oprettet som aktiv bruger/);
  assert.equal(sessionCookie(jar), undefined);
});

test('an answer without the configured claim is refused and says which claim', async () => {
  idp.loginAs({ sub: 'c3', claims: { name: 'Uden Brugernavn' } });
  const { response } = await followLogin(`${server.base}/login/oidc`);
  assert.equal(response.status, 403);
  assert.match(await response.text(), /oplyste ikke &quot;preferred_username&quot;|oplyste ikke "preferred_username"/);
});

test('a login cancelled at the provider comes back as a page, not an error', async () => {
  idp.loginAs(null);
  const { response } = await followLogin(`${server.base}/login/oidc`);
  assert.equal(response.status, 502);
  assert.match(await response.text(), /afviste login \(access_denied\)/);
});

test('the callback is refused in a browser that did not begin the login (login CSRF), and a state is used once', async () => {
  idp.loginAs(anna);
  // Stop at the callback: the code is meant for the browser holding the state cookie.
  const jar = new CookieJar();
  let url = new URL(`${server.base}/login/oidc`);
  let callback: URL | null = null;
  for (let hop = 0; hop < 20 && !callback; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) } });
    jar.store(url, response);
    url = new URL(response.headers.get('location')!, url);
    if (url.pathname === '/login/oidc/callback') callback = url;
  }
  assert.ok(callback);
  const elsewhere = await fetch(callback, { redirect: 'manual' });
  assert.equal(elsewhere.status, 400);
  assert.match(await elsewhere.text(), /Login-forsøget er udløbet eller ugyldigt/);
  const { response: first } = await followLogin(callback.href, jar);
  assert.equal(first.status, 200, 'the right browser finishes');
  const replay = await fetch(callback, { redirect: 'manual', headers: { cookie: `tilsyn_oidc_state=${callback.searchParams.get('state')}` } });
  assert.equal(replay.status, 400, 'the same state again is refused');
});

test('a pending login expires after ten minutes and is removed', async () => {
  const later = { ...t.services, now: () => new Date(Date.now() + 11 * 60_000) };
  const oidc = oidcLogin({ issuer: new URL(idp.issuer), clientId: idp.clientId, clientSecret: idp.clientSecret, redirectUri: null, ...OIDC_DEFAULTS });
  const { authorizationUrl, state } = await oidc.start(t.services, { next: '/', redirectUri: new URL(`${server.base}/login/oidc/callback`) });
  assert.equal(authorizationUrl.origin, idp.issuer);
  await assert.rejects(
    oidc.finish(later, { callbackUrl: new URL(`${server.base}/login/oidc/callback?code=x&state=${state}`), browserState: state, previousSessionToken: null }),
    { reason: 'expired' },
  );
  await oidc.start(later, { next: '/', redirectUri: new URL(`${server.base}/login/oidc/callback`) });
  const left = await t.services.db.select().from(oidcLogins);
  assert.ok(left.every((row) => row.expiresAt > new Date(Date.now() + 5 * 60_000)), 'expired pending logins are deleted at the next start');
});

test('a provider that does not answer gives a 503 page and a log entry; password login still works', async () => {
  const down = oidcLogin({ issuer: new URL('http://127.0.0.1:9/'), clientId: 'x', clientSecret: null, redirectUri: null, ...OIDC_DEFAULTS });
  const app = createApp(t.services, { oidc: down, log: (entry) => logged.push(entry) });
  const response = await app.request('/login/oidc');
  assert.equal(response.status, 503);
  assert.match(await response.text(), /Organisationens login svarer ikke/);
  assert.ok(logged.some((e) => (e as { msg?: string }).msg === 'Organisationens login svarer ikke'));
  assert.equal((await app.request('/login')).status, 200);
});

test('without configuration there is no button and /login/oidc is not found', async () => {
  const app = createApp(t.services);
  assert.doesNotMatch(await (await app.request('/login')).text(), /login\/oidc/);
  assert.equal((await app.request('/login/oidc')).status, 404);
});

test('the configuration comes from the environment; a half-done one is refused with a message per variable', async () => {
  assert.equal(oidcSettingsFromEnv({}), null);
  const settings = oidcSettingsFromEnv({ TILSYN_OIDC_ISSUER: 'https://login.example.dk/realms/nord', TILSYN_OIDC_CLIENT_ID: 'tilsyn', TILSYN_OIDC_USERNAME_CLAIM: 'email' });
  assert.equal(settings?.issuer.href, 'https://login.example.dk/realms/nord');
  assert.equal(settings?.clientSecret, null);
  assert.equal(settings?.usernameClaim, 'email');
  assert.equal(settings?.scope, 'openid profile');
  assert.throws(() => oidcSettingsFromEnv({ TILSYN_OIDC_ISSUER: 'login.example.dk' }), (e: unknown) => {
    assert.ok(e instanceof OidcConfigurationError);
    assert.match(e.message, /TILSYN_OIDC_ISSUER skal være en http\(s\)-adresse/);
    assert.match(e.message, /TILSYN_OIDC_CLIENT_ID skal sættes/);
    return true;
  });
  const cli = await runCli(['serve'], '', { TILSYN_OIDC_ISSUER: 'https://login.example.dk', TILSYN_OIDC_SCOPE: 'profile', TILSYN_OIDC_CLIENT_ID: 'x' });
  assert.equal(cli.status, 1);
  assert.match(cli.stderr, /TILSYN_OIDC_SCOPE skal indeholde "openid"/);
});
