// An institution's traffic light (seed 003): the matters in force by colour, and the history of
// placements that were changed. For whoever may read the institution's work.
import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { trafficLightItems } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { loadInstitution, type Institution } from './load-institution.ts';

export type TrafficLightItem = typeof trafficLightItems.$inferSelect;
export type TrafficLightView = { institution: Institution; current: TrafficLightItem[]; history: TrafficLightItem[]; mayWrite: boolean };

export async function getTrafficLight(ctx: ServiceContext, actor: Actor, providerId: unknown): Promise<TrafficLightView> {
  const { institution, abilities } = await loadInstitution(ctx, actor, providerId);
  requireAbility(abilities.read, 'Du har ikke adgang til institutionens kvalitetsarbejde.');
  const t = trafficLightItems;
  const current = await ctx.db.select().from(t).where(and(eq(t.providerId, institution.providerId), isNull(t.endedAt))).orderBy(asc(t.unit), asc(t.matter));
  const history = await ctx.db.select().from(t).where(and(eq(t.providerId, institution.providerId), isNotNull(t.endedAt))).orderBy(desc(t.endedAt)).limit(100);
  return { institution, current, history, mayWrite: abilities.write };
}
