// The names of an authority's own inspectors among inspector keys (native facts carry the user id;
// imported ones a former system's code, which has no name). Only a manager of that authority is
// shown names; everyone else sees stable codes (inspectorCode).
import { and, eq, inArray } from 'drizzle-orm';
import { users } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import { isUuid } from '../service-options.ts';

export async function inspectorNames(ctx: ServiceContext, keys: readonly string[], authorityId: string): Promise<Map<string, string>> {
  const ids = [...new Set(keys)].filter((k) => isUuid(k));
  if (ids.length === 0) return new Map();
  const people = await ctx.db.select({ id: users.id, name: users.displayName }).from(users).where(and(inArray(users.id, ids), eq(users.authorityId, authorityId)));
  return new Map(people.map((p) => [p.id, p.name]));
}
