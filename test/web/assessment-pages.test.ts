// Assessment pages and API through the whole app: real users with argon2 hashes, sessions from
// login(), the session cookie and the CSRF field.
import { eq } from 'drizzle-orm';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { createApp } from '../../src/web/app.tsx';
import { hashPassword } from '../../src/services/auth/password.ts';
import { login } from '../../src/services/auth/sessions.ts';
import { assessments, departments, fosterFamilies, inspections, providers, reports, reportVersions, users } from '../../src/storage/schema.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import type { ScoredModel } from '../../src/core/kinds/scored/catalog.ts';

type Session = { cookie: string; csrf: string };

let t: TestServices;
let app: ReturnType<typeof createApp>;
let inspector: Session;
let manager: Session;
let auditor: Session;
let otherAuthority: Session;
let tilbud: BinaryModel;
let plejefamilie: BinaryModel;
let scored: ScoredModel;
let providerId = '';
let departmentId = '';
let inspectionId = '';
let scoredInspectionId = '';
let familyInspectionId = '';

const LONG = 'Belyst ved interview af tre medarbejdere og lederen samt observation; markørerne ses i hverdagens praksis.';

async function insertInspection(values: Partial<typeof inspections.$inferInsert> & { modelId: string }): Promise<string> {
  const model = t.services.registry.get(values.modelId)!;
  const [row] = await t.services.db
    .insert(inspections)
    .values({ authorityId: 'nord', phase: 'operation', modelVersion: model.version, status: 'in_progress', title: 'Tilsyn', ...values })
    .returning();
  return row!.id;
}

before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  tilbud = t.services.registry.get('tilbud') as BinaryModel;
  plejefamilie = t.services.registry.get('plejefamilie') as BinaryModel;
  scored = t.services.registry.get('tilbud-2017') as ScoredModel;
  const [p] = await t.services.db
    .insert(providers)
    .values({ authorityId: 'nord', name: 'Bostedet Nordlys', municipality: 'Aalborg', legalBases: ['sel-107'] })
    .returning();
  providerId = p!.id;
  const [d] = await t.services.db.insert(departments).values({ providerId, name: 'Afdeling Havblik', places: 5 }).returning();
  departmentId = d!.id;
  inspectionId = await insertInspection({ providerId, modelId: 'tilbud', title: 'Driftstilsyn Nordlys' });
  scoredInspectionId = await insertInspection({ providerId, modelId: 'tilbud-2017', title: 'Tilsyn efter 2017-modellen' });
  const [family] = await t.services.db
    .insert(fosterFamilies)
    .values({ authorityId: 'nord', name: 'Familien Skov', municipality: 'Thisted', typology: 'almindelig', childrenInCare: 0 })
    .returning();
  const previous = await insertInspection({ fosterFamilyId: family!.id, modelId: 'plejefamilie', title: 'Tilsyn 2023', createdAt: new Date('2023-03-01T09:00:00Z') });
  await t.services.db.insert(assessments).values({
    inspectionId: previous,
    modelId: 'plejefamilie',
    modelVersion: plejefamilie.version,
    data: { markers: {}, criteria: { k1: { result: 'not_met', justification: 'Tidligere begrundelse om mål for barnet.', doubt: false } } },
  });
  familyInspectionId = await insertInspection({ fosterFamilyId: family!.id, modelId: 'plejefamilie', title: 'Tilsyn 2024' });

  const hash = await hashPassword('kode-til-test');
  await t.services.db.insert(users).values([
    { username: 'ina', displayName: 'Ina Inspektør', passwordHash: hash, role: 'inspector', authorityId: 'nord' },
    { username: 'mette', displayName: 'Mette Leder', passwordHash: hash, role: 'manager', authorityId: 'nord' },
    { username: 'revisor', displayName: 'Revisor', passwordHash: hash, role: 'auditor' },
    { username: 'sven', displayName: 'Sven Syd', passwordHash: hash, role: 'inspector', authorityId: 'syd' },
  ]);
  const session = async (username: string): Promise<Session> => {
    const s = await login(t.services, { username, password: 'kode-til-test', clientKey: `test-${username}` });
    return { cookie: `tilsyn_session=${s.token}`, csrf: s.csrfToken };
  };
  inspector = await session('ina');
  manager = await session('mette');
  auditor = await session('revisor');
  otherAuthority = await session('sven');
  app = createApp(t.services);
});
after(() => t.close());

const get = (path: string, s: Session) => app.request(path, { headers: { cookie: s.cookie } });
const post = (path: string, s: Session, fields: Record<string, string>) =>
  app.request(path, { method: 'POST', headers: { cookie: s.cookie }, body: new URLSearchParams({ _csrf: s.csrf, ...fields }) });
const api = (path: string, s: Session, method = 'GET', json?: unknown) =>
  app.request(`/api${path}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });

const themeUrl = (id: string, themeId: string) => `/inspections/${id}/assessment/themes/${themeId}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const versionOf = (html: string) => Number(/name="expectedVersion" value="(\d+)"/.exec(html)?.[1]);

/** The form fields of one theme with every marker present and every criterion met. */
function completeTheme(model: BinaryModel, themeId: string, overrides: Record<string, string> = {}): Record<string, string> {
  const theme = model.themes.find((th) => th.id === themeId)!;
  const fields: Record<string, string> = {};
  for (const c of theme.criteria) {
    for (const m of c.markers) fields[`marker:${m.id}`] = 'present';
    fields[`criterion:${c.id}:result`] = 'met';
    fields[`criterion:${c.id}:justification`] = LONG;
  }
  return { ...fields, ...overrides };
}

test('the theme page lists markers with their investigation design and practice examples', async () => {
  // Opening never creates the assessment; the inspector starts it explicitly (or by the first save).
  assert.equal((await api(`/inspections/${inspectionId}/assessment`, inspector, 'POST')).status, 200);
  const res = await get(themeUrl(inspectionId, 't1'), inspector);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1);
  const theme = tilbud.themes[0]!;
  assert.ok(html.includes(esc(theme.description)));
  const marker = theme.criteria[0]!.markers[0]!;
  assert.ok(html.includes(esc(marker.text)));
  assert.ok(html.includes(esc(marker.investigationDesign[0]!.method)));
  assert.ok(html.includes(esc(marker.investigationDesign[0]!.covers[0]!)));
  assert.ok(html.includes('Praksiseksempler (kan indikere, at markøren ikke er til stede)'));
  // Issue 9, item 14: the annex's own caveat with its examples.
  assert.ok(html.includes('Praksiseksemplerne er ikke udtryk for en udtømmende liste og skal alene ses som eksempler, der kan indikere, at kvalitetsmarkøren ikke er til stede. Hvorvidt kvalitetsmarkøren er til stede eller ej vil altid bero på en faglig, konkret vurdering.'));
  assert.ok(html.includes(esc(marker.practiceExamples[0]!)));
  for (const label of ['Til stede', 'Ikke til stede', 'Ikke aktuel', 'Opfyldt', 'Ikke opfyldt', 'Tvivl (gul)', 'Faglig begrundelse', 'Udført']) {
    assert.ok(html.includes(`>${label}</label>`), label);
  }
  assert.match(html, new RegExp(`<legend class="form-label">Kvalitetsmarkør 1\\.1: ${esc(marker.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</legend>`));
  assert.match(html, /name="marker:k1\.1" value="present"/);
  assert.match(html, /name="criterion:k1:result" value="met"/);
  // The citizen perspective step asks how it was shed light on, with whom and in which form.
  assert.match(html, /name="design:k1\.3:0:method" value="interview"/);
  assert.match(html, /name="design:k1\.3:0:with"/);
  assert.match(html, /name="design:k1\.3:0:form" value="physical"/);
  assert.ok(html.includes('>Fysisk</label>') && html.includes('>Skriftligt</label>'));
  assert.match(html, /aria-live="polite"/);
  assert.match(html, /name="_csrf"/);
  assert.ok(versionOf(html) >= 1);
});

test('a met criterion with an absent marker is saved and the error is shown inline at the criterion', async () => {
  const page = await (await get(themeUrl(inspectionId, 't1'), inspector)).text();
  const res = await post(themeUrl(inspectionId, 't1'), inspector, {
    expectedVersion: String(versionOf(page)),
    ...completeTheme(tilbud, 't1', { 'marker:k1.2': 'absent', 'marker:k1.2:note': 'Metoderne kunne ikke beskrives af medarbejderne.', 'design:k1.3:0:done': 'on', 'design:k1.3:0:method': 'interview', 'design:k1.3:0:with': 'To beboere', 'design:k1.3:0:form': 'phone' }),
  });
  assert.equal(res.status, 303);
  const location = res.headers.get('location')!;
  assert.match(location, /\/assessment\/themes\/t1\?gemt=1#criterion-k1$/);
  const html = await (await get(location.replace(/#.*/, ''), inspector)).text();
  assert.ok(html.includes('Vurderingen er gemt.'));
  const section = html.indexOf('id="criterion-k1"');
  const message = html.indexOf('kan ikke være opfyldt');
  const firstMarker = html.indexOf('Kvalitetsmarkør 1.1:');
  assert.ok(section > 0 && message > section && message < firstMarker, 'the error is shown at the criterion, before its markers');
  assert.match(html, /data-code="criterion_met_with_absent_marker"/);
  // The user's choices are kept.
  assert.match(html, /name="marker:k1\.2" value="absent" checked/);
  assert.match(html, /name="design:k1\.3:0:form" value="phone" checked/);
  assert.match(html, /name="design:k1\.3:0:done" value="on" checked/);
  assert.ok(html.includes('value="To beboere"'));
  assert.ok(html.includes('Metoderne kunne ikke beskrives af medarbejderne.</textarea>'));
});

test('completing every criterion and the economy shows "Fornøden kvalitet: Ja"', async () => {
  for (const theme of tilbud.themes) {
    const page = await (await get(themeUrl(inspectionId, theme.id), inspector)).text();
    const res = await post(themeUrl(inspectionId, theme.id), inspector, { expectedVersion: String(versionOf(page)), ...completeTheme(tilbud, theme.id) });
    assert.equal(res.status, 303, theme.id);
  }
  let overview = await (await get(`/inspections/${inspectionId}/assessment`, inspector)).text();
  assert.ok(!overview.includes('Fornøden kvalitet: Ja'));
  assert.ok(overview.includes('Vurderingen er ikke færdig: 9 af 9 kriterier vurderet, og økonomien er ikke vurderet.'));
  const economy = await (await get(`/inspections/${inspectionId}/assessment/economy`, inspector)).text();
  assert.ok(economy.includes('>Faglig begrundelse</label>'));
  const res = await post(`/inspections/${inspectionId}/assessment/economy`, inspector, {
    expectedVersion: String(versionOf(economy)),
    'economy:result': 'met',
    'economy:justification': 'Økonomien er bæredygtig, prisen svarer til kvaliteten og målgruppen, og regnskabet er gennemsigtigt.',
  });
  assert.equal(res.status, 303);
  overview = await (await get(`/inspections/${inspectionId}/assessment`, inspector)).text();
  assert.ok(overview.includes('Fornøden kvalitet: Ja'), overview);
  assert.equal((overview.match(/<h1[ >]/g) ?? []).length, 1);
  // Not met: the decision options in Danish.
  const page = await (await get(themeUrl(inspectionId, 't5'), inspector)).text();
  await post(themeUrl(inspectionId, 't5'), inspector, {
    expectedVersion: String(versionOf(page)),
    ...completeTheme(tilbud, 't5', { 'marker:k9.1': 'absent', 'criterion:k9:result': 'not_met', 'criterion:k9:justification': `${LONG} `.repeat(5) }),
  });
  overview = await (await get(`/inspections/${inspectionId}/assessment`, inspector)).text();
  assert.ok(overview.includes('Fornøden kvalitet: Nej'));
  for (const label of ['Påbud', 'Skærpet tilsyn', 'Skærpet tilsyn med påbud', 'Ophør af godkendelsen']) assert.ok(overview.includes(`<li>${label}</li>`), label);
});

test('a stale expectedVersion gives 409 with the conflict message and the user\'s input kept', async () => {
  const page = await (await get(themeUrl(inspectionId, 't2'), inspector)).text();
  const stale = versionOf(page);
  const first = await post(themeUrl(inspectionId, 't2'), manager, { expectedVersion: String(stale), ...completeTheme(tilbud, 't2') });
  assert.equal(first.status, 303);
  const mine = 'Min egen begrundelse, som ikke må gå tabt ved en konflikt.';
  const res = await post(themeUrl(inspectionId, 't2'), inspector, {
    expectedVersion: String(stale),
    ...completeTheme(tilbud, 't2', { 'criterion:k2:justification': mine, 'marker:k2.1': 'absent', 'criterion:k2:result': 'not_met' }),
  });
  assert.equal(res.status, 409);
  const html = await res.text();
  assert.ok(html.includes('Vurderingen er blevet ændret af en anden, siden du åbnede den. Genindlæs siden'));
  assert.ok(html.includes(mine));
  assert.match(html, /name="marker:k2\.1" value="absent" checked/);
  assert.match(html, /name="criterion:k2:result" value="not_met" checked/);
  assert.ok(html.includes('Gemt af en anden'));
  assert.ok(versionOf(html) > stale);
  // Nothing was overwritten.
  const now = await (await get(themeUrl(inspectionId, 't2'), inspector)).text();
  assert.ok(!now.includes(mine));
});

test('staff of another authority get 403; the auditor reads without a form to save', async () => {
  assert.equal((await get(`/inspections/${inspectionId}/assessment`, otherAuthority)).status, 403);
  assert.equal((await get(themeUrl(inspectionId, 't1'), otherAuthority)).status, 403);
  const refused = await post(themeUrl(inspectionId, 't1'), otherAuthority, { expectedVersion: '1', 'marker:k1.1': 'present' });
  assert.equal(refused.status, 403);
  const read = await get(themeUrl(inspectionId, 't1'), auditor);
  assert.equal(read.status, 200);
  const html = await read.text();
  assert.ok(!html.includes('>Gem</button>'));
  assert.ok(html.includes('Du kan læse vurderingen, men ikke ændre den.'));
  const save = await post(themeUrl(inspectionId, 't1'), auditor, { expectedVersion: '1', 'marker:k1.1': 'present' });
  assert.equal(save.status, 403);
});

test('a department has its own assessment, and the overview shows it beside the provider', async () => {
  const dep = await (await get(`/inspections/${inspectionId}/assessment/themes/t1?departmentId=${departmentId}`, inspector)).text();
  assert.ok(dep.includes('Afdeling Havblik'));
  assert.ok(!/name="marker:k1\.1" value="present" checked/.test(dep));
  const res = await post(`/inspections/${inspectionId}/assessment/themes/t1?departmentId=${departmentId}`, inspector, {
    expectedVersion: String(versionOf(dep)),
    ...completeTheme(tilbud, 't1', { 'marker:k1.4': 'absent', 'criterion:k1:result': 'not_met' }),
  });
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location')!, new RegExp(`departmentId=${departmentId}`));
  const overview = await (await get(`/inspections/${inspectionId}/assessment`, inspector)).text();
  assert.ok(overview.includes('Hver afdelings resultat ved siden af tilbuddets konklusion'));
  const table = overview.slice(overview.indexOf('Hver afdelings resultat'));
  assert.match(table, /Afdeling Havblik/);
  assert.match(table, /<td>Opfyldt<\/td><td>Ikke opfyldt<\/td>/);
  const json = await (await api(`/providers/${providerId}/department-results?inspectionId=${inspectionId}`, inspector)).json() as {
    departments: { department: { name: string }; result: { data: { criteria: Record<string, { result: string }> } } | null }[];
  };
  assert.equal(json.departments[0]!.result!.data.criteria.k1!.result, 'not_met');
});

test('a foster family without a child in care shows the notice and the previous conclusions to confirm', async () => {
  const res = await get(`/inspections/${familyInspectionId}/assessment`, inspector);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.ok(html.includes('Plejefamilien har ikke barn i pleje'));
  assert.ok(html.includes('Tidligere begrundelse om mål for barnet.'));
  assert.ok(html.includes('Ikke opfyldt'));
  const confirm = await post(`/inspections/${familyInspectionId}/assessment/carried-forward`, inspector, {
    expectedVersion: String(versionOf(html)), decision: 'confirm', 'carriedForward:note': '',
  });
  assert.equal(confirm.status, 400);
  assert.ok((await confirm.text()).includes('Skriv en note om, hvorfor den tidligere vurdering videreføres.'));
  const ok = await post(`/inspections/${familyInspectionId}/assessment/carried-forward`, inspector, {
    expectedVersion: String(versionOf(html)), decision: 'confirm', 'carriedForward:note': 'Forholdene er uændrede siden sidste tilsyn.',
  });
  assert.equal(ok.status, 303);
  const after = await (await get(`/inspections/${familyInspectionId}/assessment`, inspector)).text();
  assert.ok(after.includes('Den tidligere vurdering er bekræftet.'));
  // Not copied: the current theme page is still empty.
  const theme = await (await get(themeUrl(familyInspectionId, 't1'), inspector)).text();
  assert.ok(!/name="criterion:k1:result" value="not_met" checked/.test(theme));
  // A marker only for specialised foster families is shown as not applicable, without choices.
  const t2 = await (await get(themeUrl(familyInspectionId, 't2'), inspector)).text();
  assert.ok(t2.includes('Ikke aktuel for denne plejefamilie'));
  const onlyFor = plejefamilie.themes.flatMap((th) => th.criteria.flatMap((c) => c.markers)).find((m) => m.onlyFor)!;
  assert.ok(!t2.includes(`name="marker:${onlyFor.id}"`));
});

test('the scored theme page shows scale labels, applicability and averages with a decimal comma', async () => {
  // A criterion with at least three indicators that apply to a § 107 provider without flags.
  const applies = (i: ScoredModel['themes'][number]['criteria'][number]['indicators'][number]) =>
    !i.excludedFor.includes('sel-107') && (i.onlyFor.length === 0 || i.onlyFor.includes('sel-107')) && i.onlyForFlags.length === 0;
  const theme = scored.themes.find((th) => th.excludedFor.length === 0 && th.criteria.some((c) => c.indicators.filter(applies).length >= 3))!;
  const criterion = theme.criteria.find((c) => c.indicators.filter(applies).length >= 3)!;
  const page = await (await get(themeUrl(scoredInspectionId, theme.id), inspector)).text();
  assert.ok(page.includes(esc(`5 – ${scored.scale[0]!.label}`)));
  assert.ok(page.includes('>Skriftlig bedømmelse</label>'));
  const fields: Record<string, string> = { expectedVersion: String(versionOf(page)) };
  const scores = [3, 4, 4];
  criterion.indicators.filter(applies).slice(0, 3).forEach((ind, i) => {
    fields[`indicator:${ind.id}:score`] = String(scores[i]);
    fields[`indicator:${ind.id}:text`] = `Skriftlig bedømmelse af ${ind.id}.`;
  });
  const res = await post(themeUrl(scoredInspectionId, theme.id), inspector, fields);
  assert.equal(res.status, 303);
  const html = await (await get(themeUrl(scoredInspectionId, theme.id), inspector)).text();
  assert.ok(html.includes('3,67'), 'criterion average 11/3 with a decimal comma');
  assert.match(html, /<option value="4" selected/);
  // An excluded indicator is listed as not applicable with the seed's sentence.
  const excludedTheme = scored.themes.find((th) => th.criteria.some((c) => c.indicators.some((i) => i.onlyFor.length > 0)))!;
  const excluded = excludedTheme.criteria.flatMap((c) => c.indicators).find((i) => i.onlyFor.length > 0)!;
  const other = await (await get(themeUrl(scoredInspectionId, excludedTheme.id), inspector)).text();
  assert.ok(other.includes('Ikke aktuel for dette tilbud.'));
  assert.ok(other.includes(esc(excluded.applicabilityText[0]!)));
  assert.ok(!other.includes(`name="indicator:${excluded.id}:score"`));
});

test('issue 9, items 5 and 6: the scored model writes each criterion, assesses the economy, and concludes explicitly', async () => {
  const theme = scored.themes[0]!;
  const criterion = theme.criteria[0]!;
  const page = await (await get(themeUrl(scoredInspectionId, theme.id), inspector)).text();
  assert.ok(page.includes(`>Skriftlig vurdering af kriterium ${criterion.number}</label>`));
  const saved = await post(themeUrl(scoredInspectionId, theme.id), inspector, { expectedVersion: String(versionOf(page)), [`criterion:${criterion.id}:justification`]: 'Beboerne og personalet beskrev samstemmende målene for 2025.' });
  assert.equal(saved.status, 303);
  assert.ok((await (await get(themeUrl(scoredInspectionId, theme.id), inspector)).text()).includes('Beboerne og personalet beskrev samstemmende målene for 2025.'));
  // The economy page now serves the scored model too, and its save is kept.
  const economy = await (await get(`/inspections/${scoredInspectionId}/assessment/economy`, inspector)).text();
  assert.ok(economy.includes('>Faglig begrundelse</label>'));
  const res = await post(`/inspections/${scoredInspectionId}/assessment/economy`, inspector, {
    expectedVersion: String(versionOf(economy)), 'economy:result': 'not_met', 'economy:justification': 'Tilbuddet er uforholdsmæssigt dyrt i forhold til kvaliteten.',
  });
  assert.equal(res.status, 303);
  // The conclusion on the overview: sufficient quality is refused while the economy is not met.
  let overview = await (await get(`/inspections/${scoredInspectionId}/assessment`, inspector)).text();
  assert.ok(overview.includes('<h2 id="konklusion">Konklusion om fornøden kvalitet</h2>'));
  const concluded = await post(`/inspections/${scoredInspectionId}/assessment/conclusion`, inspector, {
    expectedVersion: String(versionOf(overview)), 'conclusion:sufficientQuality': 'no', 'conclusion:justification': 'Økonomien er ikke opfyldt.',
  });
  assert.equal(concluded.status, 303);
  overview = await (await get(`/inspections/${scoredInspectionId}/assessment`, inspector)).text();
  assert.match(overview, /value="no" checked/);
  assert.equal((await post(`/inspections/${inspectionId}/assessment/conclusion`, inspector, { expectedVersion: '1', 'conclusion:sufficientQuality': 'yes' })).status, 404, 'the binary model concludes by its rule');
});

test('issue 9, item 4: an indicator is carried forward from the provider\'s latest final assessment, one by one or the whole theme', async () => {
  // The latest final report of the same provider under the same model, as report_versions stores it.
  const earlier = await insertInspection({ providerId, modelId: 'tilbud-2017', title: 'Tilsyn 2024', status: 'completed' });
  const theme = scored.themes[0]!;
  const ids = theme.criteria.flatMap((c) => c.indicators.map((i) => i.id));
  const document = { reportDate: '2024-05-10', themes: [{ id: theme.id, criteria: theme.criteria.map((c) => ({ id: c.id, indicators: c.indicators.map((i) => ({ id: i.id, score: 2, assessment: `Bedømt i 2024: ${i.id}.` })) })) }] };
  const [report] = await t.services.db.insert(reports).values({ inspectionId: earlier, status: 'final', content: {} }).returning();
  await t.services.db.insert(reportVersions).values({ reportId: report!.id, number: 1, document, publicSummary: {}, audience: 'public', contentHash: 'x' });
  const page = await (await get(themeUrl(scoredInspectionId, theme.id), inspector)).text();
  assert.ok(page.includes(`name="indicator:${ids[0]}:carry"`));
  assert.ok(page.includes('Videreføres fra seneste vurdering (10. maj 2024): score 2'));
  assert.ok(page.includes('Viderefør temaets indikatorer fra seneste vurdering (10. maj 2024)'));
  const one = await post(themeUrl(scoredInspectionId, theme.id), inspector, { expectedVersion: String(versionOf(page)), [`indicator:${ids[0]}:carry`]: 'on' });
  assert.equal(one.status, 303);
  const stored = async () => (await t.services.db.select().from(assessments).where(eq(assessments.inspectionId, scoredInspectionId)))[0]!.data as { indicators: Record<string, { score?: number; carriedForwardFrom?: string; text: string }> };
  assert.deepEqual((await stored()).indicators[ids[0]!], { score: 2, text: `Bedømt i 2024: ${ids[0]}.`, carriedForwardFrom: '2024-05-10' });
  const again = await (await get(themeUrl(scoredInspectionId, theme.id), inspector)).text();
  await post(themeUrl(scoredInspectionId, theme.id), inspector, { expectedVersion: String(versionOf(again)), carryTheme: 'yes' });
  const all = (await stored()).indicators;
  for (const id of ids) if (all[id]) assert.equal(all[id]!.carriedForwardFrom, '2024-05-10', id);
});

test('the API: read, save with 409 on a stale version, and draft evaluation of posted form fields', async () => {
  const got = await api(`/inspections/${familyInspectionId}/assessment`, inspector);
  assert.equal(got.status, 200);
  const body = await got.json() as { version: number; evaluation: { valid: boolean } };
  assert.equal(body.evaluation.valid, false);
  const saved = await api(`/inspections/${familyInspectionId}/assessment`, inspector, 'PUT', { expectedVersion: body.version, patch: { markers: { 'k1.1': 'present' } } });
  assert.equal(saved.status, 200);
  assert.equal((await saved.json() as { version: number }).version, body.version + 1);
  const stale = await api(`/inspections/${familyInspectionId}/assessment`, inspector, 'PUT', { expectedVersion: body.version, patch: { markers: { 'k1.1': 'absent' } } });
  assert.equal(stale.status, 409);
  assert.equal((await stale.json() as { error: { code: string } }).error.code, 'conflict');
  const draft = await api(`/inspections/${familyInspectionId}/assessment/evaluate`, inspector, 'POST', {
    themeId: 't1',
    fields: { 'marker:k1.1': 'present', 'marker:k1.2': 'absent', 'criterion:k1:result': 'met', 'criterion:k1:justification': 'Kort.' },
  });
  assert.equal(draft.status, 200);
  const d = await draft.json() as { inline: Record<string, { errors: { code: string; message: string }[] }> };
  assert.ok(d.inline.k1!.errors.some((e) => e.code === 'criterion_met_with_absent_marker' && /kan ikke være opfyldt/.test(e.message)));
  const unchanged = await (await api(`/inspections/${familyInspectionId}/assessment`, inspector)).json() as { version: number };
  assert.equal(unchanged.version, body.version + 1);
  const missingCsrf = await app.request(`/api/inspections/${familyInspectionId}/assessment/evaluate`, {
    method: 'POST', headers: { cookie: inspector.cookie, 'content-type': 'application/json' }, body: '{}',
  });
  assert.equal(missingCsrf.status, 403);
  assert.equal((await api(`/inspections/${familyInspectionId}/assessment`, otherAuthority)).status, 403);
  const doc = await (await app.request('/api/openapi.json')).json() as { paths: Record<string, unknown> };
  for (const p of ['/api/inspections/{id}/assessment', '/api/inspections/{id}/assessment/evaluate', '/api/providers/{id}/department-results']) assert.ok(doc.paths[p], p);
});
