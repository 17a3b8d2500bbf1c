// What every page needs from the request — who is logged in and the session's CSRF token —
// read from Hono's request context (the contextStorage middleware in app.tsx), so no page has to
// pass them down by hand. Outside a request (a view rendered on its own) there is no user.
import { tryGetContext } from 'hono/context-storage';
import type { Actor } from '../../services/actor.ts';
import type { WebEnv } from '../env.ts';

export function currentActor(): Actor | null {
  return tryGetContext<WebEnv>()?.var.actor ?? null;
}

export function currentCsrfToken(): string {
  return tryGetContext<WebEnv>()?.var.csrfToken ?? '';
}

/** Whether this installation holds the fictional demo data (a banner on every page). */
export function isDemoInstallation(): boolean {
  return tryGetContext<WebEnv>()?.var.demo ?? false;
}

/** The logged-in user's unread notifications (0 outside a page request). */
/** The logged-in user's organisation (authority, region, provider), for the header; null outside a request. */
export function currentOrganisation(): string | null {
  return tryGetContext<WebEnv>()?.var.organisation ?? null;
}

export function unreadNotifications(): number {
  return tryGetContext<WebEnv>()?.var.unreadNotifications ?? 0;
}

/** The requested path (to mark the current place in the menu); '' outside a request. */
export function currentPath(): string {
  return tryGetContext<WebEnv>()?.req.path ?? '';
}
