// Login through the organisation's identity provider: OpenID Connect, authorization code with
// PKCE. The provider proves who the person is; tilsyn decides whether that person is an active
// user here (the configured claim's value is the username) — nobody is created by logging in.
import { createHash } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import * as client from 'openid-client';
import { oidcLogins, users } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import { openSession, type SessionHandle } from './sessions.ts';
import type { OidcSettings } from './oidc-settings.ts';

/** How long the provider may take to send the browser back. */
export const OIDC_LOGIN_MINUTES = 10;

export type OidcRefusalReason =
  /** The state is unknown, used or older than ten minutes, or the browser is not the one that began. */
  | 'expired'
  /** The provider answered with an error (the person cancelled, or the provider refused). */
  | 'provider_error'
  /** The provider could not be reached. */
  | 'unavailable'
  /** The provider's answer did not name the person by the configured claim. */
  | 'no_claim'
  /** The person is not an active user of tilsyn. */
  | 'unknown_user';

/** A login at the identity provider that did not lead to a session; the web layer shows why. */
export class OidcRefused extends Error {
  constructor(
    readonly reason: OidcRefusalReason,
    message: string,
    /** The name the provider gave the person, when it gave one (shown to that person only). */
    readonly identity: string | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export type OidcLogin = {
  /** The login button's text. */
  label: string;
  /** A new login: where to send the browser, and the state to keep in its cookie. */
  start(ctx: ServiceContext, options: { next: string; redirectUri: URL }): Promise<{ authorizationUrl: URL; state: string }>;
  /** The browser is back from the provider: a session for the user, and where they were going. */
  finish(
    ctx: ServiceContext,
    options: { callbackUrl: URL; browserState: string | null; previousSessionToken: string | null },
  ): Promise<SessionHandle & { next: string }>;
};

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Loopback issuers over plain http (a provider on the same machine, tests) are allowed; others must use https. */
const isLoopback = (url: URL) => url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

export function oidcLogin(settings: OidcSettings): OidcLogin {
  let configuration: Promise<client.Configuration> | undefined;
  // The provider's metadata is fetched at the first login, not at start: the server starts (and
  // password login works) while the provider is down.
  const discover = () =>
    (configuration ??= client
      .discovery(
        settings.issuer,
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None(),
        isLoopback(settings.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        configuration = undefined;
        throw unavailable(e);
      }));

  return {
    label: settings.label,

    async start(ctx, { next, redirectUri }) {
      const config = await discover();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      const now = ctx.now();
      await ctx.db.transaction(async (tx) => {
        await tx.delete(oidcLogins).where(lt(oidcLogins.expiresAt, now));
        await tx.insert(oidcLogins).values({
          stateHash: sha256(state),
          codeVerifier,
          nonce,
          nextPath: next,
          expiresAt: new Date(now.getTime() + OIDC_LOGIN_MINUTES * 60_000),
        });
      });
      const authorizationUrl = client.buildAuthorizationUrl(config, {
        redirect_uri: (settings.redirectUri ?? redirectUri).href,
        scope: settings.scope,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { authorizationUrl, state };
    },

    async finish(ctx, { callbackUrl, browserState, previousSessionToken }) {
      const callbackState = callbackUrl.searchParams.get('state');
      // The state in the address must be the one this browser's cookie holds: a code sent to
      // another person's browser (login CSRF) is refused. Each pending login is used once.
      if (!browserState || callbackState !== browserState) throw expired();
      const [pending] = await ctx.db
        .delete(oidcLogins)
        .where(and(eq(oidcLogins.stateHash, sha256(browserState)), gt(oidcLogins.expiresAt, ctx.now())))
        .returning();
      if (!pending) throw expired();
      const config = await discover();
      const claims = await identify(config, settings, callbackUrl, { state: browserState, nonce: pending.nonce, codeVerifier: pending.codeVerifier });
      const identity = usernameFrom(claims, settings.usernameClaim);
      const [user] = identity ? await ctx.db.select().from(users).where(eq(users.username, identity.toLowerCase())) : [];
      if (!user || !user.active) {
        throw new OidcRefused(
          'unknown_user',
          'Du er logget ind hos organisationens login, men du er ikke oprettet som aktiv bruger i tilsyn. Kontakt den, der administrerer brugere i tilsyn.',
          identity,
        );
      }
      const session = await openSession(ctx, user, { method: 'oidc', previousSessionToken });
      return { ...session, next: pending.nextPath };
    },
  };
}

type Checks = { state: string; nonce: string; codeVerifier: string };

/** The person's claims: the ID token's, with the userinfo endpoint's when the token lacks the configured claim. */
async function identify(config: client.Configuration, settings: OidcSettings, callbackUrl: URL, checks: Checks): Promise<Record<string, unknown>> {
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new OidcRefused('provider_error', 'Organisationens login sendte ikke et ID-token.');
    if (claims[settings.usernameClaim] !== undefined) return claims;
    return { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
  } catch (e) {
    if (e instanceof OidcRefused) throw e;
    if (e instanceof client.AuthorizationResponseError) {
      throw new OidcRefused('provider_error', `Organisationens login afviste login (${e.error}). Prøv igen, eller log ind med brugernavn og adgangskode.`);
    }
    if (isNetworkError(e)) throw unavailable(e);
    throw new OidcRefused('provider_error', 'Svaret fra organisationens login kunne ikke godkendes. Prøv igen.');
  }
}

/** The configured claim as a username; an e-mail address the provider says is unverified does not count. */
function usernameFrom(claims: Record<string, unknown>, claim: string): string | null {
  const value = claims[claim];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new OidcRefused('no_claim', `Organisationens login oplyste ikke "${claim}", som tilsyn genkender brugere på. Kontakt den, der administrerer brugere i tilsyn.`);
  }
  if (claim === 'email' && claims.email_verified === false) {
    throw new OidcRefused('no_claim', 'Organisationens login oplyste en e-mailadresse, der ikke er bekræftet.');
  }
  return value.trim();
}

const expired = () => new OidcRefused('expired', `Login-forsøget er udløbet eller ugyldigt (det skal afsluttes inden for ${OIDC_LOGIN_MINUTES} minutter i samme browser). Prøv igen.`);
const unavailable = (cause: unknown) =>
  new OidcRefused('unavailable', 'Organisationens login svarer ikke. Prøv igen om lidt, eller log ind med brugernavn og adgangskode.', null, { cause });

function isNetworkError(e: unknown): boolean {
  return (e instanceof TypeError && /fetch failed/i.test(e.message)) || (e instanceof Error && e.name === 'TimeoutError');
}
