// Issue 9, item 16: an inspection is created from the provider's or foster family's own page, and
// the page shows the real inspection history (risk, outcome, report link) — to those who work
// with inspections, each within their scope.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, isNotNull } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { createApp } from '../../src/web/app.tsx';
import { login } from '../../src/services/auth/sessions.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed-demo.ts';
import { fosterFamilies, inspections, reports, users } from '../../src/storage/schema.ts';
import { listEntityInspections } from '../../src/services/inspections/list-entity-inspections.ts';
import { makeActors } from '../support/fixtures.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
const sessions = new Map<string, { cookie: string; csrf: string }>();
let providerId = '';
let familyId = '';
let actors: Awaited<ReturnType<typeof makeActors>>;

before(async () => {
  t = await createTestServices({ demo: true });
  app = createApp(t.services, { demo: true });
  for (const username of ['inspektoer-nord', 'leder-nord', 'revisor', 'tilbud-demo', 'admin']) {
    const s = await login(t.services, { username, password: DEMO_PASSWORD, clientKey: `h-${username}` });
    sessions.set(username, { cookie: `tilsyn_session=${s.token}`, csrf: s.csrfToken });
  }
  // A Nord provider with a final report, and a Nord foster family.
  const [withReport] = await t.services.db.select({ id: inspections.providerId }).from(inspections)
    .innerJoin(reports, eq(reports.inspectionId, inspections.id))
    .where(and(eq(inspections.authorityId, 'nord'), isNotNull(inspections.providerId), eq(reports.status, 'sent'))).limit(1);
  providerId = withReport!.id!;
  const [family] = await t.services.db.select({ id: fosterFamilies.id }).from(fosterFamilies).where(eq(fosterFamilies.authorityId, 'nord')).limit(1);
  familyId = family!.id;
  actors = await makeActors(t.services);
});
after(() => t.close());

const get = (path: string, user: string) => app.request(path, { headers: { cookie: sessions.get(user)!.cookie } });

test('the provider page lists its inspections with risk, outcome and a link to the report', async () => {
  const html = await (await get(`/providers/${providerId}`, 'inspektoer-nord')).text();
  assert.doesNotMatch(html, /Der er ingen tilsyn at vise/);
  const rows = await listEntityInspections(t.services, actors.inspectorNord, { providerId });
  assert.ok(rows.length > 0);
  assert.match(html, /<caption class="sr-only">Tilsyn med tilbuddet \(\d+\)<\/caption>/);
  for (const row of rows) {
    assert.ok(html.includes(`href="/inspections/${row.id}"`), row.title);
    if (row.reportStatus) assert.ok(html.includes(`href="/inspections/${row.id}/report"`), `report link for ${row.title}`);
  }
  assert.ok(rows.some((r) => r.conclusionLabel), 'a sent report gives the outcome');
  assert.match(html, /Fornøden kvalitet|Ikke fornøden kvalitet/);
});

test('"Opret tilsyn" on the page leads to the form for this provider, and the new inspection appears in the history', async () => {
  const html = await (await get(`/providers/${providerId}`, 'inspektoer-nord')).text();
  const href = /<a class="button button-primary" href="([^"]+)">Opret tilsyn<\/a>/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  assert.equal(href, `/inspections/new?providerId=${providerId}`);
  const form = await (await get(href!, 'inspektoer-nord')).text();
  assert.match(form, new RegExp(`<input type="hidden" name="providerId" value="${providerId}"/>`));
  const s = sessions.get('inspektoer-nord')!;
  const created = await app.request('/inspections', {
    method: 'POST',
    headers: { cookie: s.cookie },
    body: new URLSearchParams({ _csrf: s.csrf, providerId, title: 'Uanmeldt tilsyn 2027', phase: 'operation', modelId: 'tilbud', risk: 'yellow' }),
  });
  assert.equal(created.status, 303);
  const after = await (await get(`/providers/${providerId}`, 'inspektoer-nord')).text();
  assert.match(after, /Uanmeldt tilsyn 2027<\/a><\/th><td>Driftsorienteret tilsyn<\/td><td>–<\/td><td>Planlagt<\/td><td>Gul<\/td>/);
});

test('the foster family page has the same: its history and "Opret tilsyn"', async () => {
  const html = await (await get(`/foster-families/${familyId}`, 'leder-nord')).text();
  assert.ok(html.includes(`href="/inspections/new?fosterFamilyId=${familyId}"`));
  assert.match(html, /<h2 id="tilsyn">Tilsyn<\/h2>/);
  assert.doesNotMatch(html, /Der er ingen tilsyn at vise/);
});

test('per role: the auditor sees the history but cannot create; provider users and the administrator see no inspections', async () => {
  const auditor = await (await get(`/providers/${providerId}`, 'revisor')).text();
  assert.match(auditor, /<caption class="sr-only">Tilsyn med tilbuddet/);
  assert.doesNotMatch(auditor, />Opret tilsyn</);
  const admin = await (await get(`/providers/${providerId}`, 'admin')).text();
  assert.doesNotMatch(admin, /<h2 id="tilsyn">/);
  const [own] = await t.services.db.select({ providerId: users.providerId }).from(users).where(eq(users.username, 'tilbud-demo'));
  const provider = await (await get(`/providers/${own!.providerId}`, 'tilbud-demo')).text();
  assert.match(provider, /<h1>/);
  assert.doesNotMatch(provider, /<h2 id="tilsyn">/, 'a provider user sees final reports, not inspections');
  assert.deepEqual(await listEntityInspections(t.services, actors.inspectorSyd, { providerId }), [], 'another authority sees none');
  assert.deepEqual(await listEntityInspections(t.services, actors.admin, { providerId }), []);
});
