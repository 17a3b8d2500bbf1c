// User administration in the browser (issue 8): the administrator creates an inspector, who logs
// in with the one-time password and must choose a new one first. Every page passes axe and reflows
// at 320 px; the demo banner is on every page of the demo.
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

test('the administrator creates an inspector, who must choose a new password before anything else', async () => {
  const admin = await browser.newContext();
  const page = await admin.newPage();
  await logIn(page, server.url, 'admin');
  await page.getByText('Demodata — fiktive personer og kendte adgangskoder').waitFor();
  await page.getByRole('link', { name: 'Brugere', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Brugere' }).waitFor();
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Opret bruger' }).click();
  await assertAccessible(page);
  await page.getByLabel('Brugernavn').fill('ny.inspektoer');
  await page.getByLabel('Navn', { exact: true }).fill('Ny Inspektør');
  await page.getByLabel('Rolle').selectOption('inspector');
  await page.getByLabel('Socialtilsyn').selectOption('midt');
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  const password = (await page.locator('code.one-time-password').textContent())?.trim() ?? '';
  assert.ok(password.length >= 12);
  await assertAccessible(page);
  await admin.close();

  const user = await browser.newContext();
  const own = await user.newPage();
  await logIn(own, server.url, 'ny.inspektoer', password);
  await own.waitForURL(/\/account\/password/);
  await own.getByText('Din adgangskode er sat af en administrator').waitFor();
  await assertAccessible(own);
  await own.getByLabel('Nuværende adgangskode').fill(password);
  await own.getByLabel('Ny adgangskode', { exact: true }).fill('en lang og personlig sætning');
  await own.getByLabel('Gentag den nye adgangskode').fill('en lang og personlig sætning');
  await own.getByRole('button', { name: 'Skift adgangskode' }).click();
  await own.getByRole('heading', { level: 1, name: /Velkommen, Ny Inspektør/ }).waitFor();
  await user.close();
});
