// The providers an actor may see, searched by name and filtered by municipality and legal basis, 50 a page.
import type { z } from 'zod';
import { and, arrayContains, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import { PAGE_SIZE, paged, type Paged } from '../list-paging.ts';
import { providers } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { scope } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import { likePattern, parseOptions, searchSchema } from './create-provider.ts';
import type { Provider } from './get-provider.ts';

export type ListProvidersOptions = z.input<typeof searchSchema>;

export async function listProviders(ctx: ServiceContext, actor: Actor, options: ListProvidersOptions = {}): Promise<Paged<Provider>> {
  const { search, municipality, legalBasis, page } = parseOptions(searchSchema, options);
  const visible = scope(actor, 'providers');
  const inScope = visible && scopeCondition(visible, { authorityId: providers.authorityId, providerId: providers.id });
  if (inScope === null || !visible) return paged([], 0, 1);
  const conditions: SQL[] = inScope ? [inScope] : [];
  if (search) conditions.push(ilike(providers.name, likePattern(search)));
  if (municipality) conditions.push(eq(providers.municipality, municipality));
  if (legalBasis) conditions.push(arrayContains(providers.legalBases, [legalBasis]));
  const where = conditions.length ? and(...conditions) : undefined;
  const [[total], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(providers).where(where),
    ctx.db.select().from(providers).where(where).orderBy(asc(providers.name), asc(providers.id)).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE),
  ]);
  return paged(rows, total?.n ?? 0, page);
}
