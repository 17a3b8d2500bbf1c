// The feedback an inspector has had on their own reports from the sampled quality review, newest
// first, paged: the checklist's points and the manager's summary. Nobody else's.
import { count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { entityName, withEntity } from '../inspections/inspection-entity.ts';
import { inspections, qualityReviews, reports, reportVersions, users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { PAGE_SIZE, paged, pageField, type Paged } from '../list-paging.ts';
import { requireAbility } from '../permissions.ts';
import { qualityReviewAbilities } from '../policies/abilities.ts';
import { parseOptions } from '../service-options.ts';

export type Feedback = { id: string; versionId: string; title: string; entity: string; number: number; reviewer: string | null; reviewedAt: Date; points: Record<string, { met: boolean; comment: string }>; summary: string };

export async function listMyFeedback(ctx: ServiceContext, actor: Actor, options: { page?: string | number } = {}): Promise<Paged<Feedback>> {
  const { page } = parseOptions(z.object({ page: pageField }), options);
  requireAbility(qualityReviewAbilities(actor).ownFeedback, 'Tilbagemeldinger er til den tilsynsførende selv.');
  const mine = eq(qualityReviews.inspectorId, actor.id);
  const [[total], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(qualityReviews).where(mine),
    withEntity(ctx.db.select({ id: qualityReviews.id, versionId: qualityReviews.versionId, title: inspections.title, entity: entityName, number: reportVersions.number, reviewer: users.displayName, reviewedAt: qualityReviews.reviewedAt, points: qualityReviews.points, summary: qualityReviews.summary })
      .from(qualityReviews).innerJoin(reportVersions, eq(reportVersions.id, qualityReviews.versionId)).innerJoin(reports, eq(reports.id, reportVersions.reportId)).innerJoin(inspections, eq(inspections.id, reports.inspectionId)).$dynamic())
      .leftJoin(users, eq(users.id, qualityReviews.reviewerId)).where(mine).orderBy(desc(qualityReviews.reviewedAt), qualityReviews.id).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE),
  ]);
  return paged(rows, total?.n ?? 0, page);
}
