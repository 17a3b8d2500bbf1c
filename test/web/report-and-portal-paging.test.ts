// Issue 12: the reports list, the hearings list and the portal's search page on the server — more
// rows than a page: 50 shown with the total, the DKFDS pagination keeping the filters in its links,
// the same pages in the JSON API, and a bad page or filter is a field error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { webSession, type WebSession } from '../support/web-session.ts';
import { inspections, providers, reportDispatches, reports, reportVersions } from '../../src/storage/schema.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
let inspector: WebSession;
before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  app = createApp(t.services);
  inspector = await webSession(t.services, 'ina', 'inspector', 'nord');
  const db = t.services.db;
  const [provider] = await db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Mange', municipality: 'Aalborg' }).returning();
  const inspection = (n: number, status: 'completed' | 'in_progress') => ({
    authorityId: 'nord', providerId: provider!.id, phase: 'operation' as const, modelId: 'tilbud', modelVersion: '1.1.0', status, title: `Tilsyn nr. ${String(n).padStart(3, '0')}`,
  });
  // 60 final reports, the first ten corrected once (70 versions); 2024 and 2025 alternating.
  const finished = await db.insert(inspections).values(Array.from({ length: 60 }, (_, n) => inspection(n + 1, 'completed'))).returning({ id: inspections.id });
  const finals = await db.insert(reports).values(finished.map((i) => ({ inspectionId: i.id, status: 'sent' as const, content: {} }))).returning({ id: reports.id });
  const version = (reportId: string, number: number, n: number) => ({
    reportId, number, document: {}, publicSummary: {}, audience: 'public' as const, contentHash: `h${n}-${number}`, finalisedAt: new Date(Date.UTC(n % 2 === 0 ? 2024 : 2025, 2, 1, 0, n, number)),
  });
  const firsts = await db.insert(reportVersions).values(finals.map((r, n) => version(r.id, 1, n))).returning({ id: reportVersions.id });
  const seconds = await db.insert(reportVersions).values(finals.slice(0, 10).map((r, n) => ({ ...version(r.id, 2, n), supersedesId: firsts[n]!.id }))).returning({ id: reportVersions.id });
  await db.insert(reportDispatches).values([...firsts, ...seconds].map((v) => ({ versionId: v.id })));
  // 55 reports in hearing.
  const hearing = await db.insert(inspections).values(Array.from({ length: 55 }, (_, n) => inspection(100 + n, 'in_progress'))).returning({ id: inspections.id });
  await db.insert(reports).values(hearing.map((i, n) => ({ inspectionId: i.id, status: 'hearing' as const, content: {}, hearingDeadline: `2026-12-${String(1 + (n % 28)).padStart(2, '0')}` })));
  // 60 providers under § 107 for the portal, and one without.
  await db.insert(providers).values(Array.from({ length: 60 }, (_, n) => ({ authorityId: 'nord', name: `Tilbud ${String(n).padStart(2, '0')}`, municipality: 'Odense', legalBases: ['sel-107' as const] })));
});
after(() => t.close());

const get = async (path: string, cookie = inspector.cookie) => app.request(path, { headers: { cookie } });
const html = async (path: string) => (await get(path)).text();
const count = (page: string, pattern: RegExp) => (page.match(pattern) ?? []).length;
const versionLinks = /<a href="\/report-versions\/[0-9a-f-]{36}">/g;

test('the final reports: 70 versions, 50 a page with the total; the newest-only filter and the year keep to the page links', async () => {
  const first = await html('/reports');
  assert.equal(count(first, versionLinks), 50);
  assert.match(first, /Afsluttede rapporter 1–50 af 70/);
  assert.match(first, /70 rapportversioner · side 1 af 2/);
  const second = await html('/reports?page=2');
  assert.equal(count(second, versionLinks), 20);
  assert.match(first + second, /\(erstattet af version 2\)/, 'a corrected version names its successor across pages');
  const newest = await html('/reports?latestOnly=true');
  assert.match(newest, /Afsluttede rapporter 1–50 af 60/);
  assert.doesNotMatch(newest, /erstattet af/);
  assert.match(newest, /href="\/reports\?latestOnly=true&amp;page=2"/, 'the next page keeps the filter');
  const year = await html('/reports?year=2024');
  assert.match(year, /Afsluttede rapporter 1–35 af 35/, '30 first versions and 5 corrections were finalised in 2024');
  const api = (await (await get('/api/reports?page=2&latestOnly=true')).json()) as { items: { latest: boolean }[]; total: number; page: number; pageCount: number };
  assert.deepEqual([api.items.length, api.total, api.page, api.pageCount], [10, 60, 2, 2]);
  assert.ok(api.items.every((i) => i.latest));
  const bad = await get('/reports?year=abc&page=0');
  assert.equal(bad.status, 400);
  const body = await bad.text();
  assert.match(body, /Året skal være et tal/);
  assert.match(body, /Siden skal være 1 eller derover/);
});

test('the reports in hearing: 55, 50 a page with the total, in the page and the API', async () => {
  const links = /<a href="\/inspections\/[0-9a-f-]{36}\/report">/g;
  const first = await html('/reports/hearing');
  assert.equal(count(first, links), 50);
  assert.match(first, /Rapporter i høring 1–50 af 55/);
  assert.match(first, /href="\/reports\/hearing\?page=2"/);
  assert.equal(count(await html('/reports/hearing?page=2'), links), 5);
  const api = (await (await get('/api/reports/hearing?page=2')).json()) as { items: unknown[]; total: number };
  assert.deepEqual([api.items.length, api.total], [5, 55]);
  assert.equal((await get('/reports/hearing?page=x')).status, 400);
});

test('the portal search for § 107: 60 providers, 50 a page in Danish order; the page links keep the search', async () => {
  const links = /<a href="\/portal\/providers\/[0-9a-f-]{36}">/g;
  const first = await html('/portal?lovgrundlag=sel-107');
  assert.equal(count(first, links), 50);
  assert.match(first, /Søgeresultat: 60 tilbud/);
  assert.match(first, /Tilbud 00[\s\S]*Tilbud 49/);
  assert.match(first, /href="\/portal\?lovgrundlag=sel-107&amp;side=2"/);
  const second = await html('/portal?lovgrundlag=sel-107&side=2');
  assert.equal(count(second, links), 10);
  assert.match(second, /Tilbud 50[\s\S]*Tilbud 59/);
  const api = (await (await get('/api/portal/providers?lovgrundlag=sel-107&side=2', '')).json()) as { providers: { name: string }[]; total: number; page: number; pageCount: number };
  assert.deepEqual([api.providers.length, api.total, api.page, api.pageCount], [10, 60, 2, 2]);
  assert.equal(api.providers[0]!.name, 'Tilbud 50');
  const bad = await get('/portal?side=0', '');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Siden skal være 1 eller derover/);
  const badApi = await get('/api/portal/providers?side=abc', '');
  assert.equal(badApi.status, 400);
  assert.match(await badApi.text(), /"side"/, 'the API names its own parameter');
});

test('the portal orders by name as Danish does, in the database: "aa" as "å", æ, ø, å after z, accents as their letters', async () => {
  const names = ['Sortering Aabenraa', 'Sortering Åbo', 'Sortering Æblehaven', 'Sortering Øster', 'Sortering Zoologisk', 'Sortering Éclair', 'Sortering ebbe', 'Sortering Ærø', 'Sortering 7-stjernen', 'Sortering Ølstykke', 'Sortering Ådalen'];
  await t.services.db.insert(providers).values(names.map((name) => ({ authorityId: 'nord', name, municipality: 'Odense' })));
  const api = (await (await get('/api/portal/providers?navn=Sortering', '')).json()) as { providers: { name: string }[] };
  const danish = [...names].sort(new Intl.Collator('da', { sensitivity: 'base' }).compare);
  assert.deepEqual(api.providers.map((p) => p.name), danish);
});
