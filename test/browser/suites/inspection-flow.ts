// An inspector's day, in a real browser: open the demo inspection, assess markers including
// an absent one, see the criterion refused as met, complete the assessment, see the outcome.
// Every page visited passes axe.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { assertAccessible, sharedBrowser, logIn, sharedServer, type RunningServer } from '../support/browser.ts';
import { BROWSER_TEST_INSPECTION_TITLE } from '../../../src/demo/seed-demo.ts';

let server: RunningServer;
let browser: Browser;
before(async () => {
  server = await sharedServer();
  browser = await sharedBrowser();
});

const JUSTIFICATION = 'Ved det uanmeldte tilsynsbesøg blev to medarbejdere og lederen interviewet, og tre borgere fortalte om deres hverdag. Oplysningerne stemmer overens med dokumentationen.';

async function markAllPresentAndMet(page: Page): Promise<void> {
  for (const group of await page.getByRole('group', { name: /^Kvalitetsmarkør / }).all()) {
    const present = group.getByLabel('Til stede', { exact: true });
    if (await present.count()) await present.check();
  }
  for (const group of await page.getByRole('group', { name: /^Konklusion på kvalitetskriterium / }).all()) {
    await group.getByLabel('Opfyldt', { exact: true }).check();
    await group.getByLabel('Faglig begrundelse').fill(JUSTIFICATION);
  }
}

test('an inspector assesses the demo inspection to its outcome', async () => {
  const page = await browser.newPage();
  await logIn(page, server.url, 'inspektoer-nord');

  await page.getByRole('link', { name: 'Tilsyn', exact: true }).first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await assertAccessible(page);
  await page.getByRole('link', { name: BROWSER_TEST_INSPECTION_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: BROWSER_TEST_INSPECTION_TITLE }).waitFor();
  await assertAccessible(page);

  await page.getByRole('link', { name: 'Vurdering', exact: true }).click();
  await page.waitForURL(/\/assessment$/);
  await assertAccessible(page);
  const overview = page.url();
  const themeLinks = await page.getByRole('link', { name: /^Tema \d+: / }).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  assert.equal(themeLinks.length, 5, 'the tilbud model has five themes');

  // Theme 1: one marker absent while the criterion is concluded met.
  await page.goto(themeLinks[0]!);
  await assertAccessible(page);
  await markAllPresentAndMet(page);
  const firstMarker = page.getByRole('group', { name: /^Kvalitetsmarkør / }).first();
  await firstMarker.getByLabel('Ikke til stede', { exact: true }).check();
  await page.getByRole('button', { name: 'Gem' }).click();
  await page.getByText(/kan ikke være opfyldt/).first().waitFor();
  await assertAccessible(page);

  // Fix it: the marker is present after all.
  await page.getByRole('group', { name: /^Kvalitetsmarkør / }).first().getByLabel('Til stede', { exact: true }).check();
  await page.getByRole('button', { name: 'Gem' }).click();
  await page.waitForLoadState('load');
  assert.equal(await page.getByText(/kan ikke være opfyldt/).count(), 0, 'the error is gone once the marker is present');

  for (const href of themeLinks.slice(1)) {
    await page.goto(href);
    await markAllPresentAndMet(page);
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.waitForLoadState('load');
  }

  await page.goto(overview);
  await page.getByRole('link', { name: /^Økonomi/ }).first().click();
  await assertAccessible(page);
  await page.getByLabel('Opfyldt', { exact: true }).check();
  await page.getByLabel('Faglig begrundelse').fill('Tilbuddets økonomi er bæredygtig, prisen svarer til kvaliteten og målgruppen, og regnskabet er gennemsigtigt.');
  await page.getByRole('button', { name: 'Gem' }).click();
  await page.waitForLoadState('load');

  await page.goto(overview);
  await page.getByText('Fornøden kvalitet: Ja').first().waitFor();
  await assertAccessible(page);
});

test('the register and model pages pass axe too', async () => {
  const page = await browser.newPage();
  await logIn(page, server.url, 'leder-nord');
  for (const path of ['/providers', '/foster-families', '/models', '/models/tilbud', '/models/tilbud-2017', '/providers/new']) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertAccessible(page);
  }
  await page.goto(`${server.url}/providers`);
  await page.getByRole('link', { name: 'Bostedet Lærkereden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bostedet Lærkereden' }).waitFor();
  await assertAccessible(page);
});

test('without JavaScript, by keyboard: the same assessment forms save and show the engine error', { timeout: 180_000 }, async () => {
  // axe needs JavaScript in the page, so this test checks behaviour only; the same pages pass axe above.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Brugernavn').fill('inspektoer2-nord');
  await page.getByLabel('Adgangskode').fill('demo-tilsyn');
  await page.getByLabel('Adgangskode').press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/inspections`);
  await page.getByRole('link', { name: BROWSER_TEST_INSPECTION_TITLE }).click();
  await page.getByRole('link', { name: 'Vurdering', exact: true }).click();
  await page.getByRole('link', { name: /^Tema 2: / }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const marker = page.getByRole('group', { name: /^Kvalitetsmarkør / }).first();
  // Keyboard only: focus the radio and choose it with the space bar, submit with Enter on the button.
  await marker.getByLabel('Ikke til stede', { exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Gem' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/kan ikke være opfyldt/).first().waitFor();
  await context.close();
});
