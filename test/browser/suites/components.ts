// The component gallery passes axe, also at 320 px without sideways scrolling.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertAccessible, logIn, sharedBrowser, sharedServer, type RunningServer } from '../support/browser.ts';

let server: RunningServer;
let browser: Browser;
before(async () => {
  server = await sharedServer();
  browser = await sharedBrowser();
});

test('the component gallery passes axe, and at 320 px nothing scrolls sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await logIn(page, server.url, 'revisor');
  await page.goto(`${server.url}/components`);
  await page.getByRole('heading', { level: 1, name: 'Komponenter' }).waitFor();
  await assertAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 320 px (overflow ${overflow}px)`);
  await context.close();
});
