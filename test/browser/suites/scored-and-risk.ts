// The pages issue 9 added, with axe and the 320 px check: an inspection under the scored model at
// yellow risk — the risk section with the criteria in doubt and the widening form, the assessment
// overview with the conclusion form, a scored theme with its criterion assessments, and the economy.
import { test, before, after } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { assertAccessible, sharedBrowser, logIn, sharedServer, type RunningServer } from '../support/browser.ts';
import { BROWSER_TEST_PROVIDER_NAME } from '../../../src/demo/seed-demo.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
before(async () => {
  server = await sharedServer();
  browser = await sharedBrowser();
  context = await browser.newContext();
});
after(async () => {
  await context.close();
});

test('a scored inspection at yellow risk: its risk section, the conclusion form, a theme and the economy pass axe', async () => {
  const page = await context.newPage();
  await logIn(page, server.url, 'inspektoer-nord');
  await page.goto(`${server.url}/providers`);
  await page.getByRole('link', { name: BROWSER_TEST_PROVIDER_NAME }).click();
  await page.getByRole('link', { name: 'Opret tilsyn' }).click();
  await page.getByLabel('Titel').fill('Tilsyn efter 2017-modellen – gul risiko');
  await page.getByLabel('Kvalitetsmodel').selectOption('tilbud-2017');
  await page.getByLabel('Gul').check();
  await page.getByRole('button', { name: 'Opret tilsyn' }).click();
  await page.getByRole('heading', { level: 3, name: 'Hvad risikokategorien betyder for tilsynet' }).waitFor();
  await page.getByRole('heading', { level: 4, name: 'Kvalitetskriterier i tvivl' }).waitFor();
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Vurdering', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Konklusion om fornøden kvalitet' }).waitFor();
  await assertAccessible(page);
  const overview = page.url();
  await page.getByRole('link', { name: /^Tema 1: / }).first().click();
  await page.getByText(/Skriftlig vurdering af kriterium \d+/).first().waitFor();
  await assertAccessible(page);
  await page.goto(overview);
  await page.getByRole('link', { name: /^Økonomi/ }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Økonomi' }).waitFor();
  await assertAccessible(page);
});
