// A demo user as the session would make them an actor (a provider user carries their institution's region).
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { toActor } from '../../src/services/auth/sessions.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { providers, users } from '../../src/storage/schema.ts';

export async function demoActor(services: ServiceContext, username: string): Promise<Actor> {
  const [row] = await services.db.select({ user: users, region: providers.regionId }).from(users).leftJoin(providers, eq(providers.id, users.providerId)).where(eq(users.username, username));
  assert.ok(row, `the demo user ${username}`);
  return toActor(row.user, row.region);
}
