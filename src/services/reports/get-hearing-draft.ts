// The draft in factual hearing, as the provider or foster family reads it: the document built
// from the current content, the deadline and the answer (if given). Provider users read only
// their own report and only while it is in hearing; the authority's staff and the auditor may
// look at what the provider sees.
import { deadlineOnWorkingDay } from '../../core/working-days.ts';
import { reportAbilities } from '../policies/abilities.ts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ReportDocument } from '../../core/report/report-document.ts';
import { users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { forbidden } from '../service-error.ts';
import { buildAndCheck, buildReportInput } from './build-report-input.ts';
import { contentOf, hearingDeadlinePassed, idField, latestVersion, loadReportTarget, parseOptions, statusOf } from './report-shared.ts';
import { todayInDenmark } from '../../core/calendar.ts';

export type GetHearingDraftOptions = z.input<typeof schema>;

export type HearingDraft = {
  inspection: { id: string; title: string };
  entityName: string;
  reportId: string;
  /** reports.version: the answer names it. */
  version: number;
  document: ReportDocument;
  deadline: string | null;
  /** The working day the deadline really ends on (a deadline on a holiday runs on to the next working day). */
  deadlineEnds: string | null;
  answer: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  today: string;
  /** The actor is the provider or foster family, has not answered and the deadline has not passed. */
  canAnswer: boolean;
  abilities: ReturnType<typeof reportAbilities>;
};

const schema = z.object({ inspectionId: idField('Tilsynet') });

export async function getHearingDraft(ctx: ServiceContext, actor: Actor, options: GetHearingDraftOptions): Promise<HearingDraft> {
  const o = parseOptions(schema, options);
  const { inspection, report, target } = await loadReportTarget(ctx.db, o.inspectionId);
  const abilities = reportAbilities(actor, target);
  requireAbility(abilities.readHearingDraft);
  const isParty = abilities.answerHearing;
  if (statusOf(report) !== 'hearing') throw forbidden('Rapporten er ikke i faktuel høring.');

  const today = todayInDenmark(ctx.now());
  const last = await latestVersion(ctx.db, report.id);
  const built = buildAndCheck(
    ctx,
    await buildReportInput(ctx, ctx.db, inspection, contentOf(report), { version: { number: (last?.number ?? 0) + 1, supersedes: last?.number ?? null }, reportDate: today }),
  );
  let answeredBy: string | null = null;
  if (report.hearingAnsweredBy) {
    const [u] = await ctx.db.select({ displayName: users.displayName }).from(users).where(eq(users.id, report.hearingAnsweredBy));
    answeredBy = u?.displayName ?? null;
  }
  return {
    inspection: { id: inspection.id, title: inspection.title },
    entityName: built.input.entity.name,
    reportId: report.id,
    version: report.version,
    document: built.document,
    deadline: report.hearingDeadline,
    deadlineEnds: report.hearingDeadline === null ? null : deadlineOnWorkingDay(report.hearingDeadline),
    answer: report.hearingAnswer,
    answeredAt: report.hearingAnsweredAt,
    answeredBy,
    today,
    canAnswer: isParty && report.hearingAnswer === null && !hearingDeadlinePassed(report, today),
    abilities,
  };
}
