// Inspection pages and API through the whole app: real users with argon2 hashes, sessions from
// login(), the session cookie and the CSRF field.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { createApp } from '../../src/web/app.tsx';
import { hashPassword } from '../../src/services/auth/password.ts';
import { login } from '../../src/services/auth/sessions.ts';
import { inspections, providers, riskChanges, users, visits } from '../../src/storage/schema.ts';

type Session = { cookie: string; csrf: string };

let t: TestServices;
let app: ReturnType<typeof createApp>;
let providerNord: string;
let inspector: Session;
let manager: Session;
let otherAuthority: Session;

before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  const [p] = await t.services.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet <Nordlys>', municipality: 'Aalborg' }).returning();
  providerNord = p!.id;
  const hash = await hashPassword('kode-til-test');
  await t.services.db.insert(users).values([
    { username: 'ina', displayName: 'Ina Inspektør', passwordHash: hash, role: 'inspector', authorityId: 'nord' },
    { username: 'mette', displayName: 'Mette Leder', passwordHash: hash, role: 'manager', authorityId: 'nord' },
    { username: 'sven', displayName: 'Sven Syd', passwordHash: hash, role: 'inspector', authorityId: 'syd' },
  ]);
  const session = async (username: string): Promise<Session> => {
    const s = await login(t.services, { username, password: 'kode-til-test', clientKey: `test-${username}` });
    return { cookie: `tilsyn_session=${s.token}`, csrf: s.csrfToken };
  };
  inspector = await session('ina');
  manager = await session('mette');
  otherAuthority = await session('sven');
  app = createApp(t.services);
});
after(() => t.close());

const get = (path: string, s: Session) => app.request(path, { headers: { cookie: s.cookie } });
const post = (path: string, s: Session, fields: Record<string, string>, csrf = true) =>
  app.request(path, { method: 'POST', headers: { cookie: s.cookie }, body: new URLSearchParams(csrf ? { _csrf: s.csrf, ...fields } : fields) });
const api = (path: string, s: Session, method = 'GET', json?: unknown) =>
  app.request(`/api${path}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });

const TITLE = '<script>alert(1)</script> Tilsyn & co';
let inspectionId = '';

async function createThroughForm(title: string): Promise<string> {
  const res = await post('/inspections', inspector, { providerId: providerNord, title, phase: 'operation', modelId: 'tilbud', risk: 'green' });
  assert.equal(res.status, 303);
  const location = res.headers.get('location') ?? '';
  assert.match(location, /^\/inspections\/[0-9a-f-]{36}$/);
  return location.split('/').pop()!;
}

test('the new-inspection form and POST /inspections create an inspection and redirect to it', async () => {
  const form = await get(`/inspections/new?providerId=${providerNord}`, inspector);
  assert.equal(form.status, 200);
  const html = await form.text();
  assert.match(html, /name="_csrf"/);
  assert.ok(html.includes('Bostedet &lt;Nordlys&gt;'));
  inspectionId = await createThroughForm(TITLE);
  const [row] = await t.services.db.select().from(inspections).where(eq(inspections.id, inspectionId));
  assert.equal(row!.title, TITLE);
  assert.equal(row!.authorityId, 'nord');
});

test('a bad new-inspection form is shown again with the error and the input', async () => {
  const res = await post('/inspections', inspector, { providerId: providerNord, title: '', phase: 'operation' });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /Titel skal udfyldes\./);
  assert.match(html, /class="alert alert-error alert--show-icon"/);
});

test('HTML in titles and names is escaped on the list and the overview', async () => {
  for (const path of ['/inspections', `/inspections/${inspectionId}`]) {
    const html = await (await get(path, inspector)).text();
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), path);
    assert.ok(!html.includes('<script>alert(1)'), path);
    assert.ok(!html.includes('<Nordlys>'), path);
  }
});

test('the overview shows the risk history and the visits, with one h1 and a link to the assessment', async () => {
  assert.equal((await post(`/inspections/${inspectionId}/risk`, inspector, { risk: 'yellow', reason: 'Tvivl om magtanvendelser', version: '1' })).status, 303);
  assert.equal((await post(`/inspections/${inspectionId}/visits`, inspector, { plannedOn: '2025-03-04', announced: 'unannounced', visitNote: 'Første besøg' })).status, 303);
  assert.equal((await post(`/inspections/${inspectionId}/visits`, inspector, { plannedOn: '2025-03-18', announced: 'announced' })).status, 303);
  const res = await get(`/inspections/${inspectionId}`, inspector);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.equal(html.match(/<h1[\s>]/g)?.length, 1);
  assert.ok(html.includes(`href="/inspections/${inspectionId}/assessment"`));
  assert.match(html, />Vurdering</);
  // Risk history, in order, with text labels.
  const first = html.indexOf('Første risikovurdering');
  const second = html.indexOf('Tvivl om magtanvendelser');
  assert.ok(first > 0 && second > first);
  assert.match(html, /badge-warning">Gul</);
  // Visits.
  assert.ok(html.includes('datetime="2025-03-04"'));
  assert.ok(html.includes('4. marts 2025'));
  assert.ok(html.includes('Uanmeldt'));
  assert.ok(html.includes('Anmeldt'));
  assert.ok(html.includes('Første besøg'));
  assert.match(html, /<th scope="col">Dato<\/th>/);
  // Every form field has its own id and label, also on the manager's page with all forms.
  for (const page of [html, await (await get(`/inspections/${inspectionId}`, manager)).text()]) {
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate ids');
    const fields = [...page.matchAll(/<(?:input|select|textarea) class="form-[a-z]+" (?:type="[a-z]+" )?id="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(fields.length >= 8, `found ${fields.length} fields`);
    for (const id of fields) assert.ok(page.includes(`for="${id}"`), `label for ${id}`);
  }
});

test('a visit marked aborted is shown and does not count as held', async () => {
  const [v] = await t.services.db.select().from(visits).where(eq(visits.plannedOn, '2025-03-04'));
  const res = await post(`/inspections/${inspectionId}/visits/${v!.id}/outcome`, inspector, { outcome: 'aborted', note: 'Afbrudt ved ankomst: ingen beboere hjemme' });
  assert.equal(res.status, 303);
  const html = await (await get(`/inspections/${inspectionId}`, inspector)).text();
  assert.ok(html.includes('Afbrudt ved ankomst: ingen beboere hjemme'));
  assert.match(html, /<dt>Afholdte besøg<\/dt><dd>0<\/dd>/);
});

test('a bad visit form is shown again with the error and the user\'s input (400)', async () => {
  const before = await t.services.db.select().from(visits);
  const res = await post(`/inspections/${inspectionId}/visits`, inspector, { plannedOn: '2025-02-30', announced: 'announced', visitNote: 'Husk nøglen' });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /Dato for besøget skal være en gyldig dato/);
  assert.match(html, /href="#field-plannedOn"/);
  assert.match(html, /aria-invalid="true"/);
  assert.ok(html.includes('value="2025-02-30"'));
  assert.ok(html.includes('Husk nøglen'));
  assert.equal((await t.services.db.select().from(visits)).length, before.length);
});

test('an abort without a note is refused on the overview, next to that visit', async () => {
  const [v] = await t.services.db.select().from(visits).where(eq(visits.plannedOn, '2025-03-18'));
  const res = await post(`/inspections/${inspectionId}/visits/${v!.id}/outcome`, inspector, { outcome: 'aborted', note: '' });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.ok(html.includes(`href="#field-outcomeNote-${v!.id}"`));
  assert.ok(html.includes(`id="field-outcomeNote-${v!.id}-error"`));
});

test('a risk change without a reason is shown again with the error', async () => {
  const res = await post(`/inspections/${inspectionId}/risk`, inspector, { risk: 'red', reason: '' });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /Begrundelse skal udfyldes\./);
});

test('another authority\'s inspection gives 403, to read and to write', async () => {
  assert.equal((await get(`/inspections/${inspectionId}`, otherAuthority)).status, 403);
  assert.equal((await get(`/inspections/${inspectionId}/audit`, otherAuthority)).status, 403);
  const before = await t.services.db.select().from(riskChanges).where(eq(riskChanges.inspectionId, inspectionId));
  assert.equal((await post(`/inspections/${inspectionId}/risk`, otherAuthority, { risk: 'red', reason: 'Forsøg' })).status, 403);
  assert.equal((await get(`/api/inspections/${inspectionId}`, otherAuthority)).status, 403);
  const afterRows = await t.services.db.select().from(riskChanges).where(eq(riskChanges.inspectionId, inspectionId));
  assert.equal(afterRows.length, before.length);
  const list = await (await get('/inspections', otherAuthority)).text();
  assert.ok(!list.includes(inspectionId));
});

test('a form without the CSRF token is refused', async () => {
  const res = await post(`/inspections/${inspectionId}/risk`, inspector, { risk: 'red', reason: 'Uden token' }, false);
  assert.equal(res.status, 403);
});

test('the decision form is for managers; an injunction without deadline is shown again', async () => {
  assert.ok(!(await (await get(`/inspections/${inspectionId}`, inspector)).text()).includes('Træf afgørelse'));
  assert.ok((await (await get(`/inspections/${inspectionId}`, manager)).text()).includes('Træf afgørelse'));
  const basis = { basisReason: 'Lederen har ikke en plan for at rette op.' };
  assert.equal((await post(`/inspections/${inspectionId}/decisions`, inspector, { kind: 'revocation', canMeetSoon: 'no', ...basis })).status, 403);
  const bad = await post(`/inspections/${inspectionId}/decisions`, manager, { kind: 'injunction', canMeetSoon: 'yes', ...basis, deadline: '', decisionNote: 'Påbud om dokumentation' });
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /Frist skal udfyldes/);
  assert.ok(html.includes('Påbud om dokumentation'));
  // Issue 9, item 11: the seed's basis for choosing the kind is recorded and must fit it.
  const unfit = await post(`/inspections/${inspectionId}/decisions`, manager, { kind: 'revocation', canMeetSoon: 'yes', ...basis, decisionNote: 'Ophør' });
  assert.equal(unfit.status, 400);
  assert.match(await unfit.text(), /inden for en kortere periode, træffes afgørelse om skærpet tilsyn og\/eller påbud, ikke ophør af godkendelsen/);
  const ok = await post(`/inspections/${inspectionId}/decisions`, manager, { kind: 'revocation', canMeetSoon: 'no', ...basis, decisionNote: 'Ophør' });
  assert.equal(ok.status, 303);
  assert.match(await (await get(`/inspections/${inspectionId}`, manager)).text(), /Ophør af godkendelsen/);
});

test('the status filter and status changes work through GET and POST forms', async () => {
  assert.equal((await post(`/inspections/${inspectionId}/status`, inspector, { status: 'in_progress' })).status, 303);
  const inProgress = await (await get('/inspections?status=in_progress', inspector)).text();
  assert.ok(inProgress.includes(`/inspections/${inspectionId}`));
  const planned = await (await get('/inspections?status=planned', inspector)).text();
  assert.ok(!planned.includes(`/inspections/${inspectionId}"`));
  assert.equal((await get('/inspections?status=bogus', inspector)).status, 200);
});

test('the audit page shows who, what and before/after for the manager; not for the inspector', async () => {
  assert.equal((await get(`/inspections/${inspectionId}/audit`, inspector)).status, 403);
  const res = await get(`/inspections/${inspectionId}/audit`, manager);
  assert.equal(res.status, 200);
  const html = await res.text();
  for (const text of ['Tilsyn oprettet', 'Risikokategori ændret', 'Besøg planlagt', 'Besøg afbrudt ved ankomst', 'Afgørelse truffet', 'Status ændret', 'Ina Inspektør', 'Mette Leder']) {
    assert.ok(html.includes(text), text);
  }
  assert.match(html, /<span class="weight-semibold">Begrundelse:<\/span> – → Tvivl om magtanvendelser/, 'the changed field in words, before → after');
  assert.ok(!html.includes('&quot;reason&quot;'), 'not raw JSON');
  assert.ok(!html.includes('<script>alert(1)'));
});

test('the JSON API reads and writes through the same services', async () => {
  const detail = await (await api(`/inspections/${inspectionId}`, inspector)).json() as { heldVisits: number; visits: unknown[]; riskHistory: { reason: string }[] };
  assert.equal(detail.heldVisits, 0);
  assert.equal(detail.visits.length, 2);
  assert.deepEqual(detail.riskHistory.map((r) => r.reason), ['Første risikovurdering', 'Tvivl om magtanvendelser']);
  const changed = await api(`/inspections/${inspectionId}/risk`, inspector, 'POST', { risk: 'red', reason: 'Ny bekymring' });
  assert.equal(changed.status, 201);
  const refused = await api(`/inspections/${inspectionId}/risk`, inspector, 'POST', { risk: 'green' });
  assert.equal(refused.status, 400);
  const body = await refused.json() as { error: { code: string; fields: { field: string }[] } };
  assert.equal(body.error.code, 'invalid');
  assert.deepEqual(body.error.fields.map((f) => f.field), ['reason']);
  const created = await api('/inspections', inspector, 'POST', { providerId: providerNord, title: 'Via API', phase: 'approval' });
  assert.equal(created.status, 201);
  assert.equal(((await created.json()) as { modelId: string }).modelId, 'tilbud');
  const list = await (await api('/inspections', inspector)).json() as { items: { id: string }[]; total: number };
  assert.ok(list.items.some((i) => i.id === inspectionId));
  assert.ok(list.total >= list.items.length);
  const doc = await (await app.request('/api/openapi.json')).json() as { paths: Record<string, unknown> };
  for (const path of ['/api/inspections', '/api/inspections/{id}', '/api/inspections/{id}/visits/{visitId}/outcome', '/api/inspections/{id}/audit']) assert.ok(path in doc.paths, path);
});

test('without a session the pages send you to the login', async () => {
  const res = await app.request('/inspections');
  assert.equal(res.status, 302);
  assert.match(res.headers.get('location') ?? '', /^\/login/);
});
