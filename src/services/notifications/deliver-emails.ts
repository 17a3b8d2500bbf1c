// The e-mail outbox of notifications (issue 12): every notification not yet e-mailed, to a user
// with an address, is sent and then marked. A failed send stops the round; the next round tries
// again, so a notification is e-mailed at least once and never lost. The mail names no person, no
// provider and no foster family — only what happened and a link — because e-mail is not a safe place
// for data about vulnerable people.
import { and, asc, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { NOTIFICATION_LABEL } from '../../core/labels.ts';
import { notifications, users } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';

export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = { send(message: MailMessage): Promise<void> };

/** Older notifications are not e-mailed any more (an address added later does not bring a flood). */
const MAX_AGE_MS = 7 * 24 * 3_600_000;
const PER_ROUND = 100;

export async function deliverNotificationEmails(ctx: ServiceContext, mailer: Mailer, baseUrl: string): Promise<number> {
  const since = new Date(ctx.now().getTime() - MAX_AGE_MS);
  const pending = await ctx.db
    .select({ id: notifications.id, kind: notifications.kind, inspectionId: notifications.inspectionId, email: users.email })
    .from(notifications).innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNull(notifications.emailedAt), isNotNull(users.email), eq(users.active, true), gt(notifications.createdAt, since)))
    .orderBy(asc(notifications.createdAt)).limit(PER_ROUND);
  let sent = 0;
  for (const n of pending) {
    const link = `${baseUrl.replace(/\/$/, '')}/notifications/${n.id}`;
    await mailer.send({
      to: n.email!,
      subject: `tilsyn: ${NOTIFICATION_LABEL[n.kind]}`,
      text: `${NOTIFICATION_LABEL[n.kind]}.\n\nSe mere i tilsyn (log ind først):\n${link}\n\nDenne mail er sendt automatisk; den kan ikke besvares.`,
    });
    await ctx.db.update(notifications).set({ emailedAt: ctx.now() }).where(eq(notifications.id, n.id));
    sent++;
  }
  return sent;
}
