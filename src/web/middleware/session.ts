// Reads the session cookie into an actor, and refuses unsafe requests without the
// session's CSRF token (form field `_csrf` or header `x-csrf-token`).
import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import { sessionActor } from '../../services/auth/sessions.ts';
import type { WebEnv } from '../env.ts';
import { isCrossSite } from '../origin.ts';

export const SESSION_COOKIE = 'tilsyn_session';

export const sessionMiddleware = createMiddleware<WebEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE) ?? null;
  const found = token ? await sessionActor(c.get('services'), token, c.get('settings').idleMinutes) : null;
  c.set('sessionToken', found ? token : null);
  c.set('actor', found?.actor ?? null);
  c.set('csrfToken', found?.csrfToken ?? '');
  c.set('mustChangePassword', found?.mustChangePassword ?? false);
  c.set('organisation', found?.organisation ?? null);
  // The header's count comes with the session (one indexed count in the same query).
  c.set('unreadNotifications', found?.unreadNotifications ?? 0);
  await next();
});

const OPEN_WHILE_CHANGING = new Set(['/account/password', '/api/account/password', '/logout']);

/** A password an administrator set must be replaced before the user can do anything else. */
export const passwordChangeGate = createMiddleware<WebEnv>(async (c, next) => {
  if (!c.get('mustChangePassword') || OPEN_WHILE_CHANGING.has(c.req.path) || c.req.path.startsWith('/static/')) return next();
  if (c.req.path.startsWith('/api/')) {
    return c.json({ error: { code: 'forbidden', message: 'Vælg en ny adgangskode på /account/password, før du fortsætter.' } }, 403);
  }
  return c.redirect('/account/password', 303);
});

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * Unsafe requests need the session's token. Login has no session yet: a login posted from another
 * site (login CSRF, which would log the victim in as the attacker) is refused by its origin instead.
 */
export const csrfMiddleware = createMiddleware<WebEnv>(async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  if (c.req.path === '/login' || c.req.path === '/api/session') {
    return isCrossSite(c) ? c.text('Login fra et andet websted afvises.', 403) : next();
  }
  const expected = c.get('csrfToken');
  let given = c.req.header('x-csrf-token') ?? '';
  if (!given && (c.req.header('content-type') ?? '').match(/form/)) {
    const body = await c.req.parseBody();
    given = typeof body._csrf === 'string' ? body._csrf : '';
  }
  if (!expected || !sameToken(given, expected)) {
    return c.text('Formularen kunne ikke godkendes (CSRF). Genindlæs siden og prøv igen.', 403);
  }
  return next();
});
