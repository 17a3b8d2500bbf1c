// What the form for a new round offers: the assessable models in force with the items each allows,
// and the active inspectors the actor may invite (a manager their own authority's, the auditor all).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { calibrationItems, type CalibrationItem } from '../../core/calibration/calibration-items.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { authorities, users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { calibrationCreateAbilities } from '../policies/abilities.ts';

export type RoundForm = {
  models: { id: string; title: string; items: CalibrationItem[] }[];
  inspectors: { id: string; name: string; authorityId: string; authority: string }[];
};

export async function getRoundForm(ctx: ServiceContext, actor: Actor): Promise<RoundForm> {
  const { create, inviteFrom } = calibrationCreateAbilities(actor);
  requireAbility(create, 'Kun en leder eller revisionen opretter kalibreringsrunder.');
  const models = ctx.registry.list().filter(isAssessable).map((m) => ({ id: m.id, title: m.title, items: calibrationItems(m) }));
  const active = and(eq(users.role, 'inspector'), eq(users.active, true), ...(inviteFrom === null ? [] : [inArray(users.authorityId, inviteFrom)]));
  const rows = await ctx.db.select({ id: users.id, name: users.displayName, authorityId: users.authorityId, authority: authorities.name })
    .from(users).innerJoin(authorities, eq(authorities.id, users.authorityId)).where(active).orderBy(asc(authorities.name), asc(users.displayName));
  return { models, inspectors: rows.flatMap((r) => (r.authorityId ? [{ ...r, authorityId: r.authorityId }] : [])) };
}
