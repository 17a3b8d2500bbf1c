// Add a department (afdeling) to a provider.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { departments, providers } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { notFound } from '../service-error.ts';
import { parseId, parseOptions, requiredText, wholeNumber } from './create-provider.ts';
import type { Department } from './get-provider.ts';

export const addDepartmentSchema = z.object(
  { name: requiredText('Afdelingens navn'), places: wholeNumber('Antal pladser', 100_000) },
  { error: 'Oplysningerne mangler.' },
);

export type AddDepartmentOptions = z.input<typeof addDepartmentSchema> & { providerId: string };

export async function addDepartment(ctx: ServiceContext, actor: Actor, options: AddDepartmentOptions): Promise<Department> {
  const providerId = parseId(options?.providerId, 'Tilbuddet');
  const input = parseOptions(addDepartmentSchema, { name: options.name, places: options.places });
  const [provider] = await ctx.db.select().from(providers).where(eq(providers.id, providerId));
  if (!provider) throw notFound('Tilbuddet');
  authorize(actor, 'register.write', { authorityId: provider.authorityId, providerId: provider.id });
  return ctx.db.transaction(async (tx) => {
    const created = one(await tx.insert(departments).values({ providerId, name: input.name, places: input.places }).returning());
    await recordAudit(tx, actor, { action: 'department.create', entityType: 'department', entityId: created.id, before: null, after: created });
    return created;
  });
}
