// Issue 8, fault 6 — an open redirect after login: `next=/\evil.example` answered
// `Location: /\evil.example`, which a browser follows to another host. Only paths on this site pass.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createApp } from '../../src/web/app.tsx';
import { listen, type RealServer } from '../support/real-server.ts';
import { sameOriginPath } from '../../src/web/same-origin-path.ts';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { webSession } from '../support/web-session.ts';

let t: TestServices;
let server: RealServer;
let base = '';
before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  await webSession(t.services, 'ina', 'inspector', 'nord');
  // A real HTTP server: the login reads the client's address from the connection.
  server = await listen(createApp(t.services));
  base = server.base;
});
after(async () => {
  await server.close();
  await t.close();
});

async function loginWithNext(next: string): Promise<string | null> {
  const r = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'ina', password: 'test-kode', next }),
  });
  assert.equal(r.status, 303, `logged in (next=${JSON.stringify(next)})`);
  return r.headers.get('location');
}

const ORIGIN = 'http://tilsyn.example';
const leavesSite = (location: string) => new URL(location, ORIGIN).origin !== ORIGIN;

test('after login, a next that a browser reads as another host goes to the front page instead', async () => {
  for (const next of ['/.//evil.example', '/./', '/\\evil.example', '/\t/evil.example', '/\\/evil.example', '//evil.example', '/\n/evil.example', 'https://evil.example/', '/%5Cevil.example']) {
    const location = await loginWithNext(next);
    assert.ok(location !== null && !leavesSite(location), `${JSON.stringify(next)} → ${location}`);
  }
});

test('after login, a path on the site is kept, with its query', async () => {
  assert.equal(await loginWithNext('/inspections?status=planned'), '/inspections?status=planned');
  assert.equal(await loginWithNext('/models/tilbud'), '/models/tilbud');
});

test('whatever next says, the place after login is on this site', () => {
  const tricky = fc.constantFrom('/', '\\', '\t', '\n', '\r', ' ', '.', ':', '@', '%', 'evil.example', '%2F', '%5C', '?', '#');
  fc.assert(
    fc.property(fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 8 }), (parts) => {
      const path = sameOriginPath(parts.join(''));
      return path.startsWith('/') && !leavesSite(path);
    }),
    { numRuns: 2000 },
  );
});

test('dot segments that collapse into "//" are refused (found by the property above: "/.//")', () => {
  for (const next of ['/.//', '/.//evil.example', '/a/..//evil.example']) assert.equal(sameOriginPath(next), '/', next);
  assert.equal(sameOriginPath('/a/./b'), '/a/b');
});
