// "Ret rapporten": a final or sent report is reopened as a draft with the last version's content.
// The version itself never changes; the next finalisation creates version N+1, which supersedes
// it. The corrected draft goes through quality review and hearing again.
import { z } from 'zod';
import type { ReportDocument } from '../../core/report/report-document.ts';
import { REPORT_TEXT_MAX, type ReportContent } from '../../core/report/report-input.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { assertStatus, auditState, contentOf, expectedVersionField, idField, latestVersion, loadReportTarget, lockReport, parseOptions, reportConflict, updateReport, type ReportRow } from './report-shared.ts';

export type CorrectReportOptions = z.input<typeof correctReportSchema>;

export const correctReportSchema = z.object({
  inspectionId: idField('Tilsynet'),
  expectedVersion: expectedVersionField,
  reason: z
    .union([z.string(), z.null()], { error: 'Begrundelsen skal være tekst.' })
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v.length <= REPORT_TEXT_MAX, { error: `Begrundelsen må højst være ${REPORT_TEXT_MAX} tegn.` }),
});

/** The written content a final document was built from. */
export function contentFromDocument(document: ReportDocument, fallback: ReportContent): ReportContent {
  if (!document || !Array.isArray(document.themes)) return fallback;
  const themeAssessments = Object.fromEntries(document.themes.filter((t) => t.assessment.trim() !== '').map((t) => [t.id, t.assessment]));
  const reason = document.carriedForward?.reason ?? '';
  return {
    overallAssessment: document.overallAssessment ?? '',
    themeAssessments,
    developmentPoints: [...(document.developmentPoints ?? [])],
    disproportionatelyExpensive: document.economy?.disproportionatelyExpensive ?? false,
    ...(reason.trim() !== '' ? { carriedForwardReason: reason } : {}),
  };
}

export async function correctReport(ctx: ServiceContext, actor: Actor, options: CorrectReportOptions): Promise<ReportRow> {
  const o = parseOptions(correctReportSchema, options);
  const { report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  authorize(actor, 'report.write', target);
  return ctx.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id, o.expectedVersion);
    assertStatus(row, ['final', 'sent'], 'kun en afsluttet eller sendt rapport kan rettes.');
    const version = await latestVersion(tx, row.id);
    if (!version) throw reportConflict('Rapporten har ingen afsluttet version at rette.');
    const content = contentFromDocument(version.document as ReportDocument, contentOf(row));
    const after = await updateReport(tx, row, o.expectedVersion, ctx.now(), {
      status: 'draft',
      content,
      authorId: actor.id,
      // A new round: review and hearing start over for the corrected text.
      reviewComments: [],
      hearingDeadline: null,
      hearingAnswer: null,
      hearingAnsweredAt: null,
      hearingAnsweredBy: null,
    });
    await recordAudit(tx, actor, {
      action: 'report.correct',
      entityType: 'report',
      entityId: row.id,
      before: auditState(row),
      after: { ...auditState(after), correctsVersionId: version.id, correctsVersion: version.number, reason: o.reason },
    });
    return after;
  });
}
