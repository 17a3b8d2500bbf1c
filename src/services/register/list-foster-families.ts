// The foster families an actor may see, optionally searched by name.
import { and, asc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { fosterFamilies } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { can, visibleAuthorities } from '../permissions.ts';
import { likePattern, parseOptions, searchSchema } from './create-provider.ts';
import type { FosterFamily } from './get-foster-family.ts';

export type ListFosterFamiliesOptions = { search?: string | null };

export async function listFosterFamilies(ctx: ServiceContext, actor: Actor, options: ListFosterFamiliesOptions = {}): Promise<FosterFamily[]> {
  const { search } = parseOptions(searchSchema, options);
  const visible = visibleAuthorities(actor, 'register.read');
  const conditions: SQL[] = [];
  if (visible !== null) {
    if (visible.length > 0) conditions.push(inArray(fosterFamilies.authorityId, visible));
    // A foster family's own users see their own family and nothing else.
    else if (actor.role === 'provider' && actor.fosterFamilyId) conditions.push(eq(fosterFamilies.id, actor.fosterFamilyId));
    else return [];
  }
  if (search) conditions.push(ilike(fosterFamilies.name, likePattern(search)));
  const rows = await ctx.db
    .select()
    .from(fosterFamilies)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(fosterFamilies.name), asc(fosterFamilies.id));
  return rows.filter((f) => can(actor, 'register.read', { authorityId: f.authorityId, fosterFamilyId: f.id }));
}
