// Where a notification leads — the report, the hearing to answer, the received reports — and, as it
// is opened, marking it read. Only the user's own notifications.
import { and, eq } from 'drizzle-orm';
import type { NotificationKind } from '../../core/vocabulary.ts';
import { notifications } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../service-error.ts';
import { isUuid } from '../service-options.ts';
import { markNotificationsRead } from './notifications.ts';

export const NOTIFICATION_PATH: Record<NotificationKind, (inspectionId: string) => string> = {
  report_returned: (id) => `/inspections/${id}/report`,
  review_waiting: (id) => `/inspections/${id}/report`,
  hearing_answered: (id) => `/inspections/${id}/report`,
  hearing_sent: (id) => `/inspections/${id}/report/hearing`,
  report_sent: () => '/reports',
};

export async function notificationTarget(ctx: ServiceContext, actor: Actor, id: unknown): Promise<string> {
  if (typeof id !== 'string' || !isUuid(id)) throw notFound('Notifikationen');
  const [row] = await ctx.db.select().from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)));
  if (!row) throw notFound('Notifikationen');
  await markNotificationsRead(ctx, actor, [row.id]);
  return NOTIFICATION_PATH[row.kind](row.inspectionId);
}
