// One foster family, for those who may read the register of its authority (and the family's
// own users).
import { eq } from 'drizzle-orm';
import { authorities, fosterFamilies } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../permissions.ts';
import { notFound } from '../service-error.ts';
import { parseId } from './create-provider.ts';

export type FosterFamily = typeof fosterFamilies.$inferSelect;
export type FosterFamilyDetails = FosterFamily & { authorityName: string };

export type GetFosterFamilyOptions = { id: string };

export async function getFosterFamily(ctx: ServiceContext, actor: Actor, options: GetFosterFamilyOptions): Promise<FosterFamilyDetails> {
  const id = parseId(options?.id, 'Plejefamilien');
  const [row] = await ctx.db
    .select({ family: fosterFamilies, authorityName: authorities.name })
    .from(fosterFamilies)
    .innerJoin(authorities, eq(authorities.id, fosterFamilies.authorityId))
    .where(eq(fosterFamilies.id, id));
  if (!row) throw notFound('Plejefamilien');
  authorize(actor, 'register.read', { authorityId: row.family.authorityId, fosterFamilyId: row.family.id });
  return { ...row.family, authorityName: row.authorityName };
}
