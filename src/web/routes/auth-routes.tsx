// Login and logout.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { login, logout, SESSION_HOURS } from '../../services/auth/sessions.ts';
import { ServiceError } from '../../services/service-error.ts';
import type { WebEnv } from '../env.ts';
import { SESSION_COOKIE } from '../middleware/session.ts';
import { LoginPage } from '../views/auth/login-page.tsx';
import { sameOriginPath } from '../same-origin-path.ts';
import { publicOrigin } from '../origin.ts';

export const authRoutes = new Hono<WebEnv>();


authRoutes.get('/login', (c) => c.html(<LoginPage next={sameOriginPath(c.req.query('next'))} />));

/**
 * The address the login limit counts by: the connection's, or behind a trusted proxy the last
 * address in X-Forwarded-For (the one the proxy itself saw; earlier entries are the client's word).
 */
function clientAddress(c: Context<WebEnv>): string {
  const forwarded = c.get('settings').trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  return forwarded || getConnInfo(c).remote.address || 'unknown';
}

authRoutes.post('/login', async (c) => {
  const body = await c.req.parseBody();
  const username = typeof body.username === 'string' ? body.username.trim() : '';
  const password = typeof body.password === 'string' ? body.password : '';
  const next = sameOriginPath(body.next);
  const clientKey = clientAddress(c);
  try {
    const session = await login(c.get('services'), { username, password, clientKey, previousSessionToken: getCookie(c, SESSION_COOKIE) ?? null });
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: publicOrigin(c).startsWith('https:'),
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    });
    return c.redirect(next, 303);
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    return c.html(<LoginPage username={username} error={e.message} next={next} />, e.code === 'rate_limited' ? 429 : 401);
  }
});

authRoutes.post('/logout', async (c) => {
  const token = c.get('sessionToken');
  if (token) await logout(c.get('services'), token);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.redirect('/login', 303);
});
