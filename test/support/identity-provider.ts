// A real OpenID Connect provider in-process (the `oidc-provider` package): discovery, signed ID
// tokens, PKCE, userinfo. Its login screen is replaced by "log in as whoever the test says", so a
// test walks the whole protocol without a browser; the protocol itself is not imitated anywhere.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';

export type Person = { sub: string; claims: Record<string, unknown> };

export type IdentityProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers this site's callback address and starts answering. */
  register(redirectUri: string): Promise<void>;
  /** Who logs in at the next login screen; null: the person cancels. */
  loginAs(person: Person | null): void;
  close(): Promise<void>;
};

/**
 * `host: 'localhost'` puts the provider on another site than the app at 127.0.0.1, as a real one
 * is (a browser then treats the way back as a cross-site navigation).
 */
export async function listenIdentityProvider({ host = '127.0.0.1' }: { host?: '127.0.0.1' | 'localhost' } = {}): Promise<IdentityProvider> {
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (handle) handle(req, res);
    else res.writeHead(503).end();
  });
  // 'localhost' may resolve to ::1 or 127.0.0.1: listen on both.
  await new Promise<void>((resolve) => (host === 'localhost' ? server.listen(0, resolve) : server.listen(0, host, resolve)));
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const clientId = 'tilsyn';
  const clientSecret = 'klienthemmelighed-til-test';
  let person: Person | null = null;
  const people = new Map<string, Person>();

  return {
    issuer,
    clientId,
    clientSecret,
    async register(redirectUri) {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const provider = new Provider(issuer, {
        clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], token_endpoint_auth_method: 'client_secret_post' }],
        jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test', alg: 'RS256', use: 'sig' }] },
        cookies: { keys: ['test-cookie-key'] },
        pkce: { required: () => true },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
        claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email', 'email_verified'] },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        findAccount: (_ctx, sub) => {
          const found = people.get(sub);
          return found ? { accountId: sub, claims: () => ({ sub, ...found.claims }) } : undefined;
        },
      });
      const callback = provider.callback();
      handle = (req, res) => {
        if (req.url?.startsWith('/interaction/')) void interact(provider, req, res).catch((e: unknown) => res.writeHead(500).end(String(e)));
        else callback(req, res);
      };
      async function interact(p: Provider, req: IncomingMessage, res: ServerResponse) {
        const details = await p.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          if (!person) {
            await p.interactionFinished(req, res, { error: 'access_denied', error_description: 'Brugeren afbrød login.' }, { mergeWithLastSubmission: false });
            return;
          }
          people.set(person.sub, person);
          await p.interactionFinished(req, res, { login: { accountId: person.sub } }, { mergeWithLastSubmission: false });
          return;
        }
        const grant = new p.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
        const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
        if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
        if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
        await p.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
      }
    },
    loginAs(next) {
      person = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser's part, by hand: follows redirects across both sites and keeps each site's cookies.
 * Returns the last response (not a redirect) and every address visited.
 */
export async function followLogin(start: string, jar = new CookieJar()): Promise<{ response: Response; visited: URL[]; jar: CookieJar }> {
  const visited: URL[] = [];
  let url = new URL(start);
  for (let hop = 0; hop < 20; hop++) {
    visited.push(url);
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) } });
    jar.store(url, response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { response, visited, jar };
    url = new URL(location, url);
  }
  throw new Error(`Too many redirects from ${start}`);
}

/** Cookies per host and path prefix, enough for the two sites of a login. */
export class CookieJar {
  private readonly cookies = new Map<string, { value: string; host: string; path: string }>();
  store(url: URL, response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const path = attributes.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const key = `${url.host} ${path} ${name.trim()}`;
      const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(key);
      else this.cookies.set(key, { value: `${name.trim()}=${value}`, host: url.host, path });
    }
  }
  header(url: URL): string {
    return [...this.cookies.values()].filter((c) => c.host === url.host && url.pathname.startsWith(c.path)).map((c) => c.value).join('; ');
  }
  /** A cookie's value on a host, or undefined. */
  get(host: string, name: string): string | undefined {
    return [...this.cookies.values()].find((c) => c.host === host && c.value.startsWith(`${name}=`))?.value.slice(name.length + 1);
  }
}
