// The providers an actor may see, optionally searched by name.
import type { z } from 'zod';
import { and, asc, ilike, type SQL } from 'drizzle-orm';
import { providers } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { scope } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import { likePattern, parseOptions, searchSchema } from './create-provider.ts';
import type { Provider } from './get-provider.ts';

export type ListProvidersOptions = z.input<typeof searchSchema>;

export async function listProviders(ctx: ServiceContext, actor: Actor, options: ListProvidersOptions = {}): Promise<Provider[]> {
  const { search } = parseOptions(searchSchema, options);
  const visible = scope(actor, 'providers');
  const inScope = visible && scopeCondition(visible, { authorityId: providers.authorityId, providerId: providers.id });
  if (inScope === null || !visible) return [];
  const conditions: SQL[] = inScope ? [inScope] : [];
  if (search) conditions.push(ilike(providers.name, likePattern(search)));
  const rows = await ctx.db
    .select()
    .from(providers)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(providers.name), asc(providers.id));
  return rows;
}
