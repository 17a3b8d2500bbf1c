// The public portal in a real browser against the demo server, without logging in: the search
// page, a search with results, a provider page and the open-data page pass axe; the search form
// works with the keyboard alone.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertAccessible, sharedBrowser, sharedServer, type RunningServer } from '../support/browser.ts';
import { BROWSER_TEST_PROVIDER_NAME } from '../../../src/demo/seed-demo.ts';

let server: RunningServer;
let browser: Browser;
before(async () => {
  server = await sharedServer();
  browser = await sharedBrowser();
});

test('the search page, a search with results, a provider page and the open-data page are accessible', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/portal`);
  await page.getByRole('heading', { level: 1, name: 'Find tilbud og socialtilsynets vurderinger' }).waitFor();
  assert.equal(await page.locator('h1').count(), 1, 'one h1');
  assert.equal(await page.locator('html').getAttribute('lang'), 'da', 'Danish');
  assert.equal(await page.getByRole('button', { name: 'Log af' }).count(), 0, 'nobody is logged in');
  await assertAccessible(page);

  await page.getByLabel('Lovgrundlag').selectOption('sel-107');
  await page.getByLabel('Målgruppe').fill('voksne');
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  await page.waitForURL(/lovgrundlag=sel-107/);
  const rows = page.locator('table tbody tr');
  assert.ok((await rows.count()) > 0, 'the search has results');
  assert.equal(await page.getByLabel('Lovgrundlag').inputValue(), 'sel-107', 'the form keeps the choice');
  assert.equal(await page.locator('th[scope="col"]').count(), 7, 'column headers with scope');
  await assertAccessible(page);

  await page.getByRole('link', { name: BROWSER_TEST_PROVIDER_NAME }).click();
  await page.waitForURL(/\/portal\/providers\//);
  await page.getByRole('heading', { level: 1, name: BROWSER_TEST_PROVIDER_NAME }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Seneste tilsynsrapport' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Tidligere offentliggjorte vurderinger' }).waitFor();
  await assertAccessible(page);

  await page.getByRole('link', { name: 'Åbne data', exact: true }).click();
  await page.waitForURL(/\/portal\/open-data$/);
  await page.getByRole('heading', { level: 1, name: 'Åbne data' }).waitFor();
  await assertAccessible(page);
  const csv = await page.request.get(`${server.url}/portal/open-data.csv?lovgrundlag=sel-107`);
  assert.equal(csv.status(), 200, 'the CSV can be fetched');
  assert.ok((await csv.text()).includes(BROWSER_TEST_PROVIDER_NAME), 'the CSV lists the provider');
  await page.close();
});

test('a provider under enhanced supervision says so', async (t) => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/portal`);
  const enhanced = page.locator('tbody tr', { hasText: 'Skærpet tilsyn indtil' }).first();
  if ((await enhanced.count()) === 0) {
    t.skip('no enhanced supervision in force in the demo data today');
    await page.close();
    return;
  }
  await enhanced.locator('th a').click();
  await page.waitForURL(/\/portal\/providers\//);
  await page.getByText(/^Skærpet tilsyn indtil \d+\. \p{L}+ \d{4}$/u).first().waitFor();
  await assertAccessible(page);
  await page.close();
});

test('keyboard only: skip link, fill the name field, submit with Enter, follow a result', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/portal`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Gå til sideindhold', 'the first Tab reaches the skip link');

  await page.getByLabel('Tilbuddets navn').focus();
  await page.keyboard.type(BROWSER_TEST_PROVIDER_NAME.split(' ')[1]!);
  await page.keyboard.press('Enter');
  await page.waitForURL(/navn=/);
  const links = page.locator('table tbody th a');
  assert.equal(await links.count(), 1, 'one result');
  assert.equal(await links.first().textContent(), BROWSER_TEST_PROVIDER_NAME, 'the provider is found');
  assert.equal(await page.getByLabel('Tilbuddets navn').inputValue(), BROWSER_TEST_PROVIDER_NAME.split(' ')[1], 'the field keeps the search');

  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await page.evaluate(() => document.activeElement?.textContent)) === BROWSER_TEST_PROVIDER_NAME;
  }
  assert.ok(reached, 'the result link can be reached with Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/portal\/providers\//);
  await page.getByRole('heading', { level: 1, name: BROWSER_TEST_PROVIDER_NAME }).waitFor();
  await page.close();
});
