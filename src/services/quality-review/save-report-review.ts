// The manager reviews a sampled report against the checklist: each point met or not met with a
// comment, and a summary for the inspector. The report itself is never changed; the review is
// version-checked and written with an audit entry.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { CHECKLIST_POINT_IDS } from '../../core/quality-review/checklist.ts';
import { qualityReviews, reports, reportVersions } from '../../storage/schema.ts';
import { one } from '../../storage/one-row.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { conflict, invalid, notFound, type FieldIssue } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import { loadSample } from './load-sample.ts';

const pointSchema = z.object({ met: z.string().default(''), comment: z.string().trim().max(2000, 'Kommentaren må højst være 2000 tegn.').default('') });
export const saveReviewSchema = z.object({
  sampleId: z.string(),
  versionId: z.string(),
  points: z.record(z.string(), pointSchema),
  summary: z.string().trim().max(4000, 'Tilbagemeldingen må højst være 4000 tegn.').default(''),
  expectedVersion: z.coerce.number().int().optional(),
});
export type SaveReviewOptions = z.input<typeof saveReviewSchema>;

export async function saveReportReview(ctx: ServiceContext, actor: Actor, options: SaveReviewOptions): Promise<void> {
  const input = parseOptions(saveReviewSchema, options);
  const sample = await loadSample(ctx, actor, input.sampleId);
  if (!isUuid(input.versionId) || !sample.versionIds.includes(input.versionId)) throw notFound('Rapporten i stikprøven');
  const issues: FieldIssue[] = [];
  const points: Record<string, { met: boolean; comment: string }> = {};
  for (const id of CHECKLIST_POINT_IDS) {
    const p = input.points[id];
    if (!p || (p.met !== 'met' && p.met !== 'not_met')) issues.push({ field: `met:${id}`, message: 'Vælg opfyldt eller ikke opfyldt for hvert punkt i tjeklisten.' });
    else if (p.met === 'not_met' && p.comment === '') issues.push({ field: `comment:${id}`, message: 'Skriv, hvad der mangler, når et punkt ikke er opfyldt.' });
    else points[id] = { met: p.met === 'met', comment: p.comment };
  }
  if (issues.length > 0) throw invalid(issues, 'Gennemgangen er ikke gemt.');
  const [author] = await ctx.db.select({ authorId: reports.authorId }).from(reportVersions).innerJoin(reports, eq(reports.id, reportVersions.reportId)).where(eq(reportVersions.id, input.versionId));
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(qualityReviews).where(and(eq(qualityReviews.sampleId, sample.id), eq(qualityReviews.versionId, input.versionId)));
    if (before && input.expectedVersion !== undefined && before.version !== input.expectedVersion) throw conflict('Gennemgangen er ændret af en anden imens. Genindlæs siden.');
    const values = { points, summary: input.summary, reviewerId: actor.id, reviewedAt: ctx.now() };
    const after = one(before
      ? await tx.update(qualityReviews).set({ ...values, version: sql`${qualityReviews.version} + 1` }).where(eq(qualityReviews.id, before.id)).returning()
      : await tx.insert(qualityReviews).values({ ...values, sampleId: sample.id, versionId: input.versionId, authorityId: sample.authorityId, inspectorId: author?.authorId ?? null }).returning());
    await recordAudit(tx, actor, { action: 'quality_review.save', entityType: 'quality_review', entityId: after.id, before: before ? { points: before.points, summary: before.summary } : null, after: { points, summary: input.summary } });
  });
}
