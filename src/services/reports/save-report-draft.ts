// Saves the report's written content: the overall assessment, each theme's assessment, the
// development points, whether the provider is disproportionately expensive, and (foster family
// without a child in care) why assessments are carried forward. Allowed in a draft, and in
// hearing once the hearing is over, so the inspector can take in the provider's answer. The save
// names the version it started from; the report checks never block a save, they are returned.
import { z } from 'zod';
import { canonicalJson } from '../../core/report/content-hash.ts';
import type { ReportCheck } from '../../core/report/check-report.ts';
import { reportContentSchema, type ReportContent } from '../../core/report/report-input.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../permissions.ts';
import { invalid, type FieldIssue } from '../service-error.ts';
import { buildAndCheck, buildReportInput, reportModel } from './build-report-input.ts';
import { auditState, contentEditable, contentOf, expectedVersionField, idField, issuePath, listVersions, loadReportTarget, lockReport, parseOptions, reportConflict, statusOf, updateReport } from './report-shared.ts';
import { todayInDenmark } from '../../core/calendar.ts';

export type SaveReportDraftOptions = z.input<typeof saveReportDraftSchema>;

export type SaveReportDraftResult = { reportId: string; version: number; content: ReportContent; check: ReportCheck; changed: boolean };

export const saveReportDraftSchema = z.object({
  inspectionId: idField('Tilsynet'),
  expectedVersion: expectedVersionField,
  content: z.unknown(),
});

/** Validates the content; issues name the content's path (content.overallAssessment, content.developmentPoints[1] …). */
export function parseContent(raw: unknown): ReportContent {
  const result = reportContentSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issues: FieldIssue[] = [];
    for (const issue of result.error.issues) {
      const field = issuePath('content', issue.path);
      if (!issues.some((i) => i.field === field)) issues.push({ field, message: issue.message });
    }
    throw invalid(issues);
  }
  const c = result.data;
  // Empty texts are not kept: an unwritten theme is simply missing.
  const themeAssessments = Object.fromEntries(Object.entries(c.themeAssessments).filter(([, text]) => text.trim() !== ''));
  const { carriedForwardReason, ...rest } = c;
  return { ...rest, themeAssessments, ...(carriedForwardReason !== undefined && carriedForwardReason.trim() !== '' ? { carriedForwardReason } : {}) };
}

export async function saveReportDraft(ctx: ServiceContext, actor: Actor, options: SaveReportDraftOptions): Promise<SaveReportDraftResult> {
  const o = parseOptions(saveReportDraftSchema, options);
  const content = parseContent(o.content);
  const { inspection, report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  authorize(actor, 'report.write', target);

  const model = reportModel(ctx, inspection);
  const themeIds = new Set<string>(model.themes.map((t) => t.id));
  const unknown = Object.keys(content.themeAssessments).filter((id) => !themeIds.has(id));
  if (unknown.length > 0) {
    throw invalid(unknown.map((id) => ({ field: `content.themeAssessments.${id}`, message: `Temaet "${id}" findes ikke i kvalitetsmodellen ${model.id}.` })));
  }

  const today = todayInDenmark(ctx.now());
  const saved = await ctx.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id, o.expectedVersion);
    if (!contentEditable(row, today)) {
      const status = statusOf(row);
      throw reportConflict(
        status === 'hearing'
          ? 'Rapporten er i faktuel høring: teksten kan først ændres, når tilbuddet eller plejefamilien har svaret, eller fristen er udløbet.'
          : 'Rapporten kan kun ændres, mens den er en kladde. En afsluttet rapport rettes med "Ret rapporten".',
      );
    }
    const before = contentOf(row);
    if (canonicalJson(before) === canonicalJson(content)) return { row, changed: false };
    const after = await updateReport(tx, row, o.expectedVersion, ctx.now(), { content, authorId: actor.id });
    await recordAudit(tx, actor, { action: 'report.save', entityType: 'report', entityId: row.id, before: auditState(row), after: auditState(after) });
    return { row: after, changed: true };
  });

  const versions = await listVersions(ctx.db, report.id);
  const last = versions.at(-1);
  const built = buildAndCheck(
    ctx,
    await buildReportInput(ctx, ctx.db, inspection, content, { version: { number: (last?.number ?? 0) + 1, supersedes: last?.number ?? null }, reportDate: today }),
  );
  return { reportId: report.id, version: saved.row.version, content, check: built.check, changed: saved.changed };
}
