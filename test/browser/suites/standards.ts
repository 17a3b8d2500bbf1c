// Issue 11 in the browser: the region's consultant opens the regions' model from the menu (work list
// and institutions side by side, overdue first); the whole quality cycle of one institution from
// local description to final external evaluation, by the institution, the region and the surveyor,
// with axe and the 320 px check on every page; the traffic light prints legibly; surveys, the
// competence plan and the shared examples; outsiders refused.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { assertAccessible, sharedServer, signedIn, type RunningServer } from '../support/browser.ts';
import { COMMAND_LINE_OPERATOR } from '../../../src/services/actor.ts';
import { createUser } from '../../../src/services/users/create-user.ts';
import { providers } from '../../../src/storage/schema.ts';

let server: RunningServer;
before(async () => {
  server = await sharedServer();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

test('the regions\' overview: the work list and the institutions side by side, overdue first; a surveyor\'s assigned institutions; the auditor refused', async () => {
  const { page, close: closeConsultant } = await signedIn('kvalitet-sjaelland');
  await page.getByRole('link', { name: 'Kvalitetsmodel for institutioner' }).first().click();
  await heading(page, 'Dansk Kvalitetsmodel på det sociale område');
  const side = page.getByRole('table', { name: /Institutionerne side om side/ });
  const rows = await side.locator('tbody th').allInnerTexts();
  assert.deepEqual(rows.map((h) => h.replace(/\s*\(.*\)$/, '')), ['Bocenter Lyngen', 'Specialinstitutionen Fjordhuset'], 'overdue (Lyngen) first');
  const work = page.getByRole('table', { name: /opgave/ });
  assert.match(await work.locator('tbody tr').first().innerText(), /Overskredet.*Bocenter Lyngen.*Ekstern evaluering/s);
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Eksempler på retningsgivende dokumenter fra regionens institutioner' }).click();
  await heading(page, 'Eksempler fra regionens institutioner');
  await assertAccessible(page);
  await closeConsultant();

  const { page: surveyor, close: closeSurveyorContext } = await signedIn('surveyor-demo');
  await surveyor.goto(`${server.url}/standards`);
  assert.equal(await surveyor.getByRole('table', { name: /Institutionerne side om side/ }).locator('tbody tr').count(), 2);
  await closeSurveyorContext();

  const { page: auditor, close: closeAuditorContext } = await signedIn('revisor');
  assert.equal((await auditor.goto(`${server.url}/standards`))?.status(), 403);
  await closeAuditorContext();
});

test('the institution places a matter in the traffic light and moves it; the easy-read page prints legibly', async () => {
  const { page, close: closeContext } = await signedIn('institution-leder');
  await page.goto(`${server.url}/standards`);
  await page.getByRole('link', { name: 'Bocenter Lyngen' }).first().click();
  await page.getByRole('link', { name: 'Trafiklyset' }).click();
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

test('the quality cycle: description and guiding document, approval, self-evaluation, external evaluation planned, found, commented and final; the overview shows the new due dates', async () => {
  // A region consultant of Midtjylland and the leader of Bostedet Egebakken (an institution with no work yet), made by the administrator.
  const [egebakken] = await server.services.db.select().from(providers).where(eq(providers.name, 'Bostedet Egebakken'));
  const password = 'kvalitet-i-midt-2026';
  await createUser(server.services, COMMAND_LINE_OPERATOR, { username: 'kvalitet-midt', displayName: 'Kvalitetskonsulent Midt', role: 'region', regionId: 'midtjylland', password });
  await createUser(server.services, COMMAND_LINE_OPERATOR, { username: 'leder-egebakken', displayName: 'Leder af Egebakken', role: 'provider', providerId: egebakken!.id, password });

  // The institution: a local description and a guiding document (a file), shared as an example.
  const { page: leader, close: closeLeader } = await signedIn('leder-egebakken', password);
  await leader.getByRole('link', { name: 'Kvalitetsmodel for institutioner' }).first().click();
  await leader.getByRole('link', { name: 'Bostedet Egebakken' }).first().click();
  await heading(leader, 'Bostedet Egebakken');
  await assertAccessible(leader);
  await leader.getByRole('link', { name: 'Lokale beskrivelser' }).click();
  await leader.getByRole('link', { name: 'Skriv ny version af beskrivelsen af Kommunikation' }).click();
  await leader.getByLabel('Sådan lever vi op til standarden').fill('Ved indflytningen afdækker kontaktpersonen beboerens måde at kommunikere på.');
  await leader.getByRole('button', { name: 'Gem til godkendelse' }).click();
  await leader.getByText('Beskrivelsen er gemt og venter på regionens godkendelse').waitFor();
  await assertAccessible(leader);
  await leader.goto(`${server.url}/standards/institutions/${egebakken!.id}/steps`);
  await heading(leader, /Trin og dokumentation/);
  await assertAccessible(leader);
  await leader.getByRole('link', { name: 'Kommunikation' }).click();
  await leader.getByRole('link', { name: 'Registrér et dokument til Kommunikation' }).click();
  await assertAccessible(leader);
  await leader.getByRole('button', { name: 'Registrér dokumentet' }).click();
  await leader.getByRole('alert').getByText('Titlen skal udfyldes.').waitFor();
  await leader.getByLabel('Titel').fill('Vejledning om kommunikation');
  await leader.getByLabel('Vejledning', { exact: true }).check();
  await leader.getByLabel(/^Fil/).setInputFiles({ name: 'kommunikation.txt', mimeType: 'text/plain', buffer: Buffer.from('Sådan afdækker vi kommunikation.') });
  await leader.getByLabel('Ansvarlig').fill('Leder af Egebakken');
  await leader.getByLabel('Revideres senest').fill('2027-09-01');
  await leader.getByLabel(/Del dokumentet/).check();
  await leader.getByRole('button', { name: 'Registrér dokumentet' }).click();
  await leader.getByText('Dokumentet er registreret').waitFor();
  const download = leader.waitForEvent('download');
  await leader.getByRole('link', { name: /Vejledning om kommunikation/ }).click();
  assert.equal((await download).suggestedFilename(), 'kommunikation.txt');
  await leader.getByRole('combobox', { name: 'Trin 1' }).selectOption('fulfilled');
  await leader.getByRole('button', { name: 'Gem trinnene' }).click();
  await leader.getByText('Trinnene er gemt').waitFor();
  await assertAccessible(leader);

  // The region approves the description.
  const { page: region, close: closeRegion } = await signedIn('kvalitet-midt', password);
  await region.goto(`${server.url}/standards/institutions/${egebakken!.id}/descriptions`);
  await region.getByRole('button', { name: 'Godkend beskrivelsen af Kommunikation' }).click();
  await region.getByText('Beskrivelsen er godkendt').waitFor();

  // The institution submits its self-evaluation.
  await leader.goto(`${server.url}/standards/institutions/${egebakken!.id}/self-evaluation`);
  for (const field of await leader.locator('textarea[name^="position:"], textarea[name^="distance:"], textarea[name^="gaps:"]').all()) await field.fill('Vejledningen er skrevet; nye medarbejdere kender den endnu ikke.');
  await leader.getByRole('button', { name: 'Indsend til regionen' }).click();
  await leader.getByText('Selvevalueringen er indsendt til regionen').waitFor();

  // The region plans the external evaluation with the demo surveyor.
  await region.goto(`${server.url}/standards/institutions/${egebakken!.id}/external-evaluations`);
  await heading(region, 'Ekstern evaluering: Bostedet Egebakken');
  await assertAccessible(region);
  await region.getByLabel('Dato for evalueringen').fill('2026-12-10');
  await region.getByLabel('Sara Surveyor').check();
  await region.getByRole('button', { name: 'Planlæg evalueringen' }).click();
  await region.getByText('Evalueringen er planlagt').waitFor();
  await assertAccessible(region);

  // The surveyor records a finding and a justification per standard and sends the draft.
  const { page: surveyor, close: closeSurveyor } = await signedIn('surveyor-demo');
  await surveyor.goto(`${server.url}/standards/institutions/${egebakken!.id}/external-evaluations`);
  await surveyor.getByRole('link', { name: /åbn evalueringen/ }).click();
  await assertAccessible(surveyor);
  await surveyor.getByRole('button', { name: 'Send udkastet til institutionen' }).click();
  await surveyor.getByRole('alert').getByText(/vælg et fund, før udkastet sendes/).first().waitFor();
  for (const select of await surveyor.locator('select[name^="finding:"]').all()) await select.selectOption('fulfilled');
  await surveyor.locator('select[name="finding:kommunikation"]').selectOption('partly');
  for (const field of await surveyor.locator('textarea[name^="justification:"]').all()) await field.fill('Set i praksis og bekræftet af medarbejderne.');
  await surveyor.getByLabel('Rapportens tekst').fill('Bostedet Egebakken lever i høj grad op til standarderne.');
  await surveyor.getByRole('button', { name: 'Send udkastet til institutionen' }).click();
  await surveyor.getByText('Udkastet er sendt til institutionen').waitFor();
  assert.equal(await surveyor.getByRole('button', { name: 'Gør evalueringen endelig' }).count(), 0, 'not before the institution has answered');

  // The institution comments on the draft.
  await leader.goto(`${server.url}/standards/institutions/${egebakken!.id}`);
  await leader.getByRole('link', { name: /Udkast til evalueringsrapport venter/ }).click();
  await leader.getByRole('link', { name: /åbn evalueringen/ }).click();
  await leader.getByRole('table', { name: 'Fund pr. standard' }).getByText('Delvist opfyldt').waitFor();
  await assertAccessible(leader);
  await leader.getByLabel('Bemærkninger').fill('Nye medarbejdere får nu vejledningen ved introduktionen.');
  await leader.getByRole('button', { name: 'Send bemærkningerne' }).click();
  await leader.getByText('Bemærkningerne er sendt').waitFor();

  // The surveyor makes it final; the region adds an action to follow up on.
  await surveyor.reload();
  await surveyor.getByRole('button', { name: 'Gør evalueringen endelig' }).click();
  await surveyor.getByText('Evalueringen er endelig').waitFor();
  await assertAccessible(surveyor);
  await closeSurveyor();
  await region.goto(`${server.url}/standards/institutions/${egebakken!.id}/external-evaluations`);
  await region.getByRole('link', { name: /åbn evalueringen/ }).click();
  await region.getByRole('combobox', { name: 'Standard' }).selectOption('kommunikation');
  await region.getByRole('textbox', { name: 'Handling', exact: true }).fill('Vejledningen gennemgås for nattevagterne.');
  await region.getByRole('textbox', { name: 'Ansvarlig' }).fill('Leder af Egebakken');
  await region.getByRole('textbox', { name: 'Frist' }).fill('2027-03-01');
  await region.getByRole('button', { name: 'Tilføj handlingen' }).click();
  await region.getByText('Handlingen er tilføjet').waitFor();
  await assertAccessible(region);

  // The overview: the next self-evaluation a year on, the next external evaluation three years on.
  await region.goto(`${server.url}/standards`);
  const today = new Date(server.services.now());
  const inYears = (n: number) => new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(new Date(Date.UTC(today.getUTCFullYear() + n, today.getUTCMonth(), today.getUTCDate())));
  const row = await region.getByRole('table', { name: /Institutionerne side om side/ }).getByRole('row', { name: /Bostedet Egebakken/ }).innerText();
  assert.ok(row.includes(inYears(1)), `the next self-evaluation is due ${inYears(1)}: ${row}`);
  assert.ok(row.includes(inYears(3)), `the next external evaluation is due ${inYears(3)}: ${row}`);
  assert.match(row, /Trin 1/, 'step 1 fulfilled for Kommunikation');
  await closeRegion();
  await closeLeader();
});

test('surveys and the competence plan: the institution imports a round and adds a module; the pages pass axe', async () => {
  const { page, close } = await signedIn('institution-leder');
  await page.goto(`${server.url}/standards`);
  await page.getByRole('link', { name: 'Bocenter Lyngen' }).first().click();
  await page.getByRole('link', { name: 'Bruger- og pårørendeundersøgelser' }).click();
  await assertAccessible(page);
  const csv = (positive: number) => Buffer.from(`nummer,spørgsmål,besvarelser,positive\n1,Jeg trives,10,${positive}\n2,Jeg bestemmer selv,10,5\n`);
  for (const [heldOn, positive] of [['2025-04-01', 6], ['2026-04-01', 8]] as const) {
    await page.getByRole('radio', { name: 'Brugerundersøgelse' }).check();
    await page.getByLabel('Dato for runden').fill(heldOn);
    await page.getByLabel('Antal inviterede').fill('14');
    await page.getByLabel('Antal besvarelser').fill('10');
    await page.getByLabel('Resultater (CSV)').setInputFiles({ name: 'runde.csv', mimeType: 'text/csv', buffer: csv(positive) });
    await page.getByRole('button', { name: 'Indlæs runden' }).click();
    await page.getByText('Runden er indlæst').waitFor();
  }
  assert.ok(await page.getByRole('img', { name: /andel positive svar pr. spørgsmål/ }).isVisible(), 'the trend chart');
  await page.getByText('Vis data som tabel').first().click();
  assert.match(await page.getByRole('table', { name: /andel positive svar pr. spørgsmål og runde/ }).innerText(), /Jeg trives\s+60,0 %\s+80,0 %/);
  await assertAccessible(page);

  await page.goto(`${server.url}/standards`);
  await page.getByRole('link', { name: 'Bocenter Lyngen' }).first().click();
  await page.getByRole('link', { name: 'Kompetenceudviklingsplan' }).click();
  await page.getByLabel('Emne').fill('Forflytning');
  await page.getByLabel('Målgruppe').fill('Alle i Hus 2');
  await page.getByLabel('Start').fill('2027-01-10');
  await page.getByLabel('Slut').fill('2027-02-10');
  await page.getByLabel('Deltagere (én pr. linje)').fill('Anna\nBo');
  await page.getByRole('button', { name: 'Tilføj modulet' }).click();
  await page.getByText('Modulet er tilføjet').waitFor();
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Forflytning' }).click();
  await page.getByLabel('Anna').check();
  await page.getByLabel('Dato').fill('2027-02-10');
  await page.getByRole('button', { name: 'Registrér' }).click();
  await page.getByRole('table', { name: 'Moduler' }).getByText('1 af 2').waitFor();
  await close();
});

