// The register pages and API in process: real sessions (argon2id hash, login()), CSRF on every
// form, forms rendered again with the user's input and errors, HTML escaped, and another
// authority's provider refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import type { Role } from '../../src/services/actor.ts';
import { hashPassword } from '../../src/services/auth/password.ts';
import { login, toActor } from '../../src/services/auth/sessions.ts';
import { fosterFamilies, providers, users } from '../../src/storage/schema.ts';
import { createProvider } from '../../src/services/register/create-provider.ts';
import { getProvider, type Provider } from '../../src/services/register/get-provider.ts';
import { createFosterFamily } from '../../src/services/register/create-foster-family.ts';
import type { FosterFamily } from '../../src/services/register/get-foster-family.ts';

type Session = { cookie: string; csrfToken: string; actor: ReturnType<typeof toActor> };

let t: TestServices;
let app: ReturnType<typeof createApp>;
let inspector: Session; // nord
let auditor: Session;
let admin: Session;
let providerUser: Session; // of pNord
let pNord: Provider;
let pSyd: Provider;
let fSyd: FosterFamily;
let passwordHash: string;

async function session(username: string, role: Role, extra: { authorityId?: string; providerId?: string } = {}): Promise<Session> {
  await t.services.db.insert(users).values({ username, displayName: username, passwordHash, role, authorityId: extra.authorityId ?? null, providerId: extra.providerId ?? null });
  const s = await login(t.services, { username, password: 'hemmelig-kode', clientKey: `test-${username}` });
  return { cookie: `tilsyn_session=${s.token}`, csrfToken: s.csrfToken, actor: s.actor };
}

before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  app = createApp(t.services);
  passwordHash = await hashPassword('hemmelig-kode');
  inspector = await session('insp-nord', 'inspector', { authorityId: 'nord' });
  auditor = await session('revisor', 'auditor');
  admin = await session('admin', 'admin');
  const inspectorSyd = await session('insp-syd', 'inspector', { authorityId: 'syd' });
  pNord = await createProvider(t.services, inspector.actor, { name: 'Bostedet Nordlys', municipality: 'Aalborg', ownership: 'privat', legalBases: ['sel-108'], flags: ['bestyrelse'], places: 12 });
  pSyd = await createProvider(t.services, inspectorSyd.actor, { name: 'Bostedet Sydhavn', municipality: 'Odense', ownership: 'kommunal', legalBases: ['sel-107'], places: 6 });
  fSyd = await createFosterFamily(t.services, inspectorSyd.actor, { name: 'Familien Sydgaard', municipality: 'Vejle', typology: 'almindelig', approvedOn: '2021-01-01', childrenInCare: 1 });
  providerUser = await session('leder-nordlys', 'provider', { providerId: pNord.id });
});
after(() => t.close());

const get = (path: string, who: Session) => app.request(path, { headers: { cookie: who.cookie } });

function post(path: string, who: Session, fields: [string, string][], csrf = true) {
  const body = new URLSearchParams(fields);
  if (csrf) body.append('_csrf', who.csrfToken);
  return app.request(path, { method: 'POST', headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
}

function api(method: string, path: string, who: Session, json?: unknown, csrf = true) {
  const headers: Record<string, string> = { cookie: who.cookie, 'content-type': 'application/json' };
  if (csrf) headers['x-csrf-token'] = who.csrfToken;
  return app.request(`/api${path}`, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
}

const providerCount = async () => (await t.services.db.select({ n: count() }).from(providers))[0]!.n;
const familyCount = async () => (await t.services.db.select({ n: count() }).from(fosterFamilies))[0]!.n;
const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;

const validProviderForm = (name: string): [string, string][] => [
  ['name', name],
  ['municipality', 'Aalborg'],
  ['ownership', 'privat'],
  ['legalBases', 'sel-66-1-5'],
  ['legalBases', 'sel-101'],
  ['flags', 'aflastning'],
  ['targetGroups', 'Unge med angst\r\nUnge med ADHD\r\n'],
  ['methods', 'KRAP'],
  ['places', '7'],
];

test('the register pages need a login', async () => {
  for (const path of ['/providers', '/foster-families', `/providers/${pNord.id}`]) {
    const r = await app.request(path);
    assert.equal(r.status, 302, path);
    assert.match(r.headers.get('location') ?? '', /^\/login\?next=/);
  }
});

test('the provider list shows the own authority in an accessible table, with a search form', async () => {
  const r = await get('/providers', inspector);
  assert.equal(r.status, 200);
  const html = await r.text();
  assert.equal(h1Count(html), 1);
  assert.match(html, /Bostedet Nordlys/);
  assert.doesNotMatch(html, /Bostedet Sydhavn/);
  assert.match(html, /<th scope="col">Lovgrundlag<\/th>/);
  assert.match(html, /SEL § 108/);
  assert.match(html, /<form method="get" action="\/providers"/);
  assert.match(html, /<label class="form-label" for="field-q">/);
  assert.match(html, /href="\/providers\/new"/);
  const searched = await (await get('/providers?q=sydhavn', auditor)).text();
  assert.match(searched, /Bostedet Sydhavn/);
  assert.doesNotMatch(searched, /Bostedet Nordlys/);
  assert.match(searched, /value="sydhavn"/);
  assert.doesNotMatch(searched, /href="\/providers\/new"/, 'no create link for those who cannot write');
});

test('a form post without the CSRF token is refused (403) and stores nothing', async () => {
  const before = await providerCount();
  const r = await post('/providers', inspector, validProviderForm('Uden CSRF'), false);
  assert.equal(r.status, 403);
  assert.equal(await providerCount(), before);
  const wrong = await post('/providers', inspector, [...validProviderForm('Forkert CSRF'), ['_csrf', 'forkert']], false);
  assert.equal(wrong.status, 403);
  assert.equal((await post(`/providers/${pNord.id}/departments`, inspector, [['name', 'X'], ['places', '1']], false)).status, 403);
  assert.equal((await post('/foster-families', inspector, [['name', 'X']], false)).status, 403);
  assert.equal(await providerCount(), before);
});

test('a provider is registered through the form and shown with Danish labels', async () => {
  const form = await (await get('/providers/new', inspector)).text();
  assert.equal(h1Count(form), 1);
  assert.match(form, /<legend class="form-label">Lovgrundlag<\/legend>/);
  assert.match(form, /SEL § 66, stk. 1, nr. 5/);
  assert.match(form, /Alene godkendt til aflastning/);
  assert.match(form, /Privat tilbud med bestyrelse/);
  assert.match(form, new RegExp(`name="_csrf" value="${inspector.csrfToken}"`));
  assert.doesNotMatch(form, /name="authorityId"/, 'staff register in their own authority');

  const r = await post('/providers', inspector, validProviderForm('Opholdsstedet Lyngly'));
  assert.equal(r.status, 303);
  const location = r.headers.get('location') ?? '';
  const id = /^\/providers\/([0-9a-f-]{36})\?gemt=ny$/.exec(location)?.[1];
  assert.ok(id, location);
  const stored = await getProvider(t.services, inspector.actor, { id });
  assert.equal(stored.authorityId, 'nord');
  assert.deepEqual(stored.legalBases, ['sel-66-1-5', 'sel-101']);
  assert.deepEqual(stored.targetGroups, ['Unge med angst', 'Unge med ADHD']);
  const page = await (await get(location, inspector)).text();
  assert.equal(h1Count(page), 1);
  assert.match(page, /Tilbuddet er oprettet/);
  assert.match(page, /SEL § 66, stk. 1, nr. 5, SEL § 101/);
  assert.match(page, /Alene godkendt til aflastning/);
  assert.match(page, /<h2 id="tilsyn">Tilsyn<\/h2>/);
});

test('a bad provider form is rendered again with the entered values and the errors (400)', async () => {
  const before = await providerCount();
  const r = await post('/providers', inspector, [
    ['name', 'Mit "nye" tilbud'],
    ['municipality', ''],
    ['legalBases', 'sel-104'],
    ['flags', 'bestyrelse'],
    ['targetGroups', 'Voksne med hjerneskade'],
    ['places', 'mange'],
  ]);
  assert.equal(r.status, 400);
  const html = await r.text();
  assert.match(html, /value="Mit &quot;nye&quot; tilbud"/);
  assert.match(html, /value="mange"/);
  assert.match(html, />Voksne med hjerneskade<\/textarea>/);
  assert.match(html, /value="sel-104" checked/);
  assert.match(html, /value="bestyrelse" checked/);
  assert.match(html, /Kommune skal udfyldes\./);
  assert.match(html, /Antal pladser skal være et helt tal på 0 eller derover\./);
  assert.match(html, /href="#field-municipality"/, 'the error summary links to the field');
  assert.match(html, /aria-invalid="true"/);
  assert.equal(await providerCount(), before);

  const noBasis = await post('/providers', inspector, [['name', 'Uden lovgrundlag'], ['municipality', 'Aarhus'], ['places', '3']]);
  assert.equal(noBasis.status, 400);
  assert.match(await noBasis.text(), /Lovgrundlag skal vælges\./);
});

test('an administrator chooses the authority in the form', async () => {
  const form = await (await get('/providers/new', admin)).text();
  assert.match(form, /<select class="form-select" id="field-authorityId" name="authorityId"/);
  assert.match(form, /Socialtilsyn Hovedstaden/);
  const missing = await post('/providers', admin, validProviderForm('Admins tilbud'));
  assert.equal(missing.status, 400);
  assert.match(await missing.text(), /Socialtilsyn skal vælges\./);
  const ok = await post('/providers', admin, [...validProviderForm('Admins tilbud'), ['authorityId', 'midt']]);
  assert.equal(ok.status, 303);
});

test('pages escape HTML in names', async () => {
  const evil = '<script>alert(1)</script>';
  const p = await createProvider(t.services, inspector.actor, { name: evil, municipality: evil, ownership: 'privat', legalBases: ['sel-107'], targetGroups: [evil], places: 1 });
  const f = await createFosterFamily(t.services, inspector.actor, { name: evil, municipality: 'Aalborg', typology: 'almindelig', childrenInCare: 0 });
  const pages = [
    '/providers',
    `/providers?q=${encodeURIComponent(evil)}`,
    `/providers/${p.id}`,
    `/providers/${p.id}/edit`,
    '/foster-families',
    `/foster-families/${f.id}`,
    `/foster-families/${f.id}/edit`,
  ];
  for (const path of pages) {
    const r = await get(path, inspector);
    assert.equal(r.status, 200, path);
    const html = await r.text();
    assert.ok(!html.includes(evil), `raw tag on ${path}`);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), `escaped name on ${path}`);
  }
  const rerendered = await post('/providers', inspector, [['name', evil], ['municipality', '']]);
  assert.equal(rerendered.status, 400);
  assert.ok(!(await rerendered.text()).includes(evil), 'raw tag on the re-rendered form');
});

test("another authority's provider and foster family give 403 on every page and post", async () => {
  for (const path of [`/providers/${pSyd.id}`, `/providers/${pSyd.id}/edit`, `/foster-families/${fSyd.id}`, `/foster-families/${fSyd.id}/edit`]) {
    assert.equal((await get(path, inspector)).status, 403, path);
  }
  assert.equal((await post(`/providers/${pSyd.id}`, inspector, validProviderForm('Kapret'))).status, 403);
  assert.equal((await post(`/providers/${pSyd.id}/departments`, inspector, [['name', 'Kapret'], ['places', '1']])).status, 403);
  assert.equal((await post(`/foster-families/${fSyd.id}`, inspector, [['name', 'Kapret']])).status, 403);
  assert.equal((await getProvider(t.services, auditor.actor, { id: pSyd.id })).name, 'Bostedet Sydhavn');
  assert.equal((await get(`/providers/${randomUUID()}`, inspector)).status, 404);
  assert.equal((await get('/providers/ikke-et-id', inspector)).status, 404);
});

test('read-only roles see the provider but no forms, and cannot open or post them', async () => {
  const page = await (await get(`/providers/${pNord.id}`, auditor)).text();
  assert.match(page, /Bostedet Nordlys/);
  assert.doesNotMatch(page, /Tilføj afdeling/);
  assert.doesNotMatch(page, /Rediger tilbud/);
  assert.equal((await get('/providers/new', auditor)).status, 403);
  assert.equal((await get(`/providers/${pNord.id}/edit`, auditor)).status, 403);
  assert.equal((await post(`/providers/${pNord.id}`, auditor, validProviderForm('Kapret'))).status, 403);
  assert.equal((await post(`/providers/${pNord.id}`, auditor, [['name', '']])).status, 403, 'an invalid post is refused too, not rendered');
  // A provider's own user reads its own provider only.
  assert.equal((await get(`/providers/${pNord.id}`, providerUser)).status, 200);
  assert.equal((await get(`/providers/${pSyd.id}`, providerUser)).status, 403);
  assert.equal((await post(`/providers/${pNord.id}/departments`, providerUser, [['name', 'X'], ['places', '1']])).status, 403);
});

test('departments are added through the form on the provider page', async () => {
  const page = await (await get(`/providers/${pNord.id}`, inspector)).text();
  assert.match(page, /Tilbuddet har ingen afdelinger registreret/);
  assert.match(page, new RegExp(`action="/providers/${pNord.id}/departments"`));
  const bad = await post(`/providers/${pNord.id}/departments`, inspector, [['name', ''], ['places', '-3']]);
  assert.equal(bad.status, 400);
  const badHtml = await bad.text();
  assert.match(badHtml, /Afdelingens navn skal udfyldes\./);
  assert.match(badHtml, /value="-3"/);
  const ok = await post(`/providers/${pNord.id}/departments`, inspector, [['name', 'Afdeling Skoven'], ['places', '4']]);
  assert.equal(ok.status, 303);
  const after = await (await get(`/providers/${pNord.id}`, inspector)).text();
  assert.match(after, /<th scope="row">Afdeling Skoven<\/th><td>4<\/td>/);
});

test('a provider is edited through the form; unticked flags are cleared', async () => {
  const form = await (await get(`/providers/${pNord.id}/edit`, inspector)).text();
  assert.match(form, /value="Bostedet Nordlys"/);
  assert.match(form, /value="bestyrelse" checked/);
  const bad = await post(`/providers/${pNord.id}`, inspector, [['name', 'Nyt navn'], ['municipality', 'Aalborg'], ['places', '12']]);
  assert.equal(bad.status, 400);
  const badHtml = await bad.text();
  assert.match(badHtml, /value="Nyt navn"/);
  assert.match(badHtml, /Lovgrundlag skal vælges\./);
  assert.equal((await getProvider(t.services, inspector.actor, { id: pNord.id })).name, 'Bostedet Nordlys');
  const ok = await post(`/providers/${pNord.id}`, inspector, [['name', 'Bostedet Nordlys II'], ['municipality', 'Aalborg'], ['ownership', 'privat'], ['legalBases', 'sel-108'], ['places', '14']]);
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), `/providers/${pNord.id}?gemt=1`);
  const stored = await getProvider(t.services, inspector.actor, { id: pNord.id });
  assert.equal(stored.name, 'Bostedet Nordlys II');
  assert.equal(stored.places, 14);
  assert.deepEqual(stored.flags, []);
});

test('foster families: registered through the form; no child in care shows as "Intet barn i pleje"', async () => {
  const form = await (await get('/foster-families/new', inspector)).text();
  assert.match(form, /<legend class="form-label">Typologi<\/legend>/);
  assert.match(form, /Forstærket plejefamilie/);
  const before = await familyCount();
  const bad = await post('/foster-families', inspector, [['name', 'Familien Bøgh'], ['municipality', 'Thisted'], ['approvedOn', '2023-02-30'], ['childrenInCare', '0']]);
  assert.equal(bad.status, 400);
  const badHtml = await bad.text();
  assert.match(badHtml, /value="Familien Bøgh"/);
  assert.match(badHtml, /value="2023-02-30"/);
  assert.match(badHtml, /Typologi skal vælges/);
  assert.match(badHtml, /Godkendelsesdato skal være en gyldig dato/);
  assert.equal(await familyCount(), before);
  const ok = await post('/foster-families', inspector, [['name', 'Familien Bøgh'], ['municipality', 'Thisted'], ['typology', 'forstaerket'], ['approvedOn', '2023-03-01'], ['childrenInCare', '0']]);
  assert.equal(ok.status, 303);
  const location = ok.headers.get('location') ?? '';
  const page = await (await get(location, inspector)).text();
  assert.equal(h1Count(page), 1);
  assert.match(page, /Plejefamilien er oprettet/);
  assert.match(page, /Intet barn i pleje/);
  assert.match(page, /Forstærket plejefamilie/);
  assert.match(page, /1\. marts 2023/);
  const list = await (await get('/foster-families', inspector)).text();
  assert.match(list, /Familien Bøgh/);
  assert.match(list, /Intet barn i pleje/);
  assert.doesNotMatch(list, /Familien Sydgaard/);
  const id = location.split('/')[2]!.split('?')[0]!;
  const edited = await post(`/foster-families/${id}`, inspector, [['name', 'Familien Bøgh'], ['municipality', 'Thisted'], ['typology', 'forstaerket'], ['approvedOn', ''], ['childrenInCare', '2']]);
  assert.equal(edited.status, 303);
  const after = await (await get(`/foster-families/${id}`, inspector)).text();
  assert.match(after, /2 børn i pleje/);
  assert.match(after, /Ikke godkendt/);
});

test('the JSON API uses the same services and permissions', async () => {
  const list = await api('GET', '/providers', inspector);
  assert.equal(list.status, 200);
  const names = ((await list.json()) as { providers: { name: string }[] }).providers.map((p) => p.name);
  assert.ok(names.includes('Bostedet Nordlys II') && !names.includes('Bostedet Sydhavn'), JSON.stringify(names));

  assert.equal((await api('POST', '/providers', inspector, { name: 'API-tilbud', municipality: 'Aalborg', legalBases: ['sel-103'], places: 2 }, false)).status, 403);
  const created = await api('POST', '/providers', inspector, { name: 'API-tilbud', municipality: 'Aalborg', ownership: 'kommunal', legalBases: ['sel-103'], places: 2 });
  assert.equal(created.status, 201);
  const { provider } = (await created.json()) as { provider: { id: string; authorityId: string } };
  assert.equal(provider.authorityId, 'nord');

  const invalidBody = await api('POST', '/providers', inspector, { name: '', legalBases: ['sel-1'] });
  assert.equal(invalidBody.status, 400);
  const err = (await invalidBody.json()) as { error: { code: string; fields: { field: string }[] } };
  assert.equal(err.error.code, 'invalid');
  assert.deepEqual(err.error.fields.map((f) => f.field).sort(), ['legalBases', 'municipality', 'name', 'ownership', 'places']);
  assert.equal((await app.request('/api/providers', { method: 'POST', headers: { cookie: inspector.cookie, 'x-csrf-token': inspector.csrfToken, 'content-type': 'application/json' }, body: '{nope' })).status, 400);

  const patched = await api('PATCH', `/providers/${provider.id}`, inspector, { places: 5 });
  assert.equal(((await patched.json()) as { provider: { places: number } }).provider.places, 5);
  const dept = await api('POST', `/providers/${provider.id}/departments`, inspector, { name: 'Afdeling A', places: 2 });
  assert.equal(dept.status, 201);
  const details = (await (await api('GET', `/providers/${provider.id}`, inspector)).json()) as { provider: { departments: { name: string }[] } };
  assert.deepEqual(details.provider.departments.map((d) => d.name), ['Afdeling A']);

  const other = await api('GET', `/providers/${pSyd.id}`, inspector);
  assert.equal(other.status, 403);
  assert.equal(((await other.json()) as { error: { code: string } }).error.code, 'forbidden');
  assert.equal((await api('PATCH', `/providers/${pSyd.id}`, inspector, { name: 'Kapret' })).status, 403);
  assert.equal((await api('POST', '/providers', auditor, { name: 'X', municipality: 'Y', ownership: 'privat', legalBases: ['sel-103'], places: 1, authorityId: 'nord' })).status, 403);
  assert.equal((await app.request('/api/providers')).status, 401);

  const fam = await api('POST', '/foster-families', inspector, { name: 'API-familien', municipality: 'Aalborg', typology: 'specialiseret', approvedOn: null, childrenInCare: 0 });
  assert.equal(fam.status, 201);
  const { fosterFamily } = (await fam.json()) as { fosterFamily: { id: string; childrenInCare: number } };
  assert.equal(fosterFamily.childrenInCare, 0);
  assert.equal((await api('PATCH', `/foster-families/${fosterFamily.id}`, inspector, { childrenInCare: -1 })).status, 400);
  assert.equal((await api('GET', `/foster-families/${fSyd.id}`, inspector)).status, 403);
  const families = (await (await api('GET', '/foster-families?q=API', inspector)).json()) as { fosterFamilies: { id: string }[] };
  assert.deepEqual(families.fosterFamilies.map((f) => f.id), [fosterFamily.id]);
});

test('the OpenAPI document describes the register paths', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { summary?: string; requestBody?: unknown }>> };
  for (const [path, methods] of Object.entries({
    '/api/providers': ['get', 'post'],
    '/api/providers/{id}': ['get', 'patch'],
    '/api/providers/{id}/departments': ['post'],
    '/api/foster-families': ['get', 'post'],
    '/api/foster-families/{id}': ['get', 'patch'],
  })) {
    for (const m of methods) {
      const op = doc.paths[path]?.[m];
      assert.ok(op?.summary, `${m} ${path}`);
      if (m !== 'get') assert.ok(op.requestBody, `${m} ${path} has a request body`);
    }
  }
});
