// Report pages and API through the whole app: real users with argon2 hashes, sessions from
// login(), the session cookie and the CSRF field. The editor shows the report checks at the
// fields they concern; forms need the CSRF token; a provider user sees only its own drafts in
// hearing; final versions come as a page, a PDF and JSON.
import { createReport } from '../../src/services/reports/create-report.ts';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { createApp } from '../../src/web/app.tsx';
import { hashPassword } from '../../src/services/auth/password.ts';
import { login } from '../../src/services/auth/sessions.ts';
import { assessments, inspections, providers, reports, users, visits } from '../../src/storage/schema.ts';
import { eq } from 'drizzle-orm';
import type { Actor, Role } from '../../src/services/actor.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import { markerApplies } from '../../src/core/assessment/applicability.ts';
import { getReport } from '../../src/services/reports/get-report.ts';
import { saveReportDraft } from '../../src/services/reports/save-report-draft.ts';
import { submitForReview } from '../../src/services/reports/submit-for-review.ts';
import { reviewReport } from '../../src/services/reports/review-report.ts';
import { sendToHearing } from '../../src/services/reports/send-to-hearing.ts';
import { todayInDenmark } from '../../src/core/calendar.ts';
import type { ReportContentInput } from '../../src/core/report/report-input.ts';

type Session = { cookie: string; csrf: string; actor: Actor };

let t: TestServices;
let app: ReturnType<typeof createApp>;
let tilbud: BinaryModel;
let inspector: Session;
let manager: Session;
let auditor: Session;
let municipality: Session;
let providerUser: Session;
let otherProviderUser: Session;
let providerId = '';
let otherProviderId = '';
let inspectionId = '';
let otherInspectionId = '';

const JUSTIFICATION = 'Belyst ved uanmeldt besøg med interview af tre medarbejdere og lederen samt dokumentanalyse af to handleplaner.';
const OWN_TITLE = 'Driftsorienteret tilsyn 2026 – Bostedet Kildevang';
const OTHER_TITLE = 'Driftsorienteret tilsyn 2026 – Opholdsstedet Strandeng';

function completeAssessment() {
  const entity = { legalBases: ['sel-107'] as never[], flags: [] as never[] };
  const markers: Record<string, string> = {};
  const criteria: Record<string, unknown> = {};
  for (const c of tilbud.themes.flatMap((th) => th.criteria)) {
    for (const m of c.markers) markers[m.id] = markerApplies(m, entity) ? 'present' : 'not_applicable';
    criteria[c.id] = { result: 'met', justification: JUSTIFICATION, doubt: false };
  }
  return { markers, criteria, economy: { result: 'met', justification: 'Regnskabet viser et lille overskud, og taksten svarer til niveauet hos sammenlignelige steder.' } };
}

function validContent(): ReportContentInput {
  return {
    overallAssessment: 'Socialtilsynet vurderer, at Bostedet Kildevang har den fornødne kvalitet. Beboerne fortalte, at de selv planlægger ugens aktiviteter.',
    themeAssessments: Object.fromEntries(tilbud.themes.map((th) => [th.id, `Ved besøget talte vi med to beboere og tre medarbejdere om hverdagen i køkkenhaven (tema ${th.number}); dagbøgerne viste, at aftalerne blev fulgt.`])),
    developmentPoints: ['Bostedet kan overveje et årligt fællesmøde med de pårørende.'],
    disproportionatelyExpensive: false,
  };
}

/** Form fields for the editor with valid content, changed where asked. */
function formFields(overrides: Record<string, string> = {}): Record<string, string> {
  const c = validContent();
  const fields: Record<string, string> = { overallAssessment: c.overallAssessment!, developmentPoints: c.developmentPoints!.join('\n') };
  for (const [id, text] of Object.entries(c.themeAssessments!)) fields[`theme:${id}`] = text;
  return { ...fields, ...overrides };
}

async function insertInspection(provider: string, title: string): Promise<string> {
  const [row] = await t.services.db
    .insert(inspections)
    .values({ authorityId: 'nord', providerId: provider, phase: 'operation', modelId: 'tilbud', modelVersion: tilbud.version, status: 'completed', title })
    .returning();
  await t.services.db.insert(visits).values({ inspectionId: row!.id, plannedOn: '2026-03-04', announced: false, status: 'held' });
  await t.services.db.insert(assessments).values({ inspectionId: row!.id, modelId: 'tilbud', modelVersion: tilbud.version, data: completeAssessment() });
  return row!.id;
}

let hash: Promise<string> | undefined;
async function session(username: string, role: Role, extra: { authorityId?: string; providerId?: string } = {}): Promise<Session> {
  hash ??= hashPassword('kode-til-test');
  await t.services.db.insert(users).values({ username, displayName: username, passwordHash: await hash, role, authorityId: extra.authorityId ?? null, providerId: extra.providerId ?? null });
  const s = await login(t.services, { username, password: 'kode-til-test', clientKey: `test-${username}` });
  return { cookie: `tilsyn_session=${s.token}`, csrf: s.csrfToken, actor: s.actor };
}

const get = (path: string, s: Session) => app.request(path, { headers: { cookie: s.cookie } });
const post = (path: string, s: Session, fields: Record<string, string>, csrf: string | null = s.csrf) =>
  app.request(path, { method: 'POST', headers: { cookie: s.cookie }, body: new URLSearchParams({ ...(csrf === null ? {} : { _csrf: csrf }), ...fields }) });
const api = (path: string, s: Session, method = 'GET', json?: unknown, csrf: string | null = s.csrf) =>
  app.request(`/api${path}`, {
    method,
    headers: { cookie: s.cookie, ...(csrf === null ? {} : { 'x-csrf-token': csrf }), 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });

const versionOf = (html: string) => Number(/name="version" value="(\d+)"/.exec(html)?.[1]);
/** The markup of one form group: from the field's label to its control. */
function fieldGroup(html: string, field: string): string {
  const id = `field-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const start = html.indexOf(`<label class="form-label" for="${id}">`);
  assert.ok(start >= 0, `the field ${field} is on the page`);
  const end = html.indexOf(`id="${id}"`, start);
  assert.ok(end > start, `the field ${field} has its control`);
  return html.slice(start, end);
}
const forms = (html: string) => html.match(/<form\b[\s\S]*?<\/form>/g) ?? [];

/** Pushes a report to hearing through the services (the web flow is tested in the browser). */
async function toHearing(id: string): Promise<void> {
  const ctx = t.services;
  const v = async () => (await getReport(ctx, inspector.actor, { inspectionId: id })).report.version;
  await saveReportDraft(ctx, inspector.actor, { inspectionId: id, expectedVersion: await v(), content: validContent() });
  await submitForReview(ctx, inspector.actor, { inspectionId: id, expectedVersion: await v() });
  await reviewReport(ctx, manager.actor, { inspectionId: id, expectedVersion: await v(), decision: 'approve' });
  await sendToHearing(ctx, inspector.actor, { inspectionId: id, expectedVersion: await v(), deadline: todayInDenmark(new Date(Date.now() + 7 * 86_400_000)) });
}

before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  tilbud = t.services.registry.get('tilbud') as BinaryModel;
  const [p] = await t.services.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Kildevang', municipality: 'Aalborg', legalBases: ['sel-107'] }).returning();
  providerId = p!.id;
  const [q] = await t.services.db.insert(providers).values({ authorityId: 'nord', name: 'Opholdsstedet Strandeng', municipality: 'Hjørring', legalBases: ['sel-107'] }).returning();
  otherProviderId = q!.id;
  inspectionId = await insertInspection(providerId, OWN_TITLE);
  otherInspectionId = await insertInspection(otherProviderId, OTHER_TITLE);
  inspector = await session('ina', 'inspector', { authorityId: 'nord' });
  manager = await session('mette', 'manager', { authorityId: 'nord' });
  auditor = await session('revisor', 'auditor');
  municipality = await session('kommune', 'municipality');
  providerUser = await session('kildevang', 'provider', { providerId });
  otherProviderUser = await session('strandeng', 'provider', { providerId: otherProviderId });
  app = createApp(t.services);
});
after(() => t.close());

test('before a report exists the page offers to start it; opening writes nothing, the POST creates the draft', async () => {
  const before = await get(`/inspections/${inspectionId}/report`, inspector);
  assert.equal(before.status, 200);
  const html = await before.text();
  assert.ok(html.includes('Opret rapportudkast'), 'the inspector may start the draft');
  assert.equal((await t.services.db.select().from(reports).where(eq(reports.inspectionId, inspectionId))).length, 0, 'GET created nothing');
  assert.ok(!(await (await get(`/inspections/${inspectionId}/report`, auditor)).text()).includes('Opret rapportudkast'), 'the auditor only reads');
  const created = await post(`/inspections/${inspectionId}/report/draft`, inspector, {});
  assert.equal(created.status, 303, 'the draft is created and the editor opens');
  assert.equal((await t.services.db.select().from(reports).where(eq(reports.inspectionId, inspectionId))).length, 1);
});

test('the editor: one h1, labelled fields, CSRF in every form, the checks inline at their fields', async () => {
  const res = await get(`/inspections/${inspectionId}/report`, inspector);
  assert.equal(res.status, 200, 'the editor opens');
  const html = await res.text();
  assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1, 'exactly one h1, also with the preview');
  for (const form of forms(html).filter((f) => /method="post"/.test(f))) assert.match(form, /name="_csrf" value="[^"]+"/, 'every form has the CSRF field');
  // Issue 9, item 17: the checks run at every step; a draft with errors is not offered for review,
  // and the check section lists each error with a link to its field.
  assert.ok(!html.includes('formaction="/inspections/'.concat(inspectionId, '/report/submit"')), 'a draft with errors is not offered for review');
  assert.match(html, /<ul class="report-check-errors"><li><a class="function-link" href="#field-overallAssessment">Rapporten mangler den samlede vurdering/);
  assert.match(html, new RegExp(`<a class="function-link" href="#field-theme-${tilbud.themes[0]!.id}">`));
  assert.ok(html.includes('>Gem</button>'), 'and saved');
  assert.ok(html.includes('Tilbuddet er uforholdsmæssigt dyrt'), 'the checkbox is there');
  assert.ok(html.includes('aldrig mangler') && html.includes('offentliggøres aldrig'), 'the development points hint says they are suggestions, never published');
  assert.ok(html.includes('Forhåndsvisning af rapporten'), 'a preview of the document');
  const overall = fieldGroup(html, 'overallAssessment');
  assert.ok(overall.includes('Rapporten mangler den samlede vurdering'), 'the missing overall assessment is shown at its field');
  const firstTheme = tilbud.themes[0]!;
  assert.ok(fieldGroup(html, `theme:${firstTheme.id}`).includes('mangler en skriftlig vurdering'), 'a missing theme assessment at the theme');
  assert.match(html, /id="field-overallAssessment"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="field-overallAssessment"/, 'the field is marked invalid');
  assert.match(html, new RegExp(`<label class="form-label" for="field-theme-${firstTheme.id}">Tema 1: `), 'each theme field is labelled with its theme');
});

test('saving shows the new findings at the fields: Opmærksomhedspunkt, a deficiency as development point, CPR', async () => {
  let html = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  const firstTheme = tilbud.themes[0]!.id;
  const res = await post(`/inspections/${inspectionId}/report`, inspector, formFields({
    version: String(versionOf(html)),
    [`theme:${firstTheme}`]: 'Vi talte med tre beboere om hverdagen.\r\n\r\nOpmærksomhedspunkt: handleplanerne opdateres sjældent.',
    developmentPoints: 'Bostedet kan overveje et fællesmøde.\r\nDer mangler handleplaner for to beboere.',
    overallAssessment: 'Beboeren med CPR 010203-1234 fortalte om sin hverdag.',
  }));
  assert.equal(res.status, 303, 'a save redirects back');
  assert.match(res.headers.get('location') ?? '', /\/report\?besked=gemt/);
  html = await (await get(res.headers.get('location')!, inspector)).text();
  assert.ok(html.includes('Rapporten er gemt.'), 'the save is confirmed');
  assert.ok(fieldGroup(html, `theme:${firstTheme}`).includes('Opmærksomhedspunkter anvendes ikke'), 'the attention point at its theme');
  assert.ok(fieldGroup(html, 'developmentPoints').includes('Udviklingspunkt 2: Udviklingspunktet beskriver en mangel'), 'the deficiency at the development points, with its line');
  assert.ok(fieldGroup(html, 'overallAssessment').includes('CPR-nummer'), 'the CPR number at the overall assessment');
  assert.ok(html.includes('Beboeren med CPR 010203-1234 fortalte om sin hverdag.</textarea>'), 'the saved text is in its field');
  // Finalising from a draft is refused; the check errors are listed in the summary.
  const stale = await post(`/inspections/${inspectionId}/report`, inspector, formFields({ version: '1', overallAssessment: 'Min egen tekst.' }));
  assert.equal(stale.status, 409, 'a save from an old version is a conflict');
  const staleHtml = await stale.text();
  assert.ok(staleHtml.includes('ændret af en anden'), 'the conflict is explained');
  assert.ok(staleHtml.includes('Min egen tekst.'), 'the user\'s text is kept');
  const tooLong = await post(`/inspections/${inspectionId}/report`, inspector, formFields({ version: String(versionOf(html)), overallAssessment: 'x'.repeat(20_001) }));
  assert.equal(tooLong.status, 400, 'content over the limit is refused');
  assert.ok(fieldGroup(await tooLong.text(), 'overallAssessment').includes('højst'), 'the limit is shown at the field');
  // Back to valid content for the rest.
  const ok = await post(`/inspections/${inspectionId}/report`, inspector, formFields({ version: String(versionOf(html)) }));
  assert.equal(ok.status, 303);
});

test('forms and the API need the CSRF token', async () => {
  const html = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  const v = String(versionOf(html));
  const without = await post(`/inspections/${inspectionId}/report`, inspector, formFields({ version: v }), null);
  assert.equal(without.status, 403, 'no token');
  const wrong = await post(`/inspections/${inspectionId}/report/submit`, inspector, { version: v }, 'forkert');
  assert.equal(wrong.status, 403, 'a wrong token');
  const apiWithout = await api(`/inspections/${inspectionId}/report`, inspector, 'PUT', { expectedVersion: Number(v), content: validContent() }, null);
  assert.equal(apiWithout.status, 403, 'the API without the header');
  const otherSession = await post(`/inspections/${inspectionId}/report`, manager, formFields({ version: v }), inspector.csrf);
  assert.equal(otherSession.status, 403, 'another session\'s token');
  const after = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  assert.equal(versionOf(after), Number(v), 'nothing was saved');
});

test('who may open the editor', async () => {
  assert.equal((await get(`/inspections/${inspectionId}/report`, providerUser)).status, 403, 'a provider user does not see drafts');
  assert.equal((await get(`/inspections/${inspectionId}/report`, municipality)).status, 403, 'a municipality does not');
  const read = await get(`/inspections/${inspectionId}/report`, auditor);
  assert.equal(read.status, 200, 'the auditor reads');
  const html = await read.text();
  assert.ok(!html.includes('>Gem</button>'), 'read-only: no save button');
  const unauthenticated = await app.request(`/inspections/${inspectionId}/report`);
  assert.equal(unauthenticated.status, 302, 'not logged in: to the login page');
});

test('the review and hearing steps through the pages; the author cannot approve', async () => {
  let html = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  const submitted = await post(`/inspections/${inspectionId}/report/submit`, inspector, formFields({ version: String(versionOf(html)) }));
  assert.equal(submitted.status, 303, 'saved and sent to review');
  html = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  assert.ok(!html.includes('>Godkend</button>'), 'the author gets no approve button');
  assert.ok(html.includes('kan derfor ikke selv godkende'), 'and is told why');
  html = await (await get(`/inspections/${inspectionId}/report`, manager)).text();
  const own = await post(`/inspections/${inspectionId}/report/review`, inspector, { version: String(versionOf(html)), decision: 'approve' });
  assert.equal(own.status, 403, 'the author posting an approval is refused');

  assert.ok(html.includes('>Godkend</button>') && html.includes('Send tilbage med kommentar'), 'the manager reviews');
  const noComment = await post(`/inspections/${inspectionId}/report/review`, manager, { version: String(versionOf(html)), decision: 'return', comment: '' });
  assert.equal(noComment.status, 400, 'sending back needs a comment');
  assert.ok(fieldGroup(await noComment.text(), 'comment').includes('Skriv en kommentar'), 'shown at the comment field');
  const approved = await post(`/inspections/${inspectionId}/report/review`, manager, { version: String(versionOf(html)), decision: 'approve' });
  assert.equal(approved.status, 303);

  html = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  assert.ok(html.includes('Frist for høringssvar'), 'the deadline field');
  const past = await post(`/inspections/${inspectionId}/report/send-to-hearing`, inspector, { version: String(versionOf(html)), deadline: '2020-01-01' });
  assert.equal(past.status, 400, 'a deadline in the past');
  assert.ok(fieldGroup(await past.text(), 'deadline').includes('før i dag'), 'shown at the deadline');
  const deadline = todayInDenmark(new Date(Date.now() + 7 * 86_400_000));
  const sent = await post(`/inspections/${inspectionId}/report/send-to-hearing`, inspector, { version: String(versionOf(html)), deadline });
  assert.equal(sent.status, 303, 'sent to hearing');
});

test('a provider user sees only its own drafts in hearing, and answers there', async () => {
  await createReport(t.services, inspector.actor, { inspectionId: otherInspectionId });
  await toHearing(otherInspectionId);

  const list = await get('/reports/hearing', providerUser);
  assert.equal(list.status, 200);
  const listHtml = await list.text();
  assert.ok(listHtml.includes(OWN_TITLE), 'its own draft is listed');
  assert.ok(!listHtml.includes(OTHER_TITLE), 'the other provider\'s is not');
  const staffList = await (await get('/reports/hearing', inspector)).text();
  assert.ok(staffList.includes(OWN_TITLE) && staffList.includes(OTHER_TITLE), 'the inspector sees both');
  assert.equal((await get('/reports/hearing', municipality)).status, 403, 'a municipality is refused');
  const apiList = (await (await api('/reports/hearing', providerUser)).json()) as { items: { inspectionId: string }[] };
  assert.deepEqual(apiList.items.map((i) => i.inspectionId), [inspectionId], 'the API agrees');

  assert.equal((await get(`/inspections/${otherInspectionId}/report/hearing`, providerUser)).status, 403, 'the other provider\'s draft is refused');
  const page = await get(`/inspections/${inspectionId}/report/hearing`, providerUser);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1, 'one h1');
  assert.ok(html.includes('Jeres høringssvar'), 'the answer field');
  assert.ok(html.includes('Bostedet Kildevang har den fornødne kvalitet'), 'the draft is shown');
  assert.ok((await (await post(`/inspections/${inspectionId}/report/hearing`, providerUser, { version: String(versionOf(html)), answer: 'x' }, null)).status) === 403, 'the answer needs CSRF');
  const empty = await post(`/inspections/${inspectionId}/report/hearing`, providerUser, { version: String(versionOf(html)), answer: '  ' });
  assert.equal(empty.status, 400, 'an empty answer');
  const other = await post(`/inspections/${otherInspectionId}/report/hearing`, providerUser, { version: '1', answer: 'Ikke vores.' });
  assert.equal(other.status, 403, 'answering another provider\'s hearing');
  const answered = await post(`/inspections/${inspectionId}/report/hearing`, providerUser, { version: String(versionOf(html)), answer: 'Der er 12 pladser, ikke 10.' });
  assert.equal(answered.status, 303, 'the answer is given');
  const after = await (await get(answered.headers.get('location')!, providerUser)).text();
  assert.ok(after.includes('Der er 12 pladser, ikke 10.') && after.includes('Tak. Jeres høringssvar'), 'the answer is shown and confirmed');
});

test('finalise, send, and the final version as a page, a PDF and JSON', async () => {
  let html = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  assert.ok(html.includes('Der er 12 pladser, ikke 10.'), 'the inspector sees the answer');
  assert.ok(html.includes('Afslut rapporten'), 'and may finalise');
  const refusedRes = await post(`/inspections/${inspectionId}/report/finalise`, inspector, formFields({ version: String(versionOf(html)), developmentPoints: 'Der mangler handleplaner.' }));
  assert.equal(refusedRes.status, 400, 'finalising with a check error is refused');
  const refusedHtml = await refusedRes.text();
  assert.ok(refusedHtml.includes('Rapporten kan ikke afsluttes'), 'with the reason');
  assert.ok(fieldGroup(refusedHtml, 'developmentPoints').includes('beskriver en mangel'), 'and the error at its field');
  html = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  const finalised = await post(`/inspections/${inspectionId}/report/finalise`, inspector, formFields({ version: String(versionOf(html)) }));
  assert.equal(finalised.status, 303, 'finalised');
  html = await (await get(`/inspections/${inspectionId}/report`, inspector)).text();
  assert.ok(html.includes('Send rapporten') && html.includes('Ret rapporten'), 'a final report can be sent or corrected');
  const sent = await post(`/inspections/${inspectionId}/report/send`, inspector, { version: String(versionOf(html)) });
  assert.equal(sent.status, 303, 'sent');

  const list = await (await get('/reports', providerUser)).text();
  const versionId = /href="\/report-versions\/([0-9a-f-]{36})"/.exec(list)?.[1];
  assert.ok(versionId, 'the provider user finds the report on /reports');
  assert.ok(!list.includes(OTHER_TITLE), 'only its own');

  const page = await get(`/report-versions/${versionId}`, providerUser);
  assert.equal(page.status, 200);
  const pageHtml = await page.text();
  assert.equal((pageHtml.match(/<h1[ >]/g) ?? []).length, 1, 'one h1');
  assert.ok(pageHtml.includes(`href="/report-versions/${versionId}.pdf">Hent PDF</a>`), 'a "Hent PDF" link');
  assert.ok(pageHtml.includes('Der er 12 pladser, ikke 10.'), 'the hearing answer is kept with the version');

  const pdf = await get(`/report-versions/${versionId}.pdf`, providerUser);
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  const bytes = Buffer.from(await pdf.arrayBuffer());
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the body is a PDF');
  const json = await get(`/report-versions/${versionId}.json`, inspector);
  assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
  const document = (await json.json()) as { overallAssessment: string };
  assert.ok(document.overallAssessment.includes('Bostedet Kildevang'), 'the JSON is the document');
  const apiPdf = await api(`/report-versions/${versionId}.pdf`, auditor);
  assert.equal(apiPdf.headers.get('content-type'), 'application/pdf', 'the API serves the PDF too');
  const meta = (await (await api(`/report-versions/${versionId}`, auditor)).json()) as { number: number; contentHash: string; publicSummary: Record<string, unknown> };
  assert.equal(meta.number, 1);
  assert.match(meta.contentHash, /^[0-9a-f]{64}$/);
  assert.ok(!('developmentPoints' in meta.publicSummary), 'the public summary has no development points');

  assert.equal((await get(`/report-versions/${versionId}.pdf`, municipality)).status, 403, 'a municipality is refused');
  assert.equal((await get(`/report-versions/${versionId}`, otherProviderUser)).status, 403, 'another provider is refused');
  assert.equal((await get('/report-versions/not-a-version.pdf', inspector)).status, 404, 'an unknown version');
});

test('the API: the report with its checks, a save, refusals with codes, and the OpenAPI paths', async () => {
  const res = await api(`/inspections/${otherInspectionId}/report`, inspector);
  assert.equal(res.status, 200);
  const view = (await res.json()) as { report: { status: string; version: number }; check: { errors: unknown[] }; permissions: Record<string, boolean> };
  assert.equal(view.report.status, 'hearing');
  const early = await api(`/inspections/${otherInspectionId}/report/finalise`, inspector, 'POST', { expectedVersion: view.report.version });
  assert.equal(early.status, 409, 'finalising during the hearing is a conflict');
  const stale = await api(`/inspections/${otherInspectionId}/report/submit`, inspector, 'POST', { expectedVersion: 1 });
  assert.equal(stale.status, 409, 'a stale version');
  const answer = await api(`/inspections/${otherInspectionId}/report/hearing-answer`, otherProviderUser, 'POST', { expectedVersion: view.report.version, answer: 'Ingen bemærkninger.' });
  assert.equal(answer.status, 200, 'the provider answers through the API');
  const put = await api(`/inspections/${otherInspectionId}/report`, inspector, 'PUT', { expectedVersion: view.report.version + 1, content: { ...validContent(), disproportionatelyExpensive: true } });
  assert.equal(put.status, 200, 'the inspector takes the answer in');
  const saved = (await put.json()) as { version: number; check: { errors: { code: string }[] } };
  assert.ok(saved.check.errors.some((e) => e.code === 'disproportionately_expensive_unstated'), 'the save returns the checks');
  const refused = await api(`/inspections/${otherInspectionId}/report/finalise`, inspector, 'POST', { expectedVersion: saved.version });
  assert.equal(refused.status, 400, 'finalising is refused');
  const body = (await refused.json()) as { error: { code: string; fields: { field: string; code: string }[] } };
  assert.equal(body.error.code, 'invalid');
  assert.ok(body.error.fields.some((f) => f.code === 'disproportionately_expensive_unstated' && f.field === 'content.overallAssessment'), 'the refusal names the code and the path');
  const forbidden = await api(`/inspections/${otherInspectionId}/report`, municipality);
  assert.equal(forbidden.status, 403, 'a municipality is refused');

  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
  for (const path of ['/api/inspections/{id}/report', '/api/inspections/{id}/report/submit', '/api/inspections/{id}/report/review', '/api/inspections/{id}/report/hearing', '/api/inspections/{id}/report/hearing-answer', '/api/inspections/{id}/report/finalise', '/api/inspections/{id}/report/send', '/api/inspections/{id}/report/correct', '/api/reports', '/api/report-versions/{id}', '/api/report-versions/{id}.pdf', '/api/report-versions/{id}.json']) {
    assert.ok(path in doc.paths, `OpenAPI documents ${path}`);
  }
});
