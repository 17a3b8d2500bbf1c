// Browser tests run the real application (migrated, with the demo data) and drive Debian's
// Chromium through Playwright; axe checks every page visited. Each entry file in test/browser/ runs
// its suites in one process against one server and one browser, started on first use; the
// server listens on TILSYN_TEST_PORT (default 0: a free port the system picks).
import type { ServiceContext } from '../../../src/services/context.ts';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../../src/server/start-server.ts';
import { memoryDatabase } from '../../support/test-database.ts';
import { startInbox, type Inbox } from '../../support/smtp-inbox.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Debian's headless shell when it is installed (.ci/run installs it): it renders the same pages
// as the full browser for about two thirds of the CPU.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/bin/chromium';

/** `inbox`: the in-process SMTP server the running server e-mails its notifications to. */
export type RunningServer = { url: string; services: ServiceContext; inbox: Inbox; stop(): Promise<void> };

let server: Promise<RunningServer> | undefined;
let browser: Promise<Browser> | undefined;

/** The one server of this process: in-memory PGlite with the demo data (from the demo template when there is one; else the server seeds it). */
export function sharedServer(): Promise<RunningServer> {
  server ??= (async () => {
    const inbox = await startInbox();
    const running = await startServer({
      port: Number(process.env.TILSYN_TEST_PORT ?? 0),
      database: memoryDatabase('demo').options,
      demo: true,
      log: () => {},
      mail: { smtpUrl: inbox.url, from: 'tilsyn@tilsyn.example', baseUrl: 'http://tilsyn.example', everyMs: 200 },
    });
    const stop = async () => {
      await running.stop();
      await inbox.close();
    };
    return { url: `http://127.0.0.1:${running.port}`, services: running.services, inbox, stop };
  })();
  return server;
}

export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return browser;
}

/** Closes what was started; the entry file calls it once after every suite. */
export async function stopShared(): Promise<void> {
  await (await browser)?.close();
  await (await server)?.stop();
}

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA rules and fails on any violation; then shows the same
 * page 320 px wide (WCAG 1.4.10 reflow) and fails if it scrolls sideways there.
 */
export async function assertAccessible(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`)) as AxeResult;
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${page.url()}`);
  await assertReflows(page);
}

/** At 320 px wide nothing makes the page scroll sideways (wide tables scroll in their own region). */
export async function assertReflows(page: Page): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: viewport?.height ?? 800 });
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1);
    const outermost = wide.filter((el) => !wide.some((other) => other !== el && other.contains(el)));
    return { by: root.scrollWidth - root.clientWidth, culprits: outermost.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`) };
  });
  if (viewport) await page.setViewportSize(viewport);
  assert.ok(overflow.by <= 0, `${page.url()} scrolls sideways at 320 px by ${overflow.by}px: ${overflow.culprits.join(', ')}`);
}

export async function logIn(page: Page, baseUrl: string, username: string, password = 'demo-tilsyn'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await assertAccessible(page);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** A page of its own on the shared server and browser, logged in as `username`; `close` ends its browser context. */
export async function signedIn(username: string, password?: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const [running, chromiumBrowser] = await Promise.all([sharedServer(), sharedBrowser()]);
  const context = await chromiumBrowser.newContext();
  const page = await context.newPage();
  await logIn(page, running.url, username, password);
  return { page, close: () => context.close() };
}
