// Login through the organisation's identity provider in a real browser, with the provider on
// another site (localhost beside 127.0.0.1) as a real one is: the way back is a cross-site
// navigation, and the session it opens must hold on the next page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertAccessible, sharedBrowser } from '../support/browser.ts';
import { createApp } from '../../../src/web/app.tsx';
import { oidcLogin } from '../../../src/services/auth/oidc-login.ts';
import { OIDC_DEFAULTS } from '../../../src/services/auth/oidc-settings.ts';
import { listen, type RealServer } from '../../support/real-server.ts';
import { createTestServices, type TestServices } from '../../support/test-services.ts';
import { listenIdentityProvider, type IdentityProvider } from '../../support/identity-provider.ts';
import { webSession } from '../../support/web-session.ts';

let t: TestServices;
let idp: IdentityProvider;
let server: RealServer;
let browser: Browser;
before(async () => {
  t = await createTestServices();
  idp = await listenIdentityProvider({ host: 'localhost' });
  const oidc = oidcLogin({ issuer: new URL(idp.issuer), clientId: idp.clientId, clientSecret: idp.clientSecret, redirectUri: null, ...OIDC_DEFAULTS });
  server = await listen(createApp(t.services, { oidc, log: () => {} }));
  await idp.register(`${server.base}/login/oidc/callback`);
  await webSession(t.services, 'ina@nord.dk', 'inspector', 'nord');
  browser = await sharedBrowser();
});
after(async () => {
  await server.close();
  await idp.close();
  await t.close();
});

test('a login at the identity provider (another site) opens a session; an unknown person gets an accessible refusal', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.base}/inspections`);
  await page.waitForURL(/\/login\?next=%2Finspections/);
  await assertAccessible(page);

  idp.loginAs({ sub: 'i1', claims: { preferred_username: 'ina@nord.dk' } });
  await page.getByRole('link', { name: OIDC_DEFAULTS.label }).click();
  await page.waitForURL(`${server.base}/inspections`);
  await page.getByRole('heading', { level: 1, name: 'Tilsyn' }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Log af' }).isVisible(), 'logged in on arrival');

  const other = await context.newPage();
  await context.clearCookies();
  idp.loginAs({ sub: 'u1', claims: { preferred_username: 'ukendt@nord.dk' } });
  await other.goto(`${server.base}/login`);
  await other.getByRole('link', { name: OIDC_DEFAULTS.label }).click();
  await other.getByRole('heading', { level: 1, name: 'Du har ikke adgang til tilsyn' }).waitFor();
  await assertAccessible(other);
  await context.close();
});
