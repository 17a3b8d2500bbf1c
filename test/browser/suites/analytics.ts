// Issue 10 in the browser: the auditor filters to an indicator and a year range, sees the
// distribution chart, opens its data table, downloads the CSV, and the figures equal a direct SQL
// count; a manager sees the other authorities only pooled; an inspector is refused. Axe and the
// 320 px check on every analytics page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { and, between, eq, sql } from 'drizzle-orm';
import type { Browser, BrowserContext } from 'playwright-core';
import { assertAccessible, sharedBrowser, logIn, sharedServer, type RunningServer } from '../support/browser.ts';
import { analyticsFacts, authorities } from '../../../src/storage/schema.ts';
import { readCsv } from '../../../src/core/read-csv.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
before(async () => {
  server = await sharedServer();
  browser = await sharedBrowser();
  context = await browser.newContext({ acceptDownloads: true });
});
after(async () => {
  await context.close();
});

test('the auditor: filter to an indicator and years, chart, data table and CSV equal a direct SQL count', async () => {
  const page = await context.newPage();
  await logIn(page, server.url, 'revisor');
  await page.getByRole('link', { name: 'Analyse', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Analyse af kvalitetsvurderingerne' }).waitFor();
  await assertAccessible(page);
  await page.getByLabel('Kvalitetsmodel').selectOption('tilbud-2017');
  await page.getByLabel('Indikator', { exact: true }).selectOption('1.a');
  await page.getByLabel('Fra år').fill('2020');
  await page.getByLabel('Til år').fill('2026');
  await page.getByRole('button', { name: 'Vis' }).click();
  assert.match(page.url(), /item=1\.a/);
  assert.match(page.url(), /from=2020&to=2026/);

  const figure = page.locator('figure#distribution');
  await figure.getByRole('img', { name: /Fordelingen af scorer pr\. socialtilsyn/ }).waitFor();
  const caption = await figure.locator('figcaption').innerText();
  assert.match(caption, /Andelen af lave scorer \(1–2\)/);
  await figure.getByText('Vis data som tabel').click();
  const table = figure.getByRole('table');
  await table.waitFor();
  await assertAccessible(page);
  const shown = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));

  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: /Hent data som CSV/ }).click()]);
  const csv = readCsv(readFileSync((await download.path())!, 'utf8')).map((r) => r.fields);
  assert.deepEqual(csv.slice(1), shown, 'the CSV holds exactly the figures of the table');

  const db = server.services.db;
  const f = analyticsFacts;
  const direct = await db.select({ name: authorities.name, value: f.value, n: sql<number>`count(*)::int` }).from(f).innerJoin(authorities, eq(authorities.id, f.authorityId))
    .where(and(eq(f.modelId, 'tilbud-2017'), eq(f.itemId, '1.a'), eq(f.itemKind, 'indicator'), between(f.factDate, '2020-01-01', '2026-12-31'), sql`${f.value} in ('1','2','3','4','5')`))
    .groupBy(authorities.name, f.value);
  assert.ok(direct.length > 0, 'the demo has scores for indicator 1.a');
  const perAuthority = new Map<string, number>();
  for (const d of direct) perAuthority.set(d.name, (perAuthority.get(d.name) ?? 0) + d.n);
  const rows = shown.filter((r) => r[0] !== 'Hele landet');
  assert.deepEqual(rows.map((r) => r[0]).sort(), [...perAuthority.keys()].sort(), 'one row per authority with scores');
  for (const r of rows) {
    for (let score = 1; score <= 5; score++) assert.equal(Number(r[score]), direct.find((d) => d.name === r[0] && d.value === String(score))?.n ?? 0, `${r[0]} score ${score}`);
    assert.equal(Number(r[6]), perAuthority.get(r[0]!), `${r[0]} in all`);
  }
  const national = shown.find((r) => r[0] === 'Hele landet')!;
  assert.equal(Number(national[6]), direct.reduce((s, d) => s + d.n, 0));

  for (const path of ['/analytics/consistency', '/analytics/situations', '/analytics/annual']) {
    await page.goto(`${server.url}${path}`);
    await assertAccessible(page);
  }
  await page.close();
});

test('a manager sees their own authority and the others pooled; an inspector is refused', async () => {
  const manager = await browser.newContext();
  const page = await manager.newPage();
  await logIn(page, server.url, 'leder-nord');
  await page.goto(`${server.url}/analytics?model=tilbud`);
  await page.locator('figure#distribution').getByText('Vis data som tabel').click();
  const labels = await page.locator('figure#distribution tbody th').allInnerTexts();
  assert.ok(labels.every((l) => ['Socialtilsyn Nord', 'Øvrige socialtilsyn', 'Hele landet'].includes(l)), labels.join(', '));
  assert.ok(labels.includes('Øvrige socialtilsyn'));
  const text = await page.locator('main').innerText();
  for (const other of ['Socialtilsyn Syd', 'Socialtilsyn Midt', 'Socialtilsyn Øst', 'Socialtilsyn Hovedstaden']) assert.ok(!text.includes(other), `${other} is not named`);
  await assertAccessible(page);
  await manager.close();

  const inspector = await browser.newContext();
  const inspectorPage = await inspector.newPage();
  await logIn(inspectorPage, server.url, 'inspektoer-nord');
  assert.equal(await inspectorPage.getByRole('link', { name: 'Analyse', exact: true }).count(), 0, 'no menu item');
  const refused = await inspectorPage.goto(`${server.url}/analytics`);
  assert.equal(refused?.status(), 403);
  await inspector.close();
});
