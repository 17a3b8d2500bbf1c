// Issue 11 in the browser (so far): the region's quality consultant opens the overview of the
// regions' model from the menu — the region's institutions, overdue first — and it passes axe and
// the 320 px check; a surveyor sees only the institutions of their evaluations; the auditor is refused.
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

/** A page of its own, logged in as `username`; `close` ends its browser context. */
async function signedIn(username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, server.url, username);
  return { page, close: () => context.close() };
}

test('the regions\' overview: the consultant\'s region, overdue first; a surveyor\'s assigned institutions; the auditor refused', async () => {
  const { page, close: closeConsultant } = await signedIn('kvalitet-sjaelland');
  await page.getByRole('link', { name: 'Kvalitetsmodel for institutioner' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Dansk Kvalitetsmodel på det sociale område' }).waitFor();
  const institutions = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  assert.deepEqual(institutions.map((h) => h.replace(/\s*\(.*\)$/, '')), ['Bocenter Lyngen', 'Specialinstitutionen Fjordhuset'], 'overdue (Lyngen) first');
  assert.ok(await page.getByText('(overskredet)').first().isVisible());
  await assertAccessible(page);
  await closeConsultant();

  const { page: surveyor, close: closeSurveyorContext } = await signedIn('surveyor-demo');
  await surveyor.goto(`${server.url}/standards`);
  assert.equal(await surveyor.getByRole('heading', { level: 2 }).count(), 2);
  await closeSurveyorContext();

  const { page: auditor, close: closeAuditorContext } = await signedIn('revisor');
  assert.equal((await auditor.goto(`${server.url}/standards`))?.status(), 403);
  await closeAuditorContext();
});

test('the institution places a matter in the traffic light and moves it; the easy-read page prints legibly', async () => {
  const { page, close: closeContext } = await signedIn('institution-leder');
  await page.goto(`${server.url}/standards`);
  await page.getByRole('link', { name: 'Trafiklyset for Bocenter Lyngen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trafiklyset: Bocenter Lyngen' }).waitFor();
  await assertAccessible(page);
  await page.getByLabel('Sag', { exact: true }).fill('Hvornår vi spiser aftensmad');
  await page.getByLabel('Farve').selectOption('red');
  await page.getByLabel('Aftalt dato').fill('2026-11-25');
  await page.getByLabel('Aftalt med').fill('Husmødet');
  await page.getByRole('button', { name: 'Placér sagen' }).click();
  const red = page.locator('section', { has: page.getByRole('heading', { name: 'Rødt felt' }) });
  await red.locator('strong', { hasText: 'Hvornår vi spiser aftensmad' }).waitFor();
  await red.getByRole('link', { name: /Flyt/ }).click();
  await assertAccessible(page);
  await page.getByLabel('Farve').selectOption('yellow');
  await page.getByLabel('Aftalt dato').fill('2026-11-30');
  await page.getByLabel('Aftalt med').fill('Beboerrådet');
  await page.getByRole('button', { name: 'Flyt sagen' }).click();
  const yellow = page.locator('section', { has: page.getByRole('heading', { name: 'Gult felt' }) });
  await yellow.locator('strong', { hasText: 'Hvornår vi spiser aftensmad' }).waitFor();
  assert.ok(await page.getByRole('table', { name: 'Ændrede placeringer' }).getByText('Rødt').isVisible(), 'the history keeps the red placement');

  await page.getByRole('link', { name: /Let læst udgave/ }).click();
  await assertAccessible(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.header').isVisible(), false, 'the header is not printed');
  for (const word of ['RØDT', 'GULT', 'GRØNT']) assert.ok(await page.getByRole('heading', { name: word }).isVisible(), `${word} is named in words`);
  const size = await page.locator('.easy-read p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 20, `large type when printed (${size}px)`);
  await closeContext();
});

test('the institution submits its self-evaluation, the region acknowledges it, and the overview shows the new due date', async () => {
  const { page, close: closeInstitution } = await signedIn('institution-leder');
  await page.goto(`${server.url}/standards`);
  await page.getByRole('link', { name: 'Selvevaluering for Bocenter Lyngen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Selvevaluering: Bocenter Lyngen' }).waitFor();
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Indsend til regionen' }).click();
  await page.getByRole('alert').getByText(/skal udfyldes, før selvevalueringen indsendes/).first().waitFor();
  for (const field of await page.locator('textarea[name^="position:"], textarea[name^="distance:"], textarea[name^="gaps:"]').all()) await field.fill('Vejledningen er skrevet og gennemgået på personalemødet.');
  await page.getByRole('button', { name: 'Indsend til regionen' }).click();
  await page.getByText('Selvevalueringen er indsendt til regionen').waitFor();
  await closeInstitution();

  const { page: consultant, close: closeRegion } = await signedIn('kvalitet-sjaelland');
  await consultant.goto(`${server.url}/standards`);
  await consultant.getByRole('link', { name: 'Selvevaluering for Bocenter Lyngen' }).click();
  await consultant.getByRole('button', { name: /Kvittér/ }).click();
  await consultant.getByText('Der er kvitteret for selvevalueringen').waitFor();
  await assertAccessible(consultant);
  await consultant.goto(`${server.url}/standards`);
  const today = new Date(server.services.now());
  const nextYear = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate())));
  const lyngen = consultant.getByRole('table', { name: 'Bocenter Lyngen: trin og frister pr. standard' });
  assert.ok((await lyngen.innerText()).includes(nextYear), `the next self-evaluation is due ${nextYear}`);
  await closeRegion();
});

test('the institution writes a local description and the region approves it', async () => {
  const { page, close: closeInstitution } = await signedIn('institution-leder');
  await page.goto(`${server.url}/standards`);
  await page.getByRole('link', { name: 'Lokale beskrivelser for Bocenter Lyngen' }).click();
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Skriv ny version af beskrivelsen af Kommunikation' }).click();
  await page.getByLabel('Sådan lever vi op til standarden').fill('Ved indflytningen afdækker kontaktpersonen beboerens måde at kommunikere på, og det skrives i planen.');
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Gem til godkendelse' }).click();
  await page.getByText('Beskrivelsen er gemt og venter på regionens godkendelse').waitFor();
  await closeInstitution();

  const { page: consultant, close: closeRegion } = await signedIn('kvalitet-sjaelland');
  await consultant.goto(`${server.url}/standards`);
  await consultant.getByRole('link', { name: 'Lokale beskrivelser for Bocenter Lyngen' }).click();
  await consultant.getByRole('button', { name: 'Godkend beskrivelsen af Kommunikation' }).click();
  await consultant.getByText('Beskrivelsen er godkendt').waitFor();
  assert.ok(await consultant.getByText(/Version 1, godkendt/).isVisible());
  await closeRegion();
});
