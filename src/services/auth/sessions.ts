// Sessions: a random token in the cookie, only its SHA-256 in the database, with a CSRF
// token per session. Failed logins are counted per username and per client address.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { authorities, fosterFamilies, loginFailures, notifications, providers, sessions, users } from '../../storage/schema.ts';
import { REGION_LABEL } from '../../core/labels.ts';
import type { ServiceContext } from '../context.ts';
import type { Tx } from '../../storage/database.ts';
import type { Actor } from '../actor.ts';
import { ServiceError } from '../service-error.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { isStorableText } from '../service-options.ts';
import type { RegionId, SessionMethod } from '../../core/vocabulary.ts';

export const SESSION_HOURS = 8;
/** A session ends after this long without a request (TILSYN_SESSION_IDLE_MINUTES). */
export const DEFAULT_IDLE_MINUTES = 30;
/** lastSeenAt is written at most this often, not on every request. */
const SEEN_EVERY_MS = 60_000;
/** Failed logins per account within the window; the next attempt is refused, even with the right password. */
export const MAX_FAILURES = 5;
/** Failed logins per client address (across accounts) within the window: spraying many accounts. */
export const MAX_ADDRESS_FAILURES = 50;
export const FAILURE_WINDOW_MINUTES = 15;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The stored id of a session: the SHA-256 of its token (the token itself is only in the cookie). */
export const sessionId = (sessionToken: string) => sha256(sessionToken);
const token = () => randomBytes(32).toString('base64url');

export type LoginOptions = {
  username: string;
  password: string;
  clientKey: string;
  /** The session the browser had before (if any): it ends, so a login always starts a new one. */
  previousSessionToken?: string | null;
};
export type SessionHandle = { token: string; csrfToken: string; actor: Actor; mustChangePassword: boolean };

let standIn: Promise<string> | undefined;
/** A hash of a random password nobody knows, made once per process. */
const standInHash = () => (standIn ??= hashPassword(randomBytes(24).toString('base64url')));

/** No username or password is longer; longer input is refused before any work. */
export const LOGIN_FIELD_LIMITS = { username: 100, password: 200 };

export async function login(ctx: ServiceContext, options: LoginOptions): Promise<SessionHandle> {
  if (
    options.username.length > LOGIN_FIELD_LIMITS.username ||
    options.password.length > LOGIN_FIELD_LIMITS.password ||
    !isStorableText(options.username)
  ) {
    throw new ServiceError('unauthenticated', 'Forkert brugernavn eller adgangskode.');
  }
  const accountKey = `user:${options.username.toLowerCase()}`;
  const addressKey = `client:${options.clientKey}`;
  const now = ctx.now();
  // Every attempt takes its place in the counters before the password is checked, each in one
  // atomic statement: parallel guesses (and several app instances on one database) cannot all
  // slip under the limit. A success gives the places back.
  const [onAccount, onAddress] = [await countAttempt(ctx, accountKey, now), await countAttempt(ctx, addressKey, now)];
  if (onAccount > MAX_FAILURES || onAddress > MAX_ADDRESS_FAILURES) {
    throw new ServiceError('rate_limited', `For mange mislykkede logins. Prøv igen om ${FAILURE_WINDOW_MINUTES} minutter.`);
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.username, options.username.toLowerCase()));
  // An unknown username costs the same argon2 work as a known one: the answer's timing must not
  // tell which usernames exist.
  const ok = await verifyPassword(options.password, user?.passwordHash ?? (await standInHash()));
  // A deactivated user is refused like a wrong password: the answer does not tell who exists.
  if (!user || !ok || !user.active) {
    throw new ServiceError('unauthenticated', 'Forkert brugernavn eller adgangskode.');
  }
  return openSession(ctx, user, { method: 'password', previousSessionToken: options.previousSessionToken ?? null }, async (tx) => {
    await tx.delete(loginFailures).where(eq(loginFailures.key, accountKey));
    await tx.update(loginFailures).set({ failures: sql`greatest(${loginFailures.failures} - 1, 0)` }).where(eq(loginFailures.key, addressKey));
  });
}

/**
 * A new session for a user who has proved who they are (by password or at the identity provider),
 * in one transaction with whatever else the login clears: the browser's previous session ends, so
 * a login always starts a new one, and ended sessions are removed rather than kept.
 */
export async function openSession(
  ctx: ServiceContext,
  user: typeof users.$inferSelect,
  { method, previousSessionToken }: { method: SessionMethod; previousSessionToken: string | null },
  alsoInTransaction: (tx: Tx) => Promise<void> = async () => {},
): Promise<SessionHandle> {
  const now = ctx.now();
  const handle = { token: token(), csrfToken: token() };
  await ctx.db.transaction(async (tx) => {
    await alsoInTransaction(tx);
    if (previousSessionToken) await tx.delete(sessions).where(eq(sessions.id, sha256(previousSessionToken)));
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
    await tx.insert(sessions).values({
      id: sha256(handle.token),
      userId: user.id,
      csrfToken: handle.csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
      lastSeenAt: now,
      method,
    });
  });
  return { ...handle, actor: toActor(user), mustChangePassword: mustChangePassword(user, method) };
}

/** A password an administrator set is replaced at a password login; whoever logs in at the identity provider never uses it. */
const mustChangePassword = (user: typeof users.$inferSelect, method: SessionMethod) => method === 'password' && user.mustChangePassword;

/**
 * `organisation`: the name of the user's authority, region, provider or foster family, and
 * `unreadNotifications` their count, for the page header — read with the session, in one query.
 */
export type OpenSession = { actor: Actor; csrfToken: string; mustChangePassword: boolean; organisation: string | null; unreadNotifications: number };

/** Counts an attempt on the key within the window, atomically; the count including this attempt. */
async function countAttempt(ctx: ServiceContext, key: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000).toISOString();
  const [row] = await ctx.db
    .insert(loginFailures)
    .values({ key, failures: 1, windowStart: now })
    .onConflictDoUpdate({
      target: loginFailures.key,
      set: {
        failures: sql`case when ${loginFailures.windowStart} > ${windowStart}::timestamptz then ${loginFailures.failures} + 1 else 1 end`,
        windowStart: sql`case when ${loginFailures.windowStart} > ${windowStart}::timestamptz then ${loginFailures.windowStart} else ${now.toISOString()}::timestamptz end`,
      },
    })
    .returning({ failures: loginFailures.failures });
  return row?.failures ?? 1;
}

export async function sessionActor(ctx: ServiceContext, sessionToken: string, idleMinutes = DEFAULT_IDLE_MINUTES): Promise<OpenSession | null> {
  const now = ctx.now();
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000);
  const [row] = await ctx.db
    .select({
      user: users, csrfToken: sessions.csrfToken, lastSeenAt: sessions.lastSeenAt, method: sessions.method, institutionRegion: providers.regionId,
      organisation: sql<string | null>`coalesce(${authorities.name}, ${providers.name}, ${fosterFamilies.name})`,
      unread: sql<number>`(select count(*) from ${notifications} where ${notifications.userId} = ${users.id} and ${notifications.readAt} is null)`.mapWith(Number),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(providers, eq(providers.id, users.providerId))
    .leftJoin(authorities, eq(authorities.id, users.authorityId))
    .leftJoin(fosterFamilies, eq(fosterFamilies.id, users.fosterFamilyId))
    .where(and(eq(sessions.id, sha256(sessionToken)), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince), eq(users.active, true)));
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > SEEN_EVERY_MS) {
    await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sha256(sessionToken)));
  }
  const region = row.user.regionId ? REGION_LABEL[row.user.regionId as RegionId] ?? null : null;
  return { actor: toActor(row.user, row.institutionRegion), csrfToken: row.csrfToken, mustChangePassword: mustChangePassword(row.user, row.method), organisation: row.organisation ?? region, unreadNotifications: row.unread };
}

export async function logout(ctx: ServiceContext, sessionToken: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.id, sha256(sessionToken)));
}

/** `institutionRegion`: for a provider user, the region operating their institution (if any). */
export function toActor(user: typeof users.$inferSelect, institutionRegion: string | null = null): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    authorityId: user.authorityId,
    providerId: user.providerId,
    fosterFamilyId: user.fosterFamilyId,
    regionId: user.regionId ?? (user.role === 'provider' ? institutionRegion : null),
  };
}
