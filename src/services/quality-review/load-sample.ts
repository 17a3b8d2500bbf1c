// A drawn sample, for the manager of its authority only (reviews are internal to the authority).
import { eq } from 'drizzle-orm';
import { reviewSamples } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { qualityReviewAbilities } from '../policies/abilities.ts';
import { notFound } from '../service-error.ts';
import { isUuid } from '../service-options.ts';

export type SampleRow = typeof reviewSamples.$inferSelect;

export async function loadSample(ctx: ServiceContext, actor: Actor, sampleId: unknown): Promise<SampleRow> {
  if (!isUuid(sampleId)) throw notFound('Stikprøven');
  const [sample] = await ctx.db.select().from(reviewSamples).where(eq(reviewSamples.id, sampleId));
  if (!sample) throw notFound('Stikprøven');
  requireAbility(qualityReviewAbilities(actor).reviewOf(sample.authorityId), 'Stikprøver gennemgås af lederen i socialtilsynet.');
  return sample;
}
