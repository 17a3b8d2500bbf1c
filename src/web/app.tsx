// The web application: one Hono app, server-rendered pages and the JSON API over the
// same services. Each area registers its routes from its own file.
import { contextStorage } from 'hono/context-storage';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { secureHeaders } from 'hono/secure-headers';
import type { ServiceContext } from '../services/context.ts';
import { ServiceError } from '../services/service-error.ts';
import type { WebEnv, WebSettings } from './env.ts';
import { describeError, jsonLog, requestIdMiddleware, type Log } from './log-line.ts';
import { DEFAULT_IDLE_MINUTES } from '../services/auth/sessions.ts';
import { csrfMiddleware, passwordChangeGate, sessionMiddleware } from './middleware/session.ts';
import { errorPage } from './views/error-page.tsx';
import { readiness as checkReadiness } from '../services/health/readiness.ts';
import { isDatabaseUnavailable } from '../services/health/database-unavailable.ts';
import { authRoutes } from './routes/auth-routes.tsx';
import { accountRoutes } from './routes/account-routes.tsx';
import { homeRoutes } from './routes/home-routes.tsx';
import { areaRoutes } from './routes/index.ts';
import { apiRoutes } from './api/index.ts';

const STATUS: Record<ServiceError['code'], 400 | 401 | 403 | 404 | 409 | 429> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

/** Request body limits in bytes (stated in the README). */
export const BODY_LIMITS = { login: 8 * 1024, other: 1024 * 1024 };

function tooLarge(c: Context<WebEnv>) {
  const message = 'Forespørgslen er for stor.';
  if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'too_large', message } }, 413);
  return c.text(message, 413);
}

export type AppOptions = {
  /** The database holds the demo data: a banner on every page says so. */
  demo?: boolean;
  /** Where log entries go (JSON lines on standard error by default). */
  log?: Log;
} & Partial<WebSettings>;

/**
 * The body limit for requests that carry a body. A GET or HEAD is never read, and asking for its
 * body would build a full Request object (about 0.2 ms on every page view).
 */
function limitBody(maxSize: number): MiddlewareHandler<WebEnv> {
  const limit = bodyLimit({ maxSize, onError: tooLarge });
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}

export function createApp(services: ServiceContext, { demo = false, idleMinutes = DEFAULT_IDLE_MINUTES, trustProxy = false, oidc = null, log = jsonLog }: AppOptions = {}) {
  const settings: WebSettings = { idleMinutes, trustProxy, oidc };
  const app = new Hono<WebEnv>();
  app.use('*', requestIdMiddleware);
  app.use('*', secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'"], scriptSrc: ["'self'"], fontSrc: ["'self'"] },
  }));
  // Alive: the process answers. Ready: the database answers and is migrated (for a load balancer).
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const readiness = await checkReadiness(services);
    return readiness.ready ? c.json({ status: 'ready' }) : c.json({ status: 'not_ready', reason: readiness.reason }, 503);
  });
  // Refused before the body is read (by its Content-Length, or while it streams in): a huge
  // request must not cost memory or time. The login form is small; forms and the API get 1 MB.
  app.use('/login', limitBody(BODY_LIMITS.login));
  app.use('*', limitBody(BODY_LIMITS.other));
  app.use('/static/dkfds/*', serveStatic({ root: './node_modules/dkfds/dist', rewriteRequestPath: (p) => p.replace(/^\/static\/dkfds/, '') }));
  app.use('/static/*', serveStatic({ root: './public', rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
  // Browsers ask for it on every site, whatever the page says.
  app.get('/favicon.ico', serveStatic({ path: './public/favicon.ico' }));
  // Views read the actor and the CSRF token from here (views/request-context.ts).
  app.use('*', contextStorage());
  app.use('*', async (c, next) => {
    c.set('services', services);
    c.set('demo', demo);
    c.set('settings', settings);
    c.set('log', log);
    await next();
    // What a logged-in user or the API sees is never kept by a browser or a proxy cache.
    if (c.get('actor') || c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  });
  app.use('*', sessionMiddleware);
  app.use('*', csrfMiddleware);
  app.use('*', passwordChangeGate);

  app.route('/', authRoutes);
  app.route('/', accountRoutes);
  app.route('/', homeRoutes);
  app.route('/', areaRoutes);
  app.route('/api', apiRoutes);

  app.onError((err, c) => {
    const isApi = c.req.path.startsWith('/api/');
    if (err instanceof ServiceError) {
      const status = STATUS[err.code];
      if (isApi) return c.json({ error: { code: err.code, message: err.message, fields: err.fields } }, status);
      if (err.code === 'unauthenticated') return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`);
      return c.html(errorPage(status, err.message), status);
    }
    if (isDatabaseUnavailable(err)) {
      log({ level: 'warn', msg: 'Databasen er utilgængelig', requestId: c.get('requestId'), method: c.req.method, path: c.req.path, error: describeError(err) });
      const message = 'Databasen er midlertidigt utilgængelig. Prøv igen om lidt.';
      if (isApi) return c.json({ error: { code: 'unavailable', message } }, 503);
      return c.html(errorPage(503, message), 503);
    }
    log({ level: 'error', msg: 'Uventet fejl', requestId: c.get('requestId'), method: c.req.method, path: c.req.path, error: describeError(err) });
    if (isApi) return c.json({ error: { code: 'internal', message: 'Der opstod en uventet fejl.' } }, 500);
    return c.html(errorPage(500, 'Der opstod en uventet fejl.'), 500);
  });
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'not_found', message: 'Findes ikke.' } }, 404);
    return c.html(errorPage(404, 'Siden findes ikke.'), 404);
  });
  return app;
}
