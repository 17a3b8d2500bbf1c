// One sample: its parameters and seed, and the drawn reports with their inspector and whether each
// has been reviewed.
import { eq, inArray } from 'drizzle-orm';
import { entityName, withEntity } from '../inspections/inspection-entity.ts';
import { inspections, qualityReviews, reports, reportVersions, users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { loadSample, type SampleRow } from './load-sample.ts';

export type SampledReport = { versionId: string; number: number; title: string; entity: string; inspector: string | null; phase: string; modelId: string; risk: string; finalisedAt: Date; reviewed: boolean };
export type SampleView = { sample: SampleRow; reports: SampledReport[] };

export async function getReviewSample(ctx: ServiceContext, actor: Actor, sampleId: unknown): Promise<SampleView> {
  const sample = await loadSample(ctx, actor, sampleId);
  if (sample.versionIds.length === 0) return { sample, reports: [] };
  const [rows, reviewed] = await Promise.all([
    withEntity(ctx.db.select({ versionId: reportVersions.id, number: reportVersions.number, title: inspections.title, entity: entityName, inspector: users.displayName, phase: inspections.phase, modelId: inspections.modelId, risk: inspections.risk, finalisedAt: reportVersions.finalisedAt })
      .from(reportVersions).innerJoin(reports, eq(reports.id, reportVersions.reportId)).innerJoin(inspections, eq(inspections.id, reports.inspectionId)).$dynamic())
      .leftJoin(users, eq(users.id, reports.authorId)).where(inArray(reportVersions.id, sample.versionIds)),
    ctx.db.select({ versionId: qualityReviews.versionId }).from(qualityReviews).where(eq(qualityReviews.sampleId, sample.id)),
  ]);
  const done = new Set(reviewed.map((r) => r.versionId));
  const byId = new Map(rows.map((r) => [r.versionId, { ...r, reviewed: done.has(r.versionId) }]));
  return { sample, reports: sample.versionIds.flatMap((id) => byId.get(id) ?? []) };
}
