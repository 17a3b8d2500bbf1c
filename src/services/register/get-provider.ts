// One provider with its departments, for those who may read the register of its authority
// (and the provider's own users).
import { asc, eq } from 'drizzle-orm';
import { authorities, departments, providers } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { notFound } from '../service-error.ts';
import { parseId } from './create-provider.ts';

export type Provider = typeof providers.$inferSelect;
export type Department = typeof departments.$inferSelect;
export type ProviderDetails = Provider & { authorityName: string; departments: Department[] };

export type GetProviderOptions = { id: string };

export async function getProvider(ctx: ServiceContext, actor: Actor, options: GetProviderOptions): Promise<ProviderDetails> {
  const id = parseId(options?.id, 'Tilbuddet');
  const [row] = await ctx.db
    .select({ provider: providers, authorityName: authorities.name })
    .from(providers)
    .innerJoin(authorities, eq(authorities.id, providers.authorityId))
    .where(eq(providers.id, id));
  if (!row) throw notFound('Tilbuddet');
  authorize(actor, 'register.read', { authorityId: row.provider.authorityId, providerId: row.provider.id });
  const rows = await ctx.db.select().from(departments).where(eq(departments.providerId, id)).orderBy(asc(departments.name));
  return { ...row.provider, authorityName: row.authorityName, departments: rows };
}
