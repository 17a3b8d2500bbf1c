// Issue 12 in the browser: the start page is the work list and notifications carry the report
// workflow. The demo's report in review is sent back by its manager; the inspector's start page shows
// their inspections and the report sent back (and the header a notification); the inspector sends it
// to review again; the manager's start page shows it waiting and the manager approves it; the
// inspector sends it to hearing; the provider's user is notified, opens the notification and answers
// the hearing; the e-mail of that notification arrives at the in-process SMTP server. axe on every page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { assertAccessible, sharedServer, signedIn, type RunningServer } from '../support/browser.ts';
import { inspections, reports, users } from '../../../src/storage/schema.ts';
import { reviewReport } from '../../../src/services/reports/review-report.ts';
import { toActor } from '../../../src/services/auth/sessions.ts';
import { createUser } from '../../../src/services/users/create-user.ts';
import { COMMAND_LINE_OPERATOR } from '../../../src/services/actor.ts';

let server: RunningServer;
before(async () => {
  server = await sharedServer();
});

/** Waits (a few seconds at most) until `check` holds. */
async function eventually(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`never happened: ${what}`);
}

test('start pages and notifications: a report sent back, reviewed, sent to hearing and answered; the e-mail arrives', async () => {
  const db = server.services.db;
  const [found] = await db.select({ report: reports, inspection: inspections }).from(reports).innerJoin(inspections, eq(inspections.id, reports.inspectionId)).where(eq(reports.status, 'review'));
  assert.ok(found, 'the demo has a report in review');
  const inspectionId = found.inspection.id;
  const status = async () => (await db.select({ s: reports.status, c: reports.reviewComments }).from(reports).where(eq(reports.id, found.report.id)))[0]!;
  const [author] = await db.select().from(users).where(eq(users.id, found.report.authorId!));
  const [manager] = await db.select().from(users).where(and(eq(users.role, 'manager'), eq(users.authorityId, found.inspection.authorityId)));
  await reviewReport(server.services, toActor(manager!), { inspectionId, expectedVersion: found.report.version, decision: 'return', comment: 'Uddyb vurderingen af økonomien.' });
  const password = 'hoering-i-browseren-2026';
  await createUser(server.services, COMMAND_LINE_OPERATOR, { username: 'hoering-browser', displayName: 'Leder af tilbuddet', role: 'provider', providerId: found.inspection.providerId!, password });
  await db.update(users).set({ email: 'leder@tilbud.example' }).where(eq(users.username, 'hoering-browser'));

  // The inspector: their inspections and the report sent back, and a notification in the header.
  const inspector = await signedIn(author!.username);
  await inspector.page.getByRole('heading', { level: 3, name: /^Mine åbne tilsyn \(\d+\)$/ }).waitFor();
  const returned = inspector.page.locator('section', { has: inspector.page.getByRole('heading', { name: 'Rapporter sendt tilbage til mig (1)' }) });
  assert.ok(await inspector.page.getByRole('link', { name: /Notifikationer 1 ulæste/ }).isVisible(), 'the header counts the notification');
  await assertAccessible(inspector.page);
  await returned.getByRole('link').first().click();
  await inspector.page.getByRole('button', { name: 'Send til kvalitetssikring' }).click();
  await eventually(async () => (await status()).s === 'review', 'the report is in review again');

  // The manager: the report waits for review on the start page; approve it.
  const lead = await signedIn(manager!.username);
  const waiting = lead.page.locator('section', { has: lead.page.getByRole('heading', { name: /^Rapporter, der venter på kvalitetssikring \(\d+\)$/ }) });
  await assertAccessible(lead.page);
  await waiting.getByRole('link').first().click();
  await lead.page.getByRole('button', { name: 'Godkend' }).click();
  await eventually(async () => JSON.stringify((await status()).c).includes('"approved"'), 'the report is approved');
  await lead.close();

  // The inspector sends it to hearing.
  await inspector.page.goto(`${server.url}/inspections/${inspectionId}/report`);
  await inspector.page.getByRole('button', { name: 'Send i høring' }).click();
  await eventually(async () => (await status()).s === 'hearing', 'the report is in hearing');
  await inspector.close();

  // The provider's user: notified, opens the notification, answers the hearing.
  const party = await signedIn('hoering-browser', password);
  await party.page.getByRole('link', { name: /Notifikationer 1 ulæste/ }).click();
  await party.page.getByRole('heading', { level: 1, name: 'Notifikationer' }).waitFor();
  await assertAccessible(party.page);
  await party.page.getByRole('link', { name: 'En rapport er sendt i høring hos jer' }).click();
  await party.page.getByLabel('Jeres høringssvar').fill('Tak. Vi har ingen bemærkninger til de faktiske forhold.');
  await party.page.getByRole('button', { name: 'Send høringssvar' }).click();
  await eventually(async () => (await db.select({ a: reports.hearingAnswer }).from(reports).where(eq(reports.id, found.report.id)))[0]!.a !== null, 'the hearing is answered');
  await party.page.goto(server.url);
  assert.ok(!(await party.page.getByRole('link', { name: /ulæste/ }).count()), 'the notification is read');
  await party.close();

  // The e-mail of the hearing notification arrived at the in-process SMTP server.
  await eventually(async () => server.inbox.messages.some((m) => m.to === 'leder@tilbud.example'), 'the e-mail arrives');
  const mail = server.inbox.messages.find((m) => m.to === 'leder@tilbud.example')!;
  assert.match(mail.text, /Subject: tilsyn: En rapport er sendt i høring hos jer/);
  assert.match(mail.text, /http:\/\/tilsyn\.example\/notifications\//);
});

test('the menu: the current place is marked; at 320 px a "Menu" button opens and closes it', async () => {
  const { page, close } = await signedIn('inspektoer-nord');
  await page.goto(`${server.url}/inspections?risk=red`);
  assert.equal(await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilsyn' }).getAttribute('aria-current'), 'page');
  await page.setViewportSize({ width: 320, height: 700 });
  const menu = page.getByRole('button', { name: 'Menu' });
  const link = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilbud', exact: true });
  assert.equal(await link.isVisible(), false, 'closed at first');
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  assert.ok(await link.isVisible(), 'open after the button');
  await assertAccessible(page);
  await menu.click();
  assert.equal(await link.isVisible(), false, 'and closed again');
  await close();
});

test('the pages no other suite visits pass axe and the 320 px check: the audit trail, catalog versions with upload and diff, step evidence, a competence module', async () => {
  const db = server.services.db;
  const manager = await signedIn('leder-nord');
  const [inspection] = await db.select({ id: inspections.id }).from(inspections).where(eq(inspections.authorityId, 'nord')).limit(1);
  await manager.page.goto(`${server.url}/inspections/${inspection!.id}/audit`);
  await manager.page.getByRole('heading', { level: 1, name: /^Revisionsspor/ }).waitFor();
  await assertAccessible(manager.page);
  await manager.close();

  const admin = await signedIn('admin');
  await admin.page.goto(`${server.url}/models/tilbud-2017/versions`);
  await assertAccessible(admin.page);
  const shipped = readFileSync(new URL('../../../models/tilbud-2017.yaml', import.meta.url), 'utf8');
  const version = /^version: (.+)$/m.exec(shipped)![1]!;
  await admin.page.getByLabel('Katalogfil (YAML)').setInputFiles({ name: 'tilbud-2017.yaml', mimeType: 'application/yaml', buffer: Buffer.from(shipped.replace(`version: ${version}`, 'version: 9.9.9')) });
  await admin.page.getByLabel('Gælder fra').fill('2099-01-01');
  await admin.page.getByRole('button', { name: 'Indlæs og vis forskelle' }).click();
  await admin.page.getByRole('heading', { level: 1, name: /^Version 9\.9\.9 af/ }).waitFor();
  await assertAccessible(admin.page);
  await admin.page.getByRole('button', { name: 'Aktivér version 9.9.9' }).click();
  await admin.page.getByText('Versionen er aktiveret').waitFor();
  await admin.close();

  const leader = await signedIn('institution-leder');
  await leader.page.goto(`${server.url}/standards`);
  await leader.page.getByRole('link', { name: 'Bocenter Lyngen' }).first().click();
  const institutionPath = new URL(leader.page.url()).pathname;
  await leader.page.goto(`${server.url}${institutionPath}/steps/kommunikation/evidence/new?step=2`);
  await assertAccessible(leader.page);
  await leader.page.getByRole('radio', { name: 'Gennemgang for medarbejdere' }).check();
  await leader.page.getByLabel('Dato').fill('2026-11-30');
  await leader.page.getByLabel('Beskrivelse').fill('Vejledningen blev gennemgået på personalemødet.');
  await leader.page.getByRole('button', { name: 'Registrér' }).click();
  await leader.page.getByText('Dokumentationen er registreret').waitFor();
  await leader.close();

  const fjordhuset = await signedIn('kvalitet-sjaelland');
  await fjordhuset.page.goto(`${server.url}/standards`);
  await fjordhuset.page.getByRole('link', { name: 'Specialinstitutionen Fjordhuset' }).first().click();
  await fjordhuset.page.getByRole('link', { name: 'Kompetenceudviklingsplan' }).click();
  await fjordhuset.page.getByRole('link', { name: 'Forflytning' }).click();
  await fjordhuset.page.getByRole('heading', { level: 1, name: 'Forflytning' }).waitFor();
  await assertAccessible(fjordhuset.page);
  await fjordhuset.close();
});
