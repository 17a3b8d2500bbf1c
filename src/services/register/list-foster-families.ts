// The foster families an actor may see, optionally searched by name.
import type { z } from 'zod';
import { and, asc, ilike, type SQL } from 'drizzle-orm';
import { fosterFamilies } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { scope } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import { likePattern, parseOptions, searchSchema } from './create-provider.ts';
import type { FosterFamily } from './get-foster-family.ts';

export type ListFosterFamiliesOptions = z.input<typeof searchSchema>;

export async function listFosterFamilies(ctx: ServiceContext, actor: Actor, options: ListFosterFamiliesOptions = {}): Promise<FosterFamily[]> {
  const { search } = parseOptions(searchSchema, options);
  const visible = scope(actor, 'fosterFamilies');
  const inScope = visible && scopeCondition(visible, { authorityId: fosterFamilies.authorityId, fosterFamilyId: fosterFamilies.id });
  if (inScope === null || !visible) return [];
  const conditions: SQL[] = inScope ? [inScope] : [];
  if (search) conditions.push(ilike(fosterFamilies.name, likePattern(search)));
  const rows = await ctx.db
    .select()
    .from(fosterFamilies)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(fosterFamilies.name), asc(fosterFamilies.id));
  return rows;
}
