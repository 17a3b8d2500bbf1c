// The web application's settings from the environment (documented in the README):
// TILSYN_SESSION_IDLE_MINUTES (default 30), TILSYN_TRUST_PROXY=1 behind a TLS proxy, and the
// TILSYN_OIDC_* variables for login through the organisation's identity provider.
import type { WebSettings } from '../web/env.ts';
import { oidcSettingsFromEnv } from '../services/auth/oidc-settings.ts';
import { oidcLogin } from '../services/auth/oidc-login.ts';

export function webSettingsFromEnv(env: NodeJS.ProcessEnv): Partial<WebSettings> {
  const idle = Number(env.TILSYN_SESSION_IDLE_MINUTES);
  const oidc = oidcSettingsFromEnv(env);
  return {
    ...(Number.isInteger(idle) && idle > 0 ? { idleMinutes: idle } : {}),
    trustProxy: env.TILSYN_TRUST_PROXY === '1' || env.TILSYN_TRUST_PROXY === 'true',
    oidc: oidc ? oidcLogin(oidc) : null,
  };
}
