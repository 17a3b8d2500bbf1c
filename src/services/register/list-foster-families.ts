// The foster families an actor may see, searched by name and filtered by municipality and typology, 50 a page.
import type { z } from 'zod';
import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import { PAGE_SIZE, paged, type Paged } from '../list-paging.ts';
import { fosterFamilies } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { scope } from '../policies/scopes.ts';
import { scopeCondition } from '../policies/scope-condition.ts';
import { likePattern, parseOptions, searchSchema } from './create-provider.ts';
import type { FosterFamily } from './get-foster-family.ts';

export type ListFosterFamiliesOptions = z.input<typeof searchSchema>;

export async function listFosterFamilies(ctx: ServiceContext, actor: Actor, options: ListFosterFamiliesOptions = {}): Promise<Paged<FosterFamily>> {
  const { search, municipality, typology, page } = parseOptions(searchSchema, options);
  const visible = scope(actor, 'fosterFamilies');
  const inScope = visible && scopeCondition(visible, { authorityId: fosterFamilies.authorityId, fosterFamilyId: fosterFamilies.id });
  if (inScope === null || !visible) return paged([], 0, 1);
  const conditions: SQL[] = inScope ? [inScope] : [];
  if (search) conditions.push(ilike(fosterFamilies.name, likePattern(search)));
  if (municipality) conditions.push(eq(fosterFamilies.municipality, municipality));
  if (typology) conditions.push(eq(fosterFamilies.typology, typology));
  const where = conditions.length ? and(...conditions) : undefined;
  const [[total], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(fosterFamilies).where(where),
    ctx.db.select().from(fosterFamilies).where(where).orderBy(asc(fosterFamilies.name), asc(fosterFamilies.id)).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE),
  ]);
  return paged(rows, total?.n ?? 0, page);
}
