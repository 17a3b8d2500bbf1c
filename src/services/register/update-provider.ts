// Change a provider's register data. Only the fields given are changed.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { providers } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { notFound } from '../service-error.ts';
import { assertFlagsAllowed, parseId, parseOptions, providerFields } from './create-provider.ts';
import type { Provider } from './get-provider.ts';

export const updateProviderSchema = z.object(providerFields, { error: 'Oplysningerne mangler.' }).partial();

export type UpdateProviderOptions = z.input<typeof updateProviderSchema> & { id: string };

export async function updateProvider(ctx: ServiceContext, actor: Actor, options: UpdateProviderOptions): Promise<Provider> {
  const id = parseId(options?.id, 'Tilbuddet');
  const { id: _id, ...fields } = options;
  const patch = parseOptions(updateProviderSchema, fields);
  const [before] = await ctx.db.select().from(providers).where(eq(providers.id, id));
  if (!before) throw notFound('Tilbuddet');
  authorize(actor, 'register.write', { authorityId: before.authorityId, providerId: before.id });
  const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<typeof providers.$inferInsert>;
  if (Object.keys(changes).length === 0) return before;
  assertFlagsAllowed({ ...before, ...changes });
  return ctx.db.transaction(async (tx) => {
    const after = one(await tx.update(providers).set(changes).where(eq(providers.id, id)).returning());
    await recordAudit(tx, actor, { action: 'provider.update', entityType: 'provider', entityId: id, before, after });
    return after;
  });
}
