// What every request handler can read from the Hono context.
import type { Actor } from '../services/actor.ts';
import type { ServiceContext } from '../services/context.ts';
import type { OidcLogin } from '../services/auth/oidc-login.ts';
import type { Log } from './log-line.ts';

/** How this installation runs the web application (from the environment; see createApp). */
export type WebSettings = {
  /** A session ends after this many minutes without a request. */
  idleMinutes: number;
  /** Behind a TLS proxy that sets X-Forwarded-Proto/-Host: trust them (cookies get Secure). */
  trustProxy: boolean;
  /** Login through the organisation's identity provider, when configured. */
  oidc: OidcLogin | null;
};

export type WebEnv = {
  Variables: {
    services: ServiceContext;
    actor: Actor | null;
    /** The session's CSRF token; empty when nobody is logged in. */
    csrfToken: string;
    sessionToken: string | null;
    /** The user must choose a new password (one an administrator set) before anything else. */
    mustChangePassword: boolean;
    /** The name of the logged-in user's authority, region, provider or foster family, for the header. */
    organisation: string | null;
    /** The logged-in user's unread notifications, for the header (pages only). */
    unreadNotifications: number;
    /** The database holds the fictional demo data: every page says so. */
    demo: boolean;
    settings: WebSettings;
    /** Where log entries go (JSON lines on standard error unless a test listens). */
    log: Log;
    /** This request's id (X-Request-Id), in every log entry about it. */
    requestId: string;
  };
};
