// Each role's start page is its work list (issue 12): sections of what is theirs to do, each with
// its count and its first rows (the rest is one click away). Every section is one bounded query —
// the first rows with the count of all (a window count) — so the page does not grow with the database.
import { lastWorkingDayBefore } from '../../core/working-days.ts';
import { and, count, desc, eq, gt, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { entityName, withEntity } from '../inspections/inspection-entity.ts';
import { addDays, formatDanishDate, formatDanishDay, todayInDenmark } from '../../core/calendar.ts';
import { calibrationAnswers, calibrationInvitations, calibrationRounds, fosterFamilies, followUps, inspectionCoInspectors, inspections, decisions, providers, qualityReviews, reportDispatches, reports, reportVersions, visits } from '../../storage/schema.ts';
import type { WorkSectionKey } from '../../core/vocabulary.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { startPageAbilities } from '../policies/abilities.ts';

/** One row of a section: what, where to act, and a detail (a date, a status). */
export type WorkRow = { label: string; href: string; detail: string };
export type WorkSection = { key: WorkSectionKey; count: number; rows: WorkRow[]; more: string | null };
export type StartPage = { sections: WorkSection[]; links: ('analytics' | 'users')[] };

export const ROWS_SHOWN = 10;

type Found = { total: number; rows: WorkRow[] };

/** The total of every match, counted before the LIMIT: a section is one query. */
const TOTAL = sql<number>`count(*) over ()`.mapWith(Number);
const found = <R extends { total: number }>(rows: R[], map: (r: R) => WorkRow): Found => ({ total: rows[0]?.total ?? 0, rows: rows.map(map) });

const inspectionPath = (id: string) => `/inspections/${id}`;
const reportPath = (id: string) => `/inspections/${id}/report`;

/** The open inspections the inspector leads or takes part in. */
function mine(actor: Actor): SQL {
  return or(
    eq(inspections.leadInspectorId, actor.id),
    sql`exists (select 1 from ${inspectionCoInspectors} where ${inspectionCoInspectors.inspectionId} = ${inspections.id} and ${inspectionCoInspectors.userId} = ${actor.id})`,
  )!;
}
const open = inArray(inspections.status, ['planned', 'in_progress']);
const lastDecision = sql<string | null>`(${reports.reviewComments} -> -1 ->> 'decision')`;

/** A section: its count and first rows. */
async function section(key: WorkSectionKey, find: () => Promise<Found>, more: string | null = null): Promise<WorkSection> {
  const { total, rows } = await find();
  return { key, count: total, rows, more: total > rows.length ? more : null };
}

const NEXT_STEP: Record<string, string> = {
  none: 'Gennemfør tilsynet og skriv rapporten', draft: 'Færdiggør rapporten', review: 'Rapporten er til kvalitetssikring',
  hearing: 'Rapporten er i høring', final: 'Send den afsluttede rapport', sent: 'Rapporten er sendt',
};

function inspectorSections(ctx: ServiceContext, actor: Actor, today: string): Promise<WorkSection>[] {
  const db = ctx.db;
  const monday = addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
  const myOpen = and(open, mine(actor))!;
  const thisWeek = and(mine(actor), eq(visits.status, 'planned'), gte(visits.plannedOn, monday), lte(visits.plannedOn, addDays(monday, 6)))!;
  return [
    section('my_inspections', async () => found(
      await withEntity(db.select({ id: inspections.id, title: inspections.title, name: entityName, report: reports.status, total: TOTAL }).from(inspections).$dynamic())
        .leftJoin(reports, eq(reports.inspectionId, inspections.id)).where(myOpen).orderBy(inspections.plannedFrom, desc(inspections.updatedAt)).limit(ROWS_SHOWN),
      (r) => ({ label: `${r.name}: ${r.title}`, href: inspectionPath(r.id), detail: NEXT_STEP[r.report ?? 'none']! }),
    )),
    section('visits_this_week', async () => found(
      await withEntity(db.select({ id: inspections.id, name: entityName, on: visits.plannedOn, total: TOTAL }).from(visits).innerJoin(inspections, eq(inspections.id, visits.inspectionId)).$dynamic())
        .where(thisWeek).orderBy(visits.plannedOn).limit(ROWS_SHOWN),
      (r) => ({ label: r.name, href: inspectionPath(r.id), detail: formatDanishDate(r.on) }),
    )),
    section('reports_returned', reportQuery(ctx, and(eq(reports.authorId, actor.id), eq(reports.status, 'draft'), sql`${lastDecision} = 'returned'`)!, (r) => ({ label: r.name, href: reportPath(r.id), detail: 'Sendt tilbage' }))),
    section('hearings_over', reportQuery(ctx, and(or(eq(reports.authorId, actor.id), mine(actor)), eq(reports.status, 'hearing'), or(lte(reports.hearingDeadline, lastWorkingDayBefore(today)), sql`${reports.hearingAnswer} is not null`))!, (r) => ({ label: r.name, href: reportPath(r.id), detail: r.deadline ? `Frist ${formatDanishDate(r.deadline)}` : '' }))),
    section('follow_ups', async () => found(
      await withEntity(db.select({ id: inspections.id, name: entityName, method: followUps.method, marker: followUps.markerId, total: TOTAL }).from(followUps).innerJoin(inspections, eq(inspections.id, followUps.inspectionId)).$dynamic())
        .where(and(mine(actor), open, isNull(followUps.collectedOn))).orderBy(inspections.title).limit(ROWS_SHOWN),
      (r) => ({ label: `${r.name}: ${r.method}`, href: inspectionPath(r.id), detail: `Markør ${r.marker}` }),
    )),
    ...consistencySections(ctx, actor),
  ];
}

/**
 * Issue 13: the open calibration rounds the inspector has not answered in full, and the quality
 * review's feedback on their reports in the last 30 days — two sections read in one query.
 */
function consistencySections(ctx: ServiceContext, actor: Actor): Promise<WorkSection>[] {
  const db = ctx.db;
  const total = sql<number>`count(*) over ()`.mapWith(Number).as('total');
  const unanswered = sql`(select count(*) from ${calibrationAnswers} where ${calibrationAnswers.roundId} = ${calibrationRounds.id} and ${calibrationAnswers.userId} = ${actor.id}) < jsonb_array_length(${calibrationRounds.itemIds})`;
  const rounds = db.select({ kind: sql<string>`'round'`.as('kind'), id: calibrationRounds.id, title: calibrationRounds.title, on: sql<string>`${calibrationRounds.deadline}::text`.as('on'), total }).from(calibrationRounds)
    .innerJoin(calibrationInvitations, and(eq(calibrationInvitations.roundId, calibrationRounds.id), eq(calibrationInvitations.userId, actor.id)))
    .where(and(eq(calibrationRounds.status, 'open'), unanswered)).orderBy(calibrationRounds.deadline).limit(ROWS_SHOWN);
  const feedback = db.select({ kind: sql<string>`'feedback'`.as('kind'), id: qualityReviews.id, title: inspections.title, on: sql<string>`to_char(${qualityReviews.reviewedAt} at time zone 'Europe/Copenhagen', 'YYYY-MM-DD')`.as('on'), total }).from(qualityReviews)
    .innerJoin(reportVersions, eq(reportVersions.id, qualityReviews.versionId)).innerJoin(reports, eq(reports.id, reportVersions.reportId)).innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .where(and(eq(qualityReviews.inspectorId, actor.id), gte(qualityReviews.reviewedAt, new Date(ctx.now().getTime() - 30 * 86_400_000)))).orderBy(desc(qualityReviews.reviewedAt)).limit(ROWS_SHOWN);
  // Run once and shared by both sections (a query builder runs again on every await).
  const rows = unionAll(rounds, feedback).then((all) => all);
  const of = async (kind: string) => (await rows).filter((r) => r.kind === kind);
  return [
    section('calibration_to_answer', async () => found(await of('round'), (r) => ({ label: r.title, href: `/consistency/calibration/${r.id}`, detail: `Frist ${formatDanishDate(r.on)}` })), '/consistency/calibration'),
    section('review_feedback', async () => found(await of('feedback'), (r) => ({ label: r.title, href: '/consistency/quality-review/feedback', detail: `Gennemgået ${formatDanishDate(r.on)}` })), '/consistency/quality-review/feedback'),
  ];
}

/** Reports (with their inspection and entity) matching `where`. */
function reportQuery(ctx: ServiceContext, where: SQL, row: (r: { id: string; name: string; deadline: string | null }) => WorkRow) {
  return async () => found(
    await withEntity(ctx.db.select({ id: inspections.id, name: entityName, deadline: reports.hearingDeadline, total: TOTAL }).from(reports).innerJoin(inspections, eq(inspections.id, reports.inspectionId)).$dynamic())
      .where(where).orderBy(reports.hearingDeadline, desc(reports.updatedAt)).limit(ROWS_SHOWN),
    row,
  );
}

function managerSections(ctx: ServiceContext, actor: Actor, today: string): Promise<WorkSection>[] {
  const db = ctx.db;
  const authority = eq(inspections.authorityId, actor.authorityId ?? '');
  const soon = addDays(today, 30);
  const dueWithin = sql`(${soon}::date)`;
  // The annual inspection: a year after the last completed one (or after registration), per entity.
  const annual = async (kind: 'provider' | 'fosterFamily') => {
    const table = kind === 'provider' ? providers : fosterFamilies;
    const column = kind === 'provider' ? inspections.providerId : inspections.fosterFamilyId;
    const due = sql<string>`(coalesce((select max(${inspections.updatedAt})::date from ${inspections} where ${column} = ${table.id} and ${inspections.status} = 'completed'), ${table.createdAt}::date) + interval '1 year')::date`;
    const rows = await db.select({ id: table.id, name: table.name, due, total: TOTAL }).from(table).where(and(eq(table.authorityId, actor.authorityId ?? ''), sql`${due} <= ${dueWithin}`)).orderBy(due).limit(ROWS_SHOWN);
    return { total: rows[0]?.total ?? 0, rows: rows.map((r) => ({ label: r.name, href: `/${kind === 'provider' ? 'providers' : 'foster-families'}/${r.id}`, detail: `Senest ${formatDanishDate(String(r.due))}`, due: String(r.due) })) };
  };
  const deadlines = and(authority, or(
    and(inArray(decisions.kind, ['injunction', 'enhanced_supervision_with_injunction']), gte(decisions.deadline, today), lte(decisions.deadline, soon)),
    and(inArray(decisions.kind, ['enhanced_supervision', 'enhanced_supervision_with_injunction']), gte(decisions.endsOn, today), lte(decisions.endsOn, soon)),
  ))!;
  return [
    section('reviews_waiting', reportQuery(ctx, and(authority, eq(reports.status, 'review'), sql`coalesce(${lastDecision}, '') <> 'approved'`)!, (r) => ({ label: r.name, href: reportPath(r.id), detail: 'Til kvalitetssikring' }))),
    section('without_lead', async () => found(
      await withEntity(db.select({ id: inspections.id, title: inspections.title, name: entityName, total: TOTAL }).from(inspections).$dynamic())
        .where(and(authority, open, isNull(inspections.leadInspectorId))).orderBy(inspections.createdAt).limit(ROWS_SHOWN),
      (r) => ({ label: `${r.name}: ${r.title}`, href: inspectionPath(r.id), detail: 'Ingen tilsynsførende' }),
    )),
    section('annual_due', async () => {
      const [providersDue, familiesDue] = await Promise.all([annual('provider'), annual('fosterFamily')]);
      const rows = [...providersDue.rows, ...familiesDue.rows].sort((a, b) => a.due.localeCompare(b.due)).slice(0, ROWS_SHOWN).map(({ due: _due, ...row }) => row);
      return { total: providersDue.total + familiesDue.total, rows };
    }),
    section('decision_deadlines', async () => found(
      await withEntity(db.select({ id: inspections.id, name: entityName, deadline: decisions.deadline, endsOn: decisions.endsOn, total: TOTAL }).from(decisions).innerJoin(inspections, eq(inspections.id, decisions.inspectionId)).$dynamic())
        .where(deadlines).orderBy(decisions.deadline).limit(ROWS_SHOWN),
      (r) => ({ label: r.name, href: inspectionPath(r.id), detail: r.deadline && r.deadline <= soon && r.deadline >= today ? `Påbud: frist ${formatDanishDate(r.deadline)}` : `Skærpet tilsyn slutter ${formatDanishDate(r.endsOn ?? '')}` }),
    )),
    section('hearings_past_deadline', reportQuery(ctx, and(authority, eq(reports.status, 'hearing'), lte(reports.hearingDeadline, lastWorkingDayBefore(today)))!, (r) => ({ label: r.name, href: reportPath(r.id), detail: r.deadline ? `Frist ${formatDanishDate(r.deadline)}` : '' }))),
  ];
}

function providerSections(ctx: ServiceContext, actor: Actor, today: string): Promise<WorkSection>[] {
  const party = actor.providerId ? eq(inspections.providerId, actor.providerId) : eq(inspections.fosterFamilyId, actor.fosterFamilyId ?? '00000000-0000-0000-0000-000000000000');
  const since = new Date(ctx.now().getTime() - 30 * 86_400_000);
  return [
    section('hearings_to_answer', reportQuery(ctx, and(party, eq(reports.status, 'hearing'), isNull(reports.hearingAnswer), gt(reports.hearingDeadline, lastWorkingDayBefore(today)))!, (r) => ({ label: r.name, href: `/inspections/${r.id}/report/hearing`, detail: r.deadline ? `Svarfrist ${formatDanishDate(r.deadline)}` : '' }))),
    section('new_reports', async () => found(
      await ctx.db.select({ title: inspections.title, sentAt: reportDispatches.sentAt, total: TOTAL }).from(reportDispatches).innerJoin(reportVersions, eq(reportVersions.id, reportDispatches.versionId)).innerJoin(reports, eq(reports.id, reportVersions.reportId)).innerJoin(inspections, eq(inspections.id, reports.inspectionId))
        .where(and(party, gte(reportDispatches.sentAt, since))).orderBy(desc(reportDispatches.sentAt)).limit(ROWS_SHOWN),
      (r) => ({ label: r.title, href: '/reports', detail: `Sendt ${formatDanishDay(r.sentAt)}` }),
    )),
  ];
}

function municipalitySections(ctx: ServiceContext): Promise<WorkSection>[] {
  const since = new Date(ctx.now().getTime() - 30 * 86_400_000);
  const where = and(eq(reportVersions.audience, 'municipality'), gte(reportDispatches.sentAt, since))!;
  return [section('new_conclusions', async () => ({
    total: (await ctx.db.select({ n: count() }).from(reportDispatches).innerJoin(reportVersions, eq(reportVersions.id, reportDispatches.versionId)).where(where))[0]!.n,
    rows: [],
  }), '/municipality/foster-families')];
}

export async function getStartPage(ctx: ServiceContext, actor: Actor): Promise<StartPage> {
  const today = todayInDenmark(ctx.now());
  const { workList, links } = startPageAbilities(actor);
  const sections = (): Promise<WorkSection>[] => {
    switch (workList) {
      case 'caseWork':
        return inspectorSections(ctx, actor, today);
      case 'review':
        return managerSections(ctx, actor, today);
      case 'party':
        return providerSections(ctx, actor, today);
      case 'municipality':
        return municipalitySections(ctx);
      case 'none':
        return [];
    }
  };
  return { sections: await Promise.all(sections()), links };
}
