// Issue 9, item 18: an error summary appears only when something is wrong. A fresh GET of every
// form page — as the role that fills it in, on the demo data — shows no error summary.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { TestServices } from '../support/test-services.ts';
import { demoApp, type DemoApp } from '../support/demo-app.ts';
import { createApp } from '../../src/web/app.tsx';
import { listen } from '../support/real-server.ts';
import { fosterFamilies, inspections, providers, reports, users } from '../../src/storage/schema.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
let demo: DemoApp;

before(async () => {
  demo = await demoApp(['admin', 'inspektoer-nord', 'tilbud-demo']);
  ({ t, app } = demo);
});
after(() => t.close());

const SUMMARY = /id="error-summary-title"/;

async function formPages(): Promise<[string, string][]> {
  const db = t.services.db;
  const [provider] = await db.select({ id: providers.id }).from(providers).where(eq(providers.authorityId, 'nord')).limit(1);
  const [family] = await db.select({ id: fosterFamilies.id }).from(fosterFamilies).where(eq(fosterFamilies.authorityId, 'nord')).limit(1);
  const [open] = await db.select({ id: inspections.id, modelId: inspections.modelId }).from(inspections)
    .where(and(eq(inspections.authorityId, 'nord'), eq(inspections.status, 'in_progress'), isNotNull(inspections.providerId))).limit(1);
  const [hearing] = await db.select({ inspectionId: reports.inspectionId, providerId: inspections.providerId }).from(reports)
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .where(and(eq(reports.status, 'hearing'), isNotNull(inspections.providerId))).limit(1);
  // The provider's own user answers the hearing.
  await db.update(users).set({ providerId: hearing!.providerId }).where(eq(users.username, 'tilbud-demo'));
  const [someone] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'leder-nord'));
  assert.ok(provider && family && open && hearing && someone);
  const inspector = 'inspektoer-nord';
  return [
    ['/login', ''],
    ['/account/password', inspector],
    ['/users/new', 'admin'],
    [`/users/${someone.id}`, 'admin'],
    ['/providers/new', inspector],
    [`/providers/${provider.id}`, inspector],
    [`/providers/${provider.id}/edit`, inspector],
    ['/foster-families/new', inspector],
    [`/foster-families/${family.id}/edit`, inspector],
    ['/inspections/new', inspector],
    [`/inspections/${open.id}`, inspector],
    [`/inspections/${open.id}/assessment`, inspector],
    [`/inspections/${open.id}/assessment/economy`, inspector],
    [`/inspections/${open.id}/report`, inspector],
    [`/inspections/${hearing.inspectionId}/report/hearing`, 'tilbud-demo'],
  ];
}

test('a fresh GET of every form page has no error summary', async () => {
  for (const [path, username] of await formPages()) {
    const response = await demo.get(path, username || undefined);
    const html = await response.text();
    assert.equal(response.status, 200, `${path} as ${username || 'guest'}`);
    assert.match(html, /<form/, `${path} is a form page`);
    assert.doesNotMatch(html, SUMMARY, `${path} as ${username || 'guest'} shows an error summary before anything was sent`);
  }
});

test('the login page shows its summary after a failed login, with the field named', async () => {
  const server = await listen(app);
  const response = await fetch(`${server.base}/login`, { method: 'POST', body: new URLSearchParams({ username: 'admin', password: 'forkert' }) });
  const html = await response.text();
  await server.close();
  assert.equal(response.status, 401);
  assert.match(html, SUMMARY);
  assert.match(html, /Du blev ikke logget ind/);
  assert.match(html, /href="#field-username"/);
});
