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
import { OIDC_LOGIN_MINUTES, OidcRefused, type OidcRefusalReason } from '../../services/auth/oidc-login.ts';
import { OidcRefusedPage } from '../views/auth/oidc-refused-page.tsx';
import { errorPage } from '../views/error-page.tsx';
import { describeError } from '../log-line.ts';

export const authRoutes = new Hono<WebEnv>();


authRoutes.get('/login', (c) => c.html(<LoginPage next={sameOriginPath(c.req.query('next'))} oidcLabel={c.get('settings').oidc?.label} />));

/** The session cookie. Lax, not Strict: the browser comes back from the identity provider (and from links in e-mails) on another site's navigation; CSRF tokens and the origin check guard every write. */
function setSessionCookie(c: Context<WebEnv>, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: publicOrigin(c).startsWith('https:'),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

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
    setSessionCookie(c, session.token);
    return c.redirect(next, 303);
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    return c.html(<LoginPage username={username} error={e.message} next={next} oidcLabel={c.get('settings').oidc?.label} />, e.code === 'rate_limited' ? 429 : 401);
  }
});

// Login through the organisation's identity provider. The state travels in a cookie of its own,
// so only the browser that began the login can finish it.
const OIDC_STATE_COOKIE = 'tilsyn_oidc_state';
const OIDC_PATH = '/login/oidc';
const OIDC_STATUS: Record<OidcRefusalReason, 400 | 403 | 502 | 503> = { expired: 400, provider_error: 502, unavailable: 503, no_claim: 403, unknown_user: 403 };

authRoutes.get(OIDC_PATH, async (c) => {
  const oidc = c.get('settings').oidc;
  if (!oidc) return c.html(errorPage(404, 'Login gennem organisationens login er ikke slået til.'), 404);
  try {
    const { authorizationUrl, state } = await oidc.start(c.get('services'), {
      next: sameOriginPath(c.req.query('next')),
      redirectUri: new URL(`${OIDC_PATH}/callback`, publicOrigin(c)),
    });
    setCookie(c, OIDC_STATE_COOKIE, state, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: publicOrigin(c).startsWith('https:'),
      path: OIDC_PATH,
      maxAge: OIDC_LOGIN_MINUTES * 60,
    });
    return c.redirect(authorizationUrl.href, 303);
  } catch (e) {
    return oidcRefused(c, e);
  }
});

authRoutes.get(`${OIDC_PATH}/callback`, async (c) => {
  const oidc = c.get('settings').oidc;
  if (!oidc) return c.html(errorPage(404, 'Login gennem organisationens login er ikke slået til.'), 404);
  const browserState = getCookie(c, OIDC_STATE_COOKIE) ?? null;
  deleteCookie(c, OIDC_STATE_COOKIE, { path: OIDC_PATH });
  try {
    // The address the provider sent the browser to, as the browser saw it (behind a proxy too).
    const callbackUrl = new URL(`${OIDC_PATH}/callback${new URL(c.req.url).search}`, publicOrigin(c));
    const session = await oidc.finish(c.get('services'), { callbackUrl, browserState, previousSessionToken: getCookie(c, SESSION_COOKIE) ?? null });
    setSessionCookie(c, session.token);
    return c.redirect(session.next, 303);
  } catch (e) {
    return oidcRefused(c, e);
  }
});

function oidcRefused(c: Context<WebEnv>, e: unknown) {
  if (!(e instanceof OidcRefused)) throw e;
  if (e.reason === 'unavailable') {
    c.get('log')({ level: 'warn', msg: 'Organisationens login svarer ikke', requestId: c.get('requestId'), error: describeError(e.cause) });
  }
  return c.html(<OidcRefusedPage reason={e.reason} message={e.message} identity={e.identity} />, OIDC_STATUS[e.reason]);
}

authRoutes.post('/logout', async (c) => {
  const token = c.get('sessionToken');
  if (token) await logout(c.get('services'), token);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return c.redirect('/login', 303);
});
