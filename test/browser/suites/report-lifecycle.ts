// The whole loop from the UI alone, in a real browser, one user per browser context (issue 9, "Done
// when"): the inspector creates an inspection from the provider page of Bostedet Lærkereden
// (tilbud-demo is that provider's user), plans and holds a visit, assesses, completes it, picks it
// from the completed inspections and writes the report — which is not offered for review while an
// error remains — and sends it to quality review; the manager approves; the inspector sends it to
// hearing; the provider reads the draft and answers; the inspector finalises and sends; the final
// version's page and its PDF; the portal shows it, economy included. axe checks every page visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertAccessible, sharedBrowser, logIn, sharedServer, type RunningServer } from '../support/browser.ts';
import { BROWSER_TEST_PROVIDER_NAME } from '../../../src/demo/seed-demo.ts';
import { todayInDenmark } from '../../../src/core/calendar.ts';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
before(async () => {
  server = await sharedServer();
  browser = await sharedBrowser();
});
after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
});

const JUSTIFICATION = 'Ved det uanmeldte tilsynsbesøg blev to medarbejdere og lederen interviewet, og tre beboere fortalte om deres hverdag. Oplysningerne stemmer overens med dokumentationen.';
const OVERALL = 'Socialtilsynet vurderer, at Bostedet Lærkereden har den fornødne kvalitet. Beboerne fortalte, at de selv er med til at planlægge ugens aktiviteter, og personalet følger op på aftalerne hver uge.';
const ANSWER = 'Bostedet har 12 pladser. Vi har ingen øvrige bemærkninger til de faktiske forhold.';
const ECONOMY = 'Bostedets økonomi er bæredygtig, prisen svarer til kvaliteten og målgruppen, og regnskabet er gennemsigtigt.';
/** The inspection this suite creates from the provider page. */
const TITLE = 'Uanmeldt tilsyn – hele forløbet fra brugerfladen';

/** A logged-in user in a browser context of its own. */
async function userPage(username: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page, server.url, username);
  return page;
}

async function goto(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await assertAccessible(page);
}

async function completeAssessment(page: Page, inspectionUrl: string): Promise<void> {
  await page.goto(inspectionUrl);
  await page.getByRole('link', { name: 'Vurdering', exact: true }).click();
  await page.waitForURL(/\/assessment$/);
  await assertAccessible(page);
  const overview = page.url();
  const themeLinks = await page.getByRole('link', { name: /^Tema \d+: / }).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  assert.equal(themeLinks.length, 5, 'the tilbud model has five themes');
  for (const href of themeLinks) {
    await page.goto(href);
    await assertAccessible(page);
    for (const group of await page.getByRole('group', { name: /^Kvalitetsmarkør / }).all()) {
      const present = group.getByLabel('Til stede', { exact: true });
      if (await present.count()) await present.check();
    }
    for (const group of await page.getByRole('group', { name: /^Konklusion på kvalitetskriterium / }).all()) {
      await group.getByLabel('Opfyldt', { exact: true }).check();
      await group.getByLabel('Faglig begrundelse').fill(JUSTIFICATION);
    }
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.waitForLoadState('load');
  }
  await page.goto(overview);
  await page.getByRole('link', { name: /^Økonomi/ }).first().click();
  await page.getByLabel('Opfyldt', { exact: true }).check();
  await page.getByLabel('Faglig begrundelse').fill(ECONOMY);
  await page.getByRole('button', { name: 'Gem' }).click();
  await page.waitForLoadState('load');
  await page.goto(overview);
  await page.getByText('Fornøden kvalitet: Ja').first().waitFor();
}

test('a report from draft to sent: review, hearing with the provider, final version and PDF', async () => {
  // ── 1. From the provider page: a new inspection, a visit planned and held, the assessment ──
  const inspector = await userPage('inspektoer-nord');
  await goto(inspector, '/providers');
  await inspector.getByRole('link', { name: BROWSER_TEST_PROVIDER_NAME }).click();
  await inspector.getByRole('heading', { level: 1, name: BROWSER_TEST_PROVIDER_NAME }).waitFor();
  await assertAccessible(inspector);
  await inspector.getByRole('link', { name: 'Opret tilsyn' }).click();
  await inspector.getByLabel('Titel').fill(TITLE);
  await assertAccessible(inspector);
  await inspector.getByRole('button', { name: 'Opret tilsyn' }).click();
  await inspector.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const inspectionUrl = inspector.url();
  await inspector.getByLabel('Ny status').selectOption({ label: 'I gang' });
  await inspector.getByRole('button', { name: 'Skift status' }).click();
  await inspector.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await inspector.locator('form[action$="/visits"]').getByLabel('Dato').fill(todayInDenmark(new Date()));
  await inspector.getByRole('button', { name: 'Planlæg besøg' }).click();
  await inspector.getByRole('button', { name: /^Afholdt/ }).click();
  await inspector.getByText('Afholdte besøg: 1.').waitFor();
  await assertAccessible(inspector);
  await completeAssessment(inspector, inspectionUrl);
  await inspector.goto(inspectionUrl);
  await inspector.getByLabel('Ny status').selectOption({ label: 'Afsluttet' });
  await inspector.getByRole('button', { name: 'Skift status' }).click();
  await inspector.getByText('Tilsynet er afsluttet').waitFor();

  // ── 2. It is picked from the completed inspections, and the report is opened ─────────────
  await goto(inspector, '/inspections');
  await inspector.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Afsluttet' });
  await inspector.getByRole('button', { name: 'Vis', exact: true }).click();
  await inspector.waitForURL(/status=completed/);
  await assertAccessible(inspector);
  await inspector.getByRole('link', { name: TITLE }).click();
  await inspector.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await assertAccessible(inspector);
  await inspector.getByRole('link', { name: 'Rapport', exact: true }).click();
  await inspector.waitForURL(/\/report$/);
  await inspector.getByRole('heading', { level: 1, name: `Rapport: ${TITLE}` }).waitFor();
  await assertAccessible(inspector);
  // Opening the report page writes nothing; the inspector starts the draft.
  await inspector.getByRole('button', { name: 'Opret rapportudkast' }).click();
  await inspector.getByText('Rapporten mangler den samlede vurdering af kvaliteten.').first().waitFor();
  await assertAccessible(inspector);
  const reportUrl = inspector.url();
  await inspector.getByText('Rapporten mangler den samlede vurdering af kvaliteten.').first().waitFor();

  // ── 3. The inspector writes the overall and theme assessments and sends it to review ──────
  // First with an error: the report is not offered for review, and the check names it with a link.
  await inspector.getByLabel('Samlet vurdering', { exact: true }).fill(`${OVERALL} Opmærksomhedspunkt: nattevagten.`);
  const themeFields = inspector.getByRole('group', { name: 'Vurdering af temaerne' }).getByRole('textbox');
  const themeCount = await themeFields.count();
  assert.equal(themeCount, 5, 'one field per theme');
  for (let i = 0; i < themeCount; i++) {
    await themeFields.nth(i).fill(`Ved besøget talte vi med tre beboere og to medarbejdere om hverdagen på ${BROWSER_TEST_PROVIDER_NAME}; dagbøgerne fra efteråret viste, at aftalerne om aktiviteter blev fulgt (tema ${i + 1}).`);
  }
  await inspector.getByLabel('Udviklingspunkter').fill('Bostedet kan overveje at invitere de pårørende til et årligt fællesmøde om aktiviteterne.');
  await inspector.getByRole('button', { name: 'Gem', exact: true }).click();
  await inspector.getByText('Rapporten er gemt.').waitFor();
  await inspector.getByRole('link', { name: /Opmærksomhedspunkter anvendes ikke/ }).first().waitFor();
  assert.equal(await inspector.getByRole('button', { name: 'Send til kvalitetssikring' }).count(), 0, 'not offered for review while an error remains');
  await assertAccessible(inspector);
  await inspector.getByLabel('Samlet vurdering', { exact: true }).fill(OVERALL);
  await inspector.getByRole('button', { name: 'Gem', exact: true }).click();
  await inspector.getByText('Rapporten er gemt.').waitFor();
  await inspector.getByText('Rapporten opfylder kravene til indholdet').waitFor();
  await assertAccessible(inspector);
  await inspector.getByRole('button', { name: 'Send til kvalitetssikring' }).click();
  await inspector.getByText('Rapporten er sendt til kvalitetssikring.').waitFor();
  await inspector.getByText('kan derfor ikke selv godkende').waitFor();
  assert.equal(await inspector.getByRole('button', { name: 'Godkend' }).count(), 0, 'the author cannot approve');
  await assertAccessible(inspector);

  // ── 4. The manager approves ───────────────────────────────────────────────────────────────
  const manager = await userPage('leder-nord');
  await manager.goto(reportUrl);
  await manager.getByRole('heading', { level: 1 }).waitFor();
  await assertAccessible(manager);
  await manager.getByRole('button', { name: 'Godkend' }).click();
  await manager.getByText('Rapporten er godkendt i kvalitetssikringen.').waitFor();
  await assertAccessible(manager);

  // ── 5. The inspector sends it to hearing with a deadline ──────────────────────────────────
  await inspector.goto(reportUrl);
  const deadline = todayInDenmark(new Date(Date.now() + 7 * 86_400_000));
  await inspector.getByLabel('Frist for høringssvar').fill(deadline);
  await assertAccessible(inspector);
  await inspector.getByRole('button', { name: 'Send i høring' }).click();
  await inspector.getByText('Rapporten er sendt i faktuel høring.').waitFor();
  await assertAccessible(inspector);

  // ── 6. The provider (tilbud-demo) reads the draft and answers ─────────────────────────────
  const provider = await userPage('tilbud-demo');
  await goto(provider, '/reports');
  await provider.getByRole('link', { name: 'Udkast til rapporter i faktuel høring' }).click();
  await provider.getByRole('heading', { level: 1, name: 'Rapporter i faktuel høring' }).waitFor();
  await assertAccessible(provider);
  await provider.getByRole('link', { name: TITLE }).click();
  await provider.getByRole('heading', { level: 1, name: `Faktuel høring: ${TITLE}` }).waitFor();
  await assertAccessible(provider);
  await provider.getByText(OVERALL).first().waitFor();
  await provider.getByLabel('Jeres høringssvar').fill(ANSWER);
  await provider.getByRole('button', { name: 'Send høringssvar' }).click();
  await provider.getByText('Tak. Jeres høringssvar er sendt til socialtilsynet.').waitFor();
  await assertAccessible(provider);

  // ── 7. The inspector sees the answer, finalises and sends ─────────────────────────────────
  await inspector.goto(reportUrl);
  await inspector.getByText(ANSWER).first().waitFor();
  await assertAccessible(inspector);
  await inspector.getByRole('button', { name: 'Afslut rapporten' }).click();
  await inspector.getByText('Rapporten er afsluttet, og den endelige version er gemt.').waitFor();
  await assertAccessible(inspector);
  await inspector.getByRole('button', { name: 'Send rapporten' }).click();
  await inspector.getByText('Rapporten er sendt til tilbuddet eller plejefamilien.').waitFor();
  await assertAccessible(inspector);

  // ── 8. The final version's page, and its PDF ──────────────────────────────────────────────
  await inspector.getByRole('link', { name: 'Se den afsluttede rapport (version 1)' }).click();
  await inspector.waitForURL(/\/report-versions\/[0-9a-f-]{36}$/);
  await inspector.getByRole('heading', { level: 1, name: `Tilsynsrapport: ${BROWSER_TEST_PROVIDER_NAME}` }).waitFor();
  await assertAccessible(inspector);
  const versionUrl = inspector.url();
  const pdfHref = await inspector.getByRole('link', { name: 'Hent PDF' }).getAttribute('href');
  assert.ok(pdfHref && pdfHref.endsWith('.pdf'), 'the page links to the PDF');
  const pdf = await inspector.request.get(`${server.url}${pdfHref}`);
  assert.equal(pdf.status(), 200, 'the PDF answers');
  assert.equal(pdf.headers()['content-type'], 'application/pdf', 'as application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF body');

  // ── 9. The provider finds the sent report among its reports ───────────────────────────────
  await goto(provider, '/reports');
  await provider.getByRole('link', { name: new RegExp(TITLE) }).first().click();
  await provider.waitForURL(versionUrl);
  await provider.getByRole('heading', { level: 1, name: `Tilsynsrapport: ${BROWSER_TEST_PROVIDER_NAME}` }).waitFor();
  await provider.getByText(ANSWER).first().waitFor();
  await assertAccessible(provider);
  const providerPdf = await provider.request.get(`${server.url}${pdfHref}`);
  assert.equal(providerPdf.headers()['content-type'], 'application/pdf', 'the provider downloads the PDF too');

  // ── 10. The sent report is published: anyone finds it on the portal, economy included ─────
  const publicContext = await browser.newContext();
  contexts.push(publicContext);
  const citizen = await publicContext.newPage();
  await citizen.goto(`${server.url}/portal`);
  await assertAccessible(citizen);
  await citizen.getByLabel('Tilbuddets navn').fill('Lærkereden');
  await citizen.getByLabel('Tilbuddets navn').press('Enter');
  await citizen.getByRole('link', { name: BROWSER_TEST_PROVIDER_NAME }).click();
  await citizen.getByRole('heading', { level: 1, name: BROWSER_TEST_PROVIDER_NAME }).waitFor();
  await citizen.getByText(OVERALL).first().waitFor();
  // Seed 004: the economy's assessment is published with the theme assessments.
  await citizen.getByRole('heading', { level: 4, name: 'Økonomi' }).waitFor();
  await citizen.getByText(ECONOMY).first().waitFor();
  await assertAccessible(citizen);
  const publicPage = await citizen.content();
  assert.ok(!publicPage.includes(ANSWER), 'the hearing answer is never published');
  assert.ok(!publicPage.includes(JUSTIFICATION), 'criterion justifications are never published');
});
