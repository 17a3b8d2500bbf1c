// The institution places an everyday matter in the traffic light (seed 003), as agreed with the
// residents — or moves one: the old placement ends and a new one begins, so the history stays.
// One transaction with an audit entry.
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { TRAFFIC_LIGHT_COLOURS } from '../../core/vocabulary.ts';
import { trafficLightItems } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { conflict } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import { dateField, requiredField } from '../form-fields.ts';
import { loadInstitution } from './load-institution.ts';


export const placeTrafficLightItemSchema = z.object({
  providerId: z.string(),
  /** Set: move this placement (it ends); absent: a new matter. */
  replaces: z.string().uuid('Placeringen findes ikke.').optional(),
  unit: z.string().trim().max(200, 'Huset eller enheden må højst være 200 tegn.').default(''),
  matter: requiredField('Sagen', 500),
  colour: z.enum(TRAFFIC_LIGHT_COLOURS, { error: 'Vælg rød, gul eller grøn.' }),
  agreedOn: dateField('Datoen'),
  agreedWith: requiredField('Hvem det er aftalt med', 300),
});

export async function placeTrafficLightItem(ctx: ServiceContext, actor: Actor, input: unknown) {
  const o = parseOptions(placeTrafficLightItemSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv placerer sager i trafiklyset.');
  const t = trafficLightItems;
  return ctx.db.transaction(async (tx) => {
    let before: typeof t.$inferSelect | null = null;
    if (o.replaces) {
      const [ended] = await tx.update(t).set({ endedAt: ctx.now() }).where(and(eq(t.id, o.replaces), eq(t.providerId, institution.providerId), isNull(t.endedAt))).returning();
      if (!ended) throw conflict('Placeringen er allerede ændret eller findes ikke. Genindlæs siden.');
      before = ended;
    }
    const [item] = await tx.insert(t).values({ providerId: institution.providerId, unit: o.unit, matter: o.matter, colour: o.colour, agreedOn: o.agreedOn, agreedWith: o.agreedWith, createdBy: actor.id, createdAt: ctx.now() }).returning();
    await recordAudit(tx, actor, { action: before ? 'traffic_light.move' : 'traffic_light.place', entityType: 'traffic_light', entityId: item!.id, before, after: item });
    return item!;
  });
}
