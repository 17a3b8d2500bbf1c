// The provider's latest final assessment under the same scored model, from the newest final report
// version (the document a report froze): the scores and texts an indicator can be carried forward
// from (seed 002: the authority decides when and how often each indicator is assessed).
import { and, desc, eq, ne } from 'drizzle-orm';
import { inspections, reports, reportVersions } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { ReportDocument } from '../../core/report/report-document.ts';
import { formatDanishDate } from '../../core/calendar.ts';

export type PreviousScoredRatings = { date: string; dateLabel: string; ratings: Record<string, { score: number; text: string }> };

export async function previousScoredRatings(ctx: ServiceContext, inspection: { id: string; providerId: string | null; modelId: string }): Promise<PreviousScoredRatings | null> {
  if (!inspection.providerId) return null;
  const [latest] = await ctx.db
    .select({ document: reportVersions.document })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .where(and(eq(inspections.providerId, inspection.providerId), eq(inspections.modelId, inspection.modelId), ne(inspections.id, inspection.id), eq(inspections.phase, 'operation')))
    .orderBy(desc(reportVersions.finalisedAt))
    .limit(1);
  const document = latest?.document as ReportDocument | undefined;
  if (!document?.reportDate) return null;
  const ratings: PreviousScoredRatings['ratings'] = {};
  for (const theme of document.themes) {
    if (!('criteria' in theme)) continue;
    for (const criterion of theme.criteria) {
      for (const indicator of 'indicators' in criterion ? criterion.indicators : []) {
        if (indicator.score !== null) ratings[indicator.id] = { score: indicator.score, text: indicator.assessment };
      }
    }
  }
  return { date: document.reportDate, dateLabel: formatDanishDate(document.reportDate), ratings };
}
