// One user, for the administrator.
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { requireAbility } from '../permissions.ts';
import { userAbilities } from '../policies/abilities.ts';
import { eq } from 'drizzle-orm';
import { users } from '../../storage/schema.ts';
import { notFound } from '../service-error.ts';
import { loadUser } from './user-changes.ts';
import { userRecord, type UserRecord } from './user-record.ts';

export async function getUser(ctx: ServiceContext, actor: Actor, options: { userId: string }): Promise<UserRecord> {
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan se brugerne.');
  return userRecord(await loadUser(ctx.db, options.userId));
}

/** One user by username (the command line names users that way). */
export async function getUserByUsername(ctx: ServiceContext, actor: Actor, options: { username: string }): Promise<UserRecord> {
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan se brugerne.');
  const [row] = await ctx.db.select().from(users).where(eq(users.username, options.username.trim().toLowerCase()));
  if (!row) throw notFound(`Brugeren "${options.username}"`);
  return userRecord(row);
}
