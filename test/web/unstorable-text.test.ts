// Issue 8, fault 9: a NUL character gave 500 on public pages (/portal?navn=%00) and on writes, a
// lone surrogate gave 500, and bidi overrides and zero-width characters were stored in public
// provider names. Now each is a 400 with a field error, and nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { webSession, type WebSession } from '../support/web-session.ts';
import { providers } from '../../src/storage/schema.ts';
import { isStorableText } from '../../src/services/service-options.ts';
import { login } from '../../src/services/auth/sessions.ts';
import { ServiceError } from '../../src/services/service-error.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
let inspector: WebSession;
before(async () => {
  t = await createTestServices();
  app = createApp(t.services);
  inspector = await webSession(t.services, 'ina', 'inspector', 'nord');
});
after(() => t.close());

const api = (path: string, body: string) =>
  app.request(`/api${path}`, { method: 'POST', headers: { cookie: inspector.cookie, 'x-csrf-token': inspector.csrfToken, 'content-type': 'application/json' }, body });

test('a NUL in a public search is a 400 with the field named, on the page and in the API', async () => {
  const page = await app.request('/portal?navn=%00');
  assert.equal(page.status, 400);
  assert.match(await page.text(), /tegn, der ikke kan bruges/);
  const json = await app.request('/api/portal/providers?navn=a%00b');
  assert.equal(json.status, 400);
  const body = (await json.json()) as { error: { fields: { field: string }[] } };
  assert.deepEqual(body.error.fields.map((f) => f.field), ['navn']);
  assert.equal((await app.request('/portal/open-data.csv?kommune=%00')).status, 400);
});

test('a NUL or a lone surrogate in a write is a field error, and nothing is stored', async () => {
  const before = (await t.services.db.select().from(providers)).length;
  for (const name of ['"Bo\\u0000stedet"', '"Bostedet \\ud800"', '"\\udc00Bostedet"']) {
    const r = await api('/providers', `{"name":${name},"municipality":"Aalborg","legalBases":["sel-107"],"places":3}`);
    assert.equal(r.status, 400, name);
    const body = (await r.json()) as { error: { fields: { field: string }[] } };
    assert.deepEqual(body.error.fields.map((f) => f.field), ['name'], name);
  }
  const nested = await api('/providers', '{"name":"Bostedet","municipality":"Aalborg","legalBases":["sel-107"],"targetGroups":["ok","a\\u0000"],"places":3}');
  assert.equal(nested.status, 400, 'also inside a list');
  assert.equal((await t.services.db.select().from(providers)).length, before);
});

test('a name with a bidi override, a zero-width space or a soft hyphen is refused', async () => {
  for (const invisible of ['\\u202e', '\\u200b', '\\u00ad', '\\u2066', '\\ufeff']) {
    const r = await api('/providers', `{"name":"Bo${invisible}stedet","municipality":"Aalborg","legalBases":["sel-107"],"places":3}`);
    assert.equal(r.status, 400, invisible);
    assert.match(await r.text(), /usynlige tegn/);
  }
});

test('a NUL in the username is a refused login, not a database error', async () => {
  await assert.rejects(login(t.services, { username: 'in\u0000a', password: 'x', clientKey: 'test' }), (e: unknown) => e instanceof ServiceError && e.code === 'unauthenticated');
});

test('every string with a NUL or a broken surrogate is unstorable; well-formed text without NUL is storable', () => {
  fc.assert(fc.property(fc.string(), fc.string(), (a, b) => !isStorableText(`${a}\u0000${b}`)));
  fc.assert(fc.property(fc.string(), fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff'), (a, half) => !isStorableText(`${a}${half}`) || /[\ud800-\udbff]$/.test(a)));
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => s.includes('\u0000') || isStorableText(s)));
});
