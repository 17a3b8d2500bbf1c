// The providers an actor may see, optionally searched by name.
import { and, asc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { providers } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { can, visibleAuthorities } from '../permissions.ts';
import { likePattern, parseOptions, searchSchema } from './create-provider.ts';
import type { Provider } from './get-provider.ts';

export type ListProvidersOptions = { search?: string | null };

export async function listProviders(ctx: ServiceContext, actor: Actor, options: ListProvidersOptions = {}): Promise<Provider[]> {
  const { search } = parseOptions(searchSchema, options);
  const visible = visibleAuthorities(actor, 'register.read');
  const conditions: SQL[] = [];
  if (visible !== null) {
    if (visible.length > 0) conditions.push(inArray(providers.authorityId, visible));
    // A provider's own users see their own provider and nothing else.
    else if (actor.role === 'provider' && actor.providerId) conditions.push(eq(providers.id, actor.providerId));
    else return [];
  }
  if (search) conditions.push(ilike(providers.name, likePattern(search)));
  const rows = await ctx.db
    .select()
    .from(providers)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(providers.name), asc(providers.id));
  return rows.filter((p) => can(actor, 'register.read', { authorityId: p.authorityId, providerId: p.id }));
}
