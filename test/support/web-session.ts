// A logged-in request helper for in-process web tests: a real user, a real session.
import { users } from '../../src/storage/schema.ts';
import { hashPassword } from '../../src/services/auth/password.ts';
import { login } from '../../src/services/auth/sessions.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import type { Role } from '../../src/services/actor.ts';

export type WebSession = { cookie: string; csrfToken: string };

let hash: Promise<string> | undefined;

export async function webSession(services: ServiceContext, username: string, role: Role, authorityId: string | null = null): Promise<WebSession> {
  hash ??= hashPassword('test-kode');
  await services.db.insert(users).values({ username, displayName: username, passwordHash: await hash, role, authorityId });
  const session = await login(services, { username, password: 'test-kode', clientKey: `test-${username}` });
  return { cookie: `tilsyn_session=${session.token}`, csrfToken: session.csrfToken };
}
