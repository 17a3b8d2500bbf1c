// One user, for the administrator.
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { requireAbility } from '../permissions.ts';
import { userAbilities } from '../policies/abilities.ts';
import { loadUser } from './user-changes.ts';
import { userRecord, type UserRecord } from './user-record.ts';

export async function getUser(ctx: ServiceContext, actor: Actor, options: { userId: string }): Promise<UserRecord> {
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan se brugerne.');
  return userRecord(await loadUser(ctx.db, options.userId));
}
