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

test('a wrong password shows a clear error on an accessible page; the right one logs in and out', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Brugernavn').fill('inspektoer-nord');
  await page.getByLabel('Adgangskode').fill('forkert');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByText('Forkert brugernavn eller adgangskode.').first().waitFor();
  assert.equal(await page.getByLabel('Brugernavn').inputValue(), 'inspektoer-nord', 'the form keeps the input');
  await assertAccessible(page);

  await logIn(page, server.url, 'inspektoer-nord');
  await page.getByRole('heading', { level: 1, name: /Velkommen/ }).waitFor();
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Log af' }).click();
  await page.waitForURL(/\/login/);
  await page.goto(`${server.url}/`);
  assert.match(page.url(), /\/login/, 'after logout the front page asks for login');
});

test('the session cookie is HttpOnly and SameSite=Lax (it must survive the way back from the identity provider)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, server.url, 'leder-nord');
  const cookie = (await context.cookies()).find((c) => c.name === 'tilsyn_session');
  assert.ok(cookie);
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  await context.close();
});
