// Issue 12: notifications of the report workflow on the demo's report in review — sent back to the
// author, waiting for review for the managers, hearing sent to the provider's users, hearing answered
// to the author, report sent to the provider's users — each in the step's transaction, never to the
// person who took the step; the list, the count and "read"; and the e-mail outbox through a real SMTP
// server in-process, naming no provider.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor } from '../support/fixtures.ts';
import { demoActor } from '../support/demo-actor.ts';
import { startInbox } from '../support/smtp-inbox.ts';
import { refusedWith } from '../support/refused-with.ts';
import { createUser } from '../../src/services/users/create-user.ts';
import { updateUser } from '../../src/services/users/update-user.ts';
import { COMMAND_LINE_OPERATOR } from '../../src/services/actor.ts';
import { inspections, notifications, providers, reports, users } from '../../src/storage/schema.ts';
import { reviewReport } from '../../src/services/reports/review-report.ts';
import { submitForReview } from '../../src/services/reports/submit-for-review.ts';
import { sendToHearing } from '../../src/services/reports/send-to-hearing.ts';
import { answerHearing } from '../../src/services/reports/answer-hearing.ts';
import { finaliseReport } from '../../src/services/reports/finalise-report.ts';
import { sendReport } from '../../src/services/reports/send-report.ts';
import { countUnread, listNotifications, markNotificationsRead } from '../../src/services/notifications/notifications.ts';
import { notificationTarget } from '../../src/services/notifications/notification-target.ts';
import { deliverNotificationEmails } from '../../src/services/notifications/deliver-emails.ts';
import { smtpMailer } from '../../src/server/mail-settings.ts';
import { addDays, todayInDenmark } from '../../src/core/calendar.ts';
import { toActor } from '../../src/services/auth/sessions.ts';
import type { Actor } from '../../src/services/actor.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices({ demo: true });
});
after(() => t.close());

const kinds = async (actor: Actor) => (await listNotifications(t.services, actor)).rows.map((n) => n.kind);

test('every step notifies the right people, and only them', async () => {
  const [inReview] = await t.services.db.select({ report: reports, inspection: inspections }).from(reports).innerJoin(inspections, eq(inspections.id, reports.inspectionId)).where(eq(reports.status, 'review'));
  assert.ok(inReview, 'the demo has a report in review');
  const inspectionId = inReview.inspection.id;
  const [authorRow] = await t.services.db.select().from(users).where(eq(users.id, inReview.report.authorId!));
  const author = toActor(authorRow!);
  const managers = (await t.services.db.select().from(users).where(and(eq(users.role, 'manager'), eq(users.authorityId, inReview.inspection.authorityId)))).map((u) => toActor(u));
  const manager = managers[0]!;
  const party = await makeActor(t.services, 'provider', { providerId: inReview.inspection.providerId });
  const version = async () => (await t.services.db.select({ v: reports.version }).from(reports).where(eq(reports.id, inReview.report.id)))[0]!.v;

  await reviewReport(t.services, manager, { inspectionId, expectedVersion: await version(), decision: 'return', comment: 'Skriv økonomien færdig.' });
  assert.deepEqual(await kinds(author), ['report_returned']);
  assert.deepEqual(await kinds(manager), [], 'not the one who sent it back');
  await submitForReview(t.services, author, { inspectionId, expectedVersion: await version() });
  for (const m of managers) assert.deepEqual(await kinds(m), ['review_waiting'], m.username);
  await reviewReport(t.services, manager, { inspectionId, expectedVersion: await version(), decision: 'approve' });
  await sendToHearing(t.services, author, { inspectionId, expectedVersion: await version(), deadline: addDays(todayInDenmark(t.services.now()), 14) });
  assert.deepEqual(await kinds(party), ['hearing_sent']);
  assert.equal(await notificationTarget(t.services, party, (await listNotifications(t.services, party)).rows[0]!.id), `/inspections/${inspectionId}/report/hearing`, 'it leads to the hearing and is read');
  assert.equal(await countUnread(t.services, party), 0);
  await answerHearing(t.services, party, { inspectionId, expectedVersion: await version(), answer: 'Tak, ingen bemærkninger.' });
  assert.deepEqual(await kinds(author), ['hearing_answered', 'report_returned']);
  await finaliseReport(t.services, author, { inspectionId, expectedVersion: await version() });
  await sendReport(t.services, author, { inspectionId, expectedVersion: await version() });
  assert.deepEqual(await kinds(party), ['report_sent', 'hearing_sent']);
  assert.deepEqual(await kinds(await makeActor(t.services, 'inspector', { authorityId: inReview.inspection.authorityId })), [], 'a colleague is not notified');

  assert.equal(await countUnread(t.services, author), 2);
  await assert.rejects(notificationTarget(t.services, manager, (await listNotifications(t.services, author)).rows[0]!.id), /findes ikke/, 'another user\'s notification is not found');
  assert.equal(await markNotificationsRead(t.services, author), 2);
  assert.equal(await countUnread(t.services, author), 0);
});

test('the e-mail outbox: sent once through a real SMTP server, naming no provider', async () => {
  const inbox = await startInbox();
  try {
    const leader = await demoActor(t.services, 'leder-nord');
    await t.services.db.update(users).set({ email: 'leder-nord@tilsyn.example' }).where(eq(users.id, leader.id));
    const [inspection] = await t.services.db.select().from(inspections).innerJoin(providers, eq(providers.id, inspections.providerId)).where(eq(inspections.authorityId, 'nord')).limit(1);
    await t.services.db.insert(notifications).values({ userId: leader.id, kind: 'review_waiting', inspectionId: inspection!.inspections.id });
    const mailer = smtpMailer({ smtpUrl: inbox.url, from: 'tilsyn@tilsyn.example' });
    assert.equal(await deliverNotificationEmails(t.services, mailer, 'https://tilsyn.example/'), 1);
    assert.equal(await deliverNotificationEmails(t.services, mailer, 'https://tilsyn.example/'), 0, 'never twice');
    assert.equal(inbox.messages.length, 1);
    const mail = inbox.messages[0]!;
    assert.equal(mail.to, 'leder-nord@tilsyn.example');
    assert.match(mail.text, /Subject: tilsyn: En rapport venter på kvalitetssikring/);
    assert.match(mail.text, /https:\/\/tilsyn\.example\/notifications\/[0-9a-f-]{36}/);
    assert.ok(!mail.text.includes(inspection!.providers.name), 'the provider is not named');
  } finally {
    await inbox.close();
  }
});

test('the administrator gives a user an e-mail address (checked), or none', async () => {
  const base = { displayName: 'Mette Mail', role: 'inspector' as const, authorityId: 'nord', password: 'en-lang-adgangskode-2026' };
  await refusedWith(createUser(t.services, COMMAND_LINE_OPERATOR, { ...base, username: 'mette1', email: 'ikke en adresse' }), 'invalid', 'email');
  const withMail = await createUser(t.services, COMMAND_LINE_OPERATOR, { ...base, username: 'mette2', email: ' mette@tilsyn.example ' });
  assert.equal(withMail.email, 'mette@tilsyn.example');
  const without = await createUser(t.services, COMMAND_LINE_OPERATOR, { ...base, username: 'mette3', email: '' });
  assert.equal(without.email, null);
  const changed = await updateUser(t.services, COMMAND_LINE_OPERATOR, { userId: without.id, displayName: 'Mette Mail', email: 'mette3@tilsyn.example', role: 'inspector', authorityId: 'nord', expectedVersion: without.version });
  assert.equal(changed.email, 'mette3@tilsyn.example');
});
