// The user's notifications: the list, opening one (marks it read and goes to the work), mark all read.
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { listNotifications, markNotificationsRead } from '../../services/notifications/notifications.ts';
import { notificationTarget } from '../../services/notifications/notification-target.ts';
import { NotificationsPage } from '../views/notifications/notifications-page.tsx';

export const notificationRoutes = new Hono<WebEnv>();

notificationRoutes.get('/notifications', async (c) => {
  const view = await listNotifications(c.get('services'), requireActor(c), { page: c.req.query('page') });
  return c.html(<NotificationsPage view={view} />);
});

notificationRoutes.post('/notifications/read', async (c) => {
  await markNotificationsRead(c.get('services'), requireActor(c));
  return c.redirect('/notifications', 303);
});

notificationRoutes.get('/notifications/:id', async (c) => {
  const target = await notificationTarget(c.get('services'), requireActor(c), c.req.param('id'));
  return c.redirect(target, 303);
});
