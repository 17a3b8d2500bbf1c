// A manager's samples of their own authority's reports, newest first, paged.
import { count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { reviewSamples } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { PAGE_SIZE, paged, pageField, type Paged } from '../list-paging.ts';
import { forbidden } from '../service-error.ts';
import { qualityReviewAbilities } from '../policies/abilities.ts';
import { parseOptions } from '../service-options.ts';

export type SampleListItem = Pick<typeof reviewSamples.$inferSelect, 'id' | 'periodFrom' | 'periodTo' | 'size' | 'strata' | 'seed' | 'createdAt'> & { drawn: number };

export async function listReviewSamples(ctx: ServiceContext, actor: Actor, options: { page?: string | number } = {}): Promise<Paged<SampleListItem>> {
  const { page } = parseOptions(z.object({ page: pageField }), options);
  const authorityId = qualityReviewAbilities(actor).drawFor;
  if (authorityId === null) throw forbidden('Stikprøver er for ledere.');
  const where = eq(reviewSamples.authorityId, authorityId);
  const [[total], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(reviewSamples).where(where),
    ctx.db.select().from(reviewSamples).where(where).orderBy(desc(reviewSamples.createdAt), reviewSamples.id).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE),
  ]);
  return paged(rows.map((r) => ({ id: r.id, periodFrom: r.periodFrom, periodTo: r.periodTo, size: r.size, strata: r.strata, seed: r.seed, createdAt: r.createdAt, drawn: r.versionIds.length })), total?.n ?? 0, page);
}
