// Issue 11 in the browser (so far): the region's quality consultant opens the overview of the
// regions' model from the menu — the region's institutions, overdue first — and it passes axe and
// the 320 px check; a surveyor sees only the institutions of their evaluations; the auditor is refused.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertAccessible, sharedBrowser, logIn, sharedServer, type RunningServer } from '../support/browser.ts';

let server: RunningServer;
let browser: Browser;
before(async () => {
  server = await sharedServer();
  browser = await sharedBrowser();
});

test('the regions\' overview: the consultant\'s region, overdue first; a surveyor\'s assigned institutions; the auditor refused', async () => {
  const consultant = await browser.newContext();
  const page = await consultant.newPage();
  await logIn(page, server.url, 'kvalitet-sjaelland');
  await page.getByRole('link', { name: 'Kvalitetsmodel for institutioner' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Dansk Kvalitetsmodel på det sociale område' }).waitFor();
  const institutions = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  assert.deepEqual(institutions.map((h) => h.replace(/\s*\(.*\)$/, '')), ['Bocenter Lyngen', 'Specialinstitutionen Fjordhuset'], 'overdue (Lyngen) first');
  assert.ok(await page.getByText('(overskredet)').first().isVisible());
  await assertAccessible(page);
  await consultant.close();

  const surveyorContext = await browser.newContext();
  const surveyor = await surveyorContext.newPage();
  await logIn(surveyor, server.url, 'surveyor-demo');
  await surveyor.goto(`${server.url}/standards`);
  assert.equal(await surveyor.getByRole('heading', { level: 2 }).count(), 2);
  await surveyorContext.close();

  const auditorContext = await browser.newContext();
  const auditor = await auditorContext.newPage();
  await logIn(auditor, server.url, 'revisor');
  assert.equal((await auditor.goto(`${server.url}/standards`))?.status(), 403);
  await auditorContext.close();
});
