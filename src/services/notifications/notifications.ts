// A user's own notifications (issue 12): the unread count for the header, the list (newest first,
// paged on the server), and marking them read. Nobody reads another user's notifications.
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { NotificationKind } from '../../core/vocabulary.ts';
import { notifications } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { isUuid } from '../service-options.ts';

export const NOTIFICATIONS_PER_PAGE = 50;

export type NotificationRow = { id: string; kind: NotificationKind; inspectionId: string; createdAt: Date; readAt: Date | null };
export type NotificationPage = { rows: NotificationRow[]; total: number; unread: number; page: number; pageCount: number };

export async function countUnread(ctx: ServiceContext, actor: Actor): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(ctx: ServiceContext, actor: Actor, input: { page?: unknown } = {}): Promise<NotificationPage> {
  const [totals] = await ctx.db.select({ total: count(), unread: count(notifications.readAt) }).from(notifications).where(eq(notifications.userId, actor.id));
  const total = totals?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE));
  const asked = Number(input.page ?? 1);
  const page = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, pageCount) : 1;
  const rows = await ctx.db.select({ id: notifications.id, kind: notifications.kind, inspectionId: notifications.inspectionId, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications).where(eq(notifications.userId, actor.id)).orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PER_PAGE).offset((page - 1) * NOTIFICATIONS_PER_PAGE);
  return { rows, total, unread: total - (totals?.unread ?? 0), page, pageCount };
}

/** Marks the given notifications (or, without ids, all) of the actor as read; returns how many changed. */
export async function markNotificationsRead(ctx: ServiceContext, actor: Actor, ids?: unknown[]): Promise<number> {
  const own = and(eq(notifications.userId, actor.id), isNull(notifications.readAt));
  const chosen = ids?.filter((id): id is string => typeof id === 'string' && isUuid(id));
  if (ids && chosen!.length === 0) return 0;
  const done = await ctx.db.update(notifications).set({ readAt: ctx.now() }).where(chosen ? and(own, inArray(notifications.id, chosen)) : own).returning({ id: notifications.id });
  return done.length;
}
