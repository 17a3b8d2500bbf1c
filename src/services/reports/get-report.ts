// Opens the report of an inspection: its written content, status, review and hearing, the final
// versions so far, a preview of the document built from the current content, and the report
// checks (what stops it from being finalised, and what the inspector should know). Reading never
// writes: the draft is created by an explicit POST (create-report.ts).
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Phase } from '../../core/assessment/assessment-input.ts';
import type { AssessableModel } from '../../core/model/schema.ts';
import type { ReportCheck } from '../../core/report/check-report.ts';
import type { ReportDocument } from '../../core/report/report-document.ts';
import type { ReportContent } from '../../core/report/report-input.ts';
import { users } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { authorize, can } from '../permissions.ts';
import { notFound } from '../service-error.ts';
import { buildAndCheck, buildReportInput } from './build-report-input.ts';
import { contentEditable, contentOf, findReport, hearingOver, idField, isApproved, listVersions, loadInspectionRow, parseOptions, reviewEntries, statusOf, targetOf, type ReviewEntry } from './report-shared.ts';
import { type ReportStatus } from '../../core/vocabulary.ts';
import { todayInDenmark } from '../../core/calendar.ts';
import type { ReportAudience } from '../../core/vocabulary.ts';

export type GetReportOptions = z.input<typeof schema>;

export type ReportVersionSummary = {
  id: string;
  number: number;
  audience: ReportAudience;
  contentHash: string;
  supersedesId: string | null;
  finalisedAt: Date;
  sentAt: Date | null;
};

export type ReportPermissions = {
  /** Change the written content (a draft, or in hearing once the hearing is over). */
  edit: boolean;
  submit: boolean;
  /** Approve or send back: a colleague or manager who is not the author, while in review. */
  review: boolean;
  sendToHearing: boolean;
  finalise: boolean;
  send: boolean;
  correct: boolean;
};

export type ReportView = {
  inspection: {
    id: string;
    title: string;
    authorityId: string;
    status: string;
    phase: Phase;
    modelId: string;
    modelVersion: string;
  };
  entity: { kind: 'provider' | 'fosterFamily'; id: string; name: string };
  model: AssessableModel;
  report: {
    id: string;
    status: ReportStatus;
    content: ReportContent;
    version: number;
    author: { id: string; displayName: string } | null;
    reviewComments: ReviewEntry[];
    /** In review with an approval in this round. */
    approved: boolean;
    hearing: {
      deadline: string | null;
      answer: string | null;
      answeredAt: Date | null;
      answeredBy: { id: string; displayName: string } | null;
      /** Answered, or the deadline has passed. */
      over: boolean;
    };
    createdAt: Date;
    updatedAt: Date;
  };
  /** Final versions, oldest first. */
  versions: ReportVersionSummary[];
  /** The document as it would be finalised now (next version number, today's date). */
  document: ReportDocument;
  check: ReportCheck;
  today: string;
  permissions: ReportPermissions;
  /** Whether the actor is the report's author (who may not review it). */
  isAuthor: boolean;
};

const schema = z.object({ inspectionId: idField('Tilsynet') });

export async function getReport(ctx: ServiceContext, actor: Actor, options: GetReportOptions): Promise<ReportView> {
  const input = parseOptions(schema, options);
  const inspection = await loadInspectionRow(ctx.db, input.inspectionId);
  const target = targetOf(inspection);
  // Drafts are work in progress: the authority's staff and the auditor read them; provider users
  // see a draft only in hearing (get-hearing-draft.ts).
  authorize(actor, 'inspection.read', target);
  const canWrite = can(actor, 'report.write', target);
  const canReview = can(actor, 'report.review', target);

  const row = await findReport(ctx.db, inspection.id);
  if (!row) throw notFound('Rapporten');

  const versions = await listVersions(ctx.db, row.id);
  const last = versions.at(-1);
  const content = contentOf(row);
  const today = todayInDenmark(ctx.now());
  const built = buildAndCheck(
    ctx,
    await buildReportInput(ctx, ctx.db, inspection, content, { version: { number: (last?.number ?? 0) + 1, supersedes: last?.number ?? null }, reportDate: today }),
  );

  const peopleIds = [row.authorId, row.hearingAnsweredBy].filter((id): id is string => !!id);
  const people = peopleIds.length
    ? new Map((await ctx.db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, peopleIds))).map((u) => [u.id, u.displayName]))
    : new Map<string, string>();
  const person = (id: string | null) => (id ? { id, displayName: people.get(id) ?? '' } : null);

  const status = statusOf(row);
  const approved = isApproved(row);
  const over = hearingOver(row, today);
  const isAuthor = row.authorId === actor.id;
  const entity = inspection.providerId
    ? { kind: 'provider' as const, id: inspection.providerId, name: built.input.entity.name }
    : { kind: 'fosterFamily' as const, id: inspection.fosterFamilyId ?? '', name: built.input.entity.name };

  return {
    inspection: {
      id: inspection.id,
      title: inspection.title,
      authorityId: inspection.authorityId,
      status: inspection.status,
      phase: inspection.phase,
      modelId: inspection.modelId,
      modelVersion: inspection.modelVersion,
    },
    entity,
    model: built.input.model as AssessableModel,
    report: {
      id: row.id,
      status,
      content,
      version: row.version,
      author: person(row.authorId),
      reviewComments: reviewEntries(row),
      approved,
      hearing: {
        deadline: row.hearingDeadline,
        answer: row.hearingAnswer,
        answeredAt: row.hearingAnsweredAt,
        answeredBy: person(row.hearingAnsweredBy),
        over,
      },
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    },
    versions: versions.map((v) => ({ id: v.id, number: v.number, audience: v.audience, contentHash: v.contentHash, supersedesId: v.supersedesId, finalisedAt: v.finalisedAt, sentAt: v.sentAt })),
    document: built.document,
    check: built.check,
    today,
    isAuthor,
    permissions: {
      edit: canWrite && contentEditable(row, today),
      submit: canWrite && status === 'draft',
      review: canReview && status === 'review' && !approved && !isAuthor,
      sendToHearing: canWrite && status === 'review' && approved,
      finalise: canWrite && status === 'hearing' && over,
      send: canWrite && status === 'final',
      correct: canWrite && (status === 'final' || status === 'sent'),
    },
  };
}
