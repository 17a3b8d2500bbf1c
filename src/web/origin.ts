// The origin a browser sees this site at — our own, or the TLS proxy's when it is trusted — and
// whether a request was sent from another site.
import type { Context } from 'hono';
import type { WebEnv } from './env.ts';

export function publicOrigin(c: Context<WebEnv>): string {
  const url = new URL(c.req.url);
  if (!c.get('settings').trustProxy) return url.origin;
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim() || url.host;
  return `${proto}://${host}`;
}

/** Sent from another site: by the browser's own word (Sec-Fetch-Site) or by its Origin header. */
export function isCrossSite(c: Context<WebEnv>): boolean {
  if (c.req.header('sec-fetch-site') === 'cross-site') return true;
  const origin = c.req.header('origin');
  return origin !== undefined && origin !== 'null' && origin !== publicOrigin(c);
}
