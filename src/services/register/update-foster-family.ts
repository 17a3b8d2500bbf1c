// Change a foster family's register data. Only the fields given are changed.
import { one } from '../../storage/one-row.ts';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { fosterFamilies } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { recordAudit } from '../audit.ts';
import { notFound } from '../service-error.ts';
import { parseId, parseOptions } from './create-provider.ts';
import { fosterFamilyFields } from './create-foster-family.ts';
import type { FosterFamily } from './get-foster-family.ts';


/** The fields a change may carry, on a given day. */
export const updateFosterFamilySchema = (now: Date) => z.object(fosterFamilyFields(now), { error: 'Oplysningerne mangler.' }).partial();

export type UpdateFosterFamilyOptions = z.input<ReturnType<typeof updateFosterFamilySchema>> & { id: string };

export async function updateFosterFamily(ctx: ServiceContext, actor: Actor, options: UpdateFosterFamilyOptions): Promise<FosterFamily> {
  const id = parseId(options?.id, 'Plejefamilien');
  const { id: _id, ...fields } = options;
  const patch = parseOptions(updateFosterFamilySchema(ctx.now()), fields);
  const [before] = await ctx.db.select().from(fosterFamilies).where(eq(fosterFamilies.id, id));
  if (!before) throw notFound('Plejefamilien');
  authorize(actor, 'register.write', { authorityId: before.authorityId, fosterFamilyId: before.id });
  const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<typeof fosterFamilies.$inferInsert>;
  if (Object.keys(changes).length === 0) return before;
  return ctx.db.transaction(async (tx) => {
    const after = one(await tx.update(fosterFamilies).set(changes).where(eq(fosterFamilies.id, id)).returning());
    await recordAudit(tx, actor, { action: 'foster_family.update', entityType: 'foster_family', entityId: id, before, after });
    return after;
  });
}
