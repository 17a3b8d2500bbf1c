// One sampled report under review: the report as finalised (its overall assessment and themes),
// the checklist with the review so far, and the automatic findings beside it.
import { and, eq } from 'drizzle-orm';
import { automaticFindings, type AutomaticFinding, type ReportFacts } from '../../core/quality-review/automatic-findings.ts';
import { CHECKLIST, type ChecklistPoint } from '../../core/quality-review/checklist.ts';
import { isAssessable } from '../../core/model/schema.ts';
import type { ReportDocument } from '../../core/report/report-document.ts';
import { qualityReviews, reportVersions } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../service-error.ts';
import { isUuid } from '../service-options.ts';
import { loadSample, type SampleRow } from './load-sample.ts';

export type ReviewRow = typeof qualityReviews.$inferSelect;
export type ReportReviewView = { sample: SampleRow; versionId: string; document: ReportDocument; checklist: readonly ChecklistPoint[]; review: ReviewRow | null; findings: AutomaticFinding[]; facts: ReportFacts };

export async function getReportReview(ctx: ServiceContext, actor: Actor, sampleId: unknown, versionId: unknown): Promise<ReportReviewView> {
  const sample = await loadSample(ctx, actor, sampleId);
  if (!isUuid(versionId) || !sample.versionIds.includes(versionId)) throw notFound('Rapporten i stikprøven');
  const [[version], [review]] = await Promise.all([
    ctx.db.select({ document: reportVersions.document }).from(reportVersions).where(eq(reportVersions.id, versionId)),
    ctx.db.select().from(qualityReviews).where(and(eq(qualityReviews.sampleId, sample.id), eq(qualityReviews.versionId, versionId))),
  ]);
  if (!version) throw notFound('Rapporten');
  const document = version.document as ReportDocument;
  const model = ctx.registry.used(document.model.id, document.model.version);
  const { findings, facts } = automaticFindings(document, model && isAssessable(model) ? model : null, ctx.reportConfig);
  return { sample, versionId, document, checklist: CHECKLIST, review: review ?? null, findings, facts };
}
