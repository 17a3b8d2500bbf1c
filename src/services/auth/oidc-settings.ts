// How this installation logs in through the organisation's identity provider (OpenID Connect),
// read from the environment by `tilsyn serve`. Without TILSYN_OIDC_ISSUER the feature is off.
import { z } from 'zod';

export type OidcSettings = {
  issuer: URL;
  clientId: string;
  /** Without a secret the client is public and PKCE alone protects the code. */
  clientSecret: string | null;
  /** Where the provider sends the browser back; by default this site's /login/oidc/callback. */
  redirectUri: URL | null;
  /** The claim whose value is the tilsyn username (compared in lower case). */
  usernameClaim: string;
  scope: string;
  /** The text of the login button. */
  label: string;
};

export const OIDC_DEFAULTS = { usernameClaim: 'preferred_username', scope: 'openid profile', label: 'Log ind med organisationens login' };

const url = (name: string) =>
  z.string().refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), `${name} skal være en http(s)-adresse.`);

const envSchema = z.object({
  TILSYN_OIDC_ISSUER: url('TILSYN_OIDC_ISSUER'),
  TILSYN_OIDC_CLIENT_ID: z.string({ error: 'TILSYN_OIDC_CLIENT_ID skal sættes, når TILSYN_OIDC_ISSUER er sat.' }).min(1, 'TILSYN_OIDC_CLIENT_ID må ikke være tom.'),
  TILSYN_OIDC_CLIENT_SECRET: z.string().optional(),
  TILSYN_OIDC_REDIRECT_URI: url('TILSYN_OIDC_REDIRECT_URI').optional(),
  TILSYN_OIDC_USERNAME_CLAIM: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'TILSYN_OIDC_USERNAME_CLAIM skal være navnet på et claim.').optional(),
  TILSYN_OIDC_SCOPE: z.string().refine((v) => v.split(' ').includes('openid'), 'TILSYN_OIDC_SCOPE skal indeholde "openid".').optional(),
  TILSYN_OIDC_LABEL: z.string().min(1).max(100).optional(),
});

/** The settings, or null when OIDC is not configured; a half-done configuration is an error (one line per problem). */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv): OidcSettings | null {
  if (!env.TILSYN_OIDC_ISSUER) return null;
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new OidcConfigurationError(parsed.error.issues.map((i) => i.message).join('\n'));
  const e = parsed.data;
  return {
    issuer: new URL(e.TILSYN_OIDC_ISSUER),
    clientId: e.TILSYN_OIDC_CLIENT_ID,
    clientSecret: e.TILSYN_OIDC_CLIENT_SECRET || null,
    redirectUri: e.TILSYN_OIDC_REDIRECT_URI ? new URL(e.TILSYN_OIDC_REDIRECT_URI) : null,
    usernameClaim: e.TILSYN_OIDC_USERNAME_CLAIM ?? OIDC_DEFAULTS.usernameClaim,
    scope: e.TILSYN_OIDC_SCOPE ?? OIDC_DEFAULTS.scope,
    label: e.TILSYN_OIDC_LABEL ?? OIDC_DEFAULTS.label,
  };
}

export class OidcConfigurationError extends Error {}
