// Issue 12: the inspections list (and the providers list) pages on the server — more rows than a page: 50 shown, the total,
// the DKFDS pagination keeping the filters in its links — and filters by status, risk, lead and
// year, in the page and the API alike.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { webSession, type WebSession } from '../support/web-session.ts';
import { fosterFamilies, inspections, providers, users } from '../../src/storage/schema.ts';
import { eq } from 'drizzle-orm';

let t: TestServices;
let app: ReturnType<typeof createApp>;
let inspector: WebSession;
let inspectorId: string;
before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  app = createApp(t.services);
  inspector = await webSession(t.services, 'ina', 'inspector', 'nord');
  inspectorId = (await t.services.db.select().from(users).where(eq(users.username, 'ina')))[0]!.id;
  const [provider] = await t.services.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Mange', municipality: 'Aalborg' }).returning();
  // 120 inspections: every third red, the first 30 led by the inspector, 2024 and 2025 alternating.
  await t.services.db.insert(inspections).values(Array.from({ length: 120 }, (_, n) => ({
    authorityId: 'nord', providerId: provider!.id, phase: 'operation' as const, modelId: 'tilbud', modelVersion: '1.1.0', status: 'completed' as const,
    risk: n % 3 === 0 ? 'red' as const : 'green' as const, title: `Tilsyn nr. ${String(n + 1).padStart(3, '0')}`,
    leadInspectorId: n < 30 ? inspectorId : null, createdAt: new Date(Date.UTC(n % 2 === 0 ? 2024 : 2025, 5, 1)), updatedAt: new Date(Date.UTC(2025, 0, 1, 0, n)),
  })));
  await t.services.db.insert(providers).values(Array.from({ length: 60 }, (_, n) => ({ authorityId: 'nord', name: `Tilbud ${String(n).padStart(2, '0')}`, municipality: n < 10 ? 'Odense' : 'Aalborg' })));
});
after(() => t.close());

const page = async (query: string) => (await app.request(`/inspections${query}`, { headers: { cookie: inspector.cookie } })).text();
const rows = (html: string) => (html.match(/<a href="\/inspections\/[0-9a-f-]{36}">/g) ?? []).length;

test('120 inspections: 50 a page with the total, and the last page holds the rest', async () => {
  const first = await page('');
  assert.equal(rows(first), 50);
  assert.match(first, /Tilsyn 1–50 af 120/);
  assert.match(first, /120 tilsyn · side 1 af 3/);
  assert.match(first, /href="\/inspections\?page=2"/);
  const last = await page('?page=3');
  assert.equal(rows(last), 20);
  assert.match(last, /Tilsyn 101–120 af 120/);
});

test('filters narrow the list, and the page links keep them', async () => {
  const red = await page('?risk=red&sort=title');
  assert.match(red, /Tilsyn 1–40 af 40/);
  assert.match(red, /Tilsyn nr\. 001/);
  const mine = await page('?lead=me&year=2024');
  assert.match(mine, /Tilsyn 1–15 af 15/);
  const redAll = await page('?risk=red&page=1');
  assert.doesNotMatch(redAll, /side 1 af 2/);
  const api = await (await app.request('/api/inspections?risk=green&page=2', { headers: { cookie: inspector.cookie } })).json() as { items: unknown[]; total: number; page: number; pageCount: number };
  assert.deepEqual([api.items.length, api.total, api.page, api.pageCount], [30, 80, 2, 2]);
  const twoPages = await page('?risk=green');
  assert.match(twoPages, /href="\/inspections\?risk=green&amp;page=2"/, 'the next page keeps the filter');
  const bad = await app.request('/inspections?year=abc&risk=purple', { headers: { cookie: inspector.cookie } });
  assert.equal(bad.status, 200);
  assert.match(await bad.text(), /Året skal være et tal/);
});

test('the providers list pages too, and filters by municipality', async () => {
  const html = async (query: string) => (await app.request(`/providers${query}`, { headers: { cookie: inspector.cookie } })).text();
  const first = await html('');
  assert.match(first, /Tilbud 1–50 af 61/);
  assert.match(first, /61 tilbud · side 1 af 2/);
  assert.match(await html('?page=2'), /Tilbud 51–61 af 61/);
  assert.match(await html('?kommune=Odense'), /Tilbud 1–10 af 10/);
  const api = await (await app.request('/api/providers?page=2', { headers: { cookie: inspector.cookie } })).json() as { providers: unknown[]; total: number };
  assert.deepEqual([api.providers.length, api.total], [11, 61]);
});

test('the register lists filter by legal basis and typology too; the page links keep the filter; a wrong code is a field error', async () => {
  const db = t.services.db;
  await db.insert(providers).values(Array.from({ length: 55 }, (_, n) => ({ authorityId: 'nord', name: `Paragraf ${String(n).padStart(2, '0')}`, municipality: 'Vejle', legalBases: ['sel-108' as const] })));
  const list = async (path: string) => (await app.request(path, { headers: { cookie: inspector.cookie } })).text();
  const first = await list('/providers?lovgrundlag=sel-108');
  assert.match(first, /Tilbud 1–50 af 55/);
  assert.match(first, /href="\/providers\?lovgrundlag=sel-108&amp;page=2"/);
  const api = (await (await app.request('/api/providers?legalBasis=sel-108&page=2', { headers: { cookie: inspector.cookie } })).json()) as { providers: unknown[]; total: number };
  assert.deepEqual([api.providers.length, api.total], [5, 55]);
  const wrong = await app.request('/api/providers?legalBasis=sel-999', { headers: { cookie: inspector.cookie } });
  assert.equal(wrong.status, 400);
  assert.match(await wrong.text(), /Vælg et lovgrundlag fra listen/);
  await db.insert(fosterFamilies).values([
    { authorityId: 'nord', name: 'Familien Forstærket', municipality: 'Vejle', typology: 'forstaerket' },
    { authorityId: 'nord', name: 'Familien Almindelig', municipality: 'Vejle', typology: 'almindelig' },
  ]);
  const families = await list('/foster-families?typologi=forstaerket');
  assert.match(families, /Familien Forstærket/);
  assert.doesNotMatch(families, /Familien Almindelig/);
});
