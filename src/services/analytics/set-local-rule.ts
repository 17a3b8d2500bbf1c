// Records an authority's local rule for scoring in a special situation (seed 001): the auditor for
// any authority, a manager for their own. One transaction with its audit entry.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { LOCAL_RULES, RULED_SITUATIONS } from '../../core/analytics/local-rules.ts';
import { analyticsLocalRules, authorities } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { analyticsAbilities } from '../policies/abilities.ts';
import { parseOptions } from '../service-options.ts';
import { notFound } from '../service-error.ts';

export const setLocalRuleSchema = z.object({
  authorityId: z.string({ error: 'Vælg et socialtilsyn.' }).min(1, 'Vælg et socialtilsyn.'),
  situation: z.enum(RULED_SITUATIONS, { error: 'Vælg en særlig situation fra listen.' }),
  rule: z.enum(LOCAL_RULES, { error: 'Vælg en regel fra listen.' }),
  note: z.string().trim().max(2000, 'Bemærkningen må højst være 2.000 tegn.').default(''),
});

/** `input` is what a form posted; the schema checks every field. */
export async function setLocalRule(ctx: ServiceContext, actor: Actor, input: unknown) {
  const o = parseOptions(setLocalRuleSchema, input);
  requireAbility(analyticsAbilities(actor).editLocalRulesOf(o.authorityId), 'Du kan kun registrere lokale regler for dit eget socialtilsyn.');
  const [authority] = await ctx.db.select().from(authorities).where(eq(authorities.id, o.authorityId));
  if (!authority) throw notFound('Socialtilsynet');
  const situation = o.situation;
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(analyticsLocalRules).where(and(eq(analyticsLocalRules.authorityId, o.authorityId), eq(analyticsLocalRules.situation, situation)));
    const values = { authorityId: o.authorityId, situation, rule: o.rule, note: o.note, updatedBy: actor.id, updatedAt: ctx.now() };
    const [after] = await tx.insert(analyticsLocalRules).values(values).onConflictDoUpdate({ target: [analyticsLocalRules.authorityId, analyticsLocalRules.situation], set: { rule: o.rule, note: o.note, updatedBy: actor.id, updatedAt: ctx.now() } }).returning();
    await recordAudit(tx, actor, {
      action: 'analytics.local_rule',
      entityType: 'analytics',
      entityId: `${o.authorityId}:${situation}`,
      before: before ? { rule: before.rule, note: before.note } : null,
      after: { rule: o.rule, note: o.note },
    });
    return after!;
  });
}
