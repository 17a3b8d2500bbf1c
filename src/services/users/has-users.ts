// Whether any user exists: a new installation has none until the first administrator is made.
import { users } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';

export async function hasUsers(ctx: ServiceContext): Promise<boolean> {
  return (await ctx.db.select({ id: users.id }).from(users).limit(1)).length > 0;
}
