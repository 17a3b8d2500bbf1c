// The work list of the regions' model (seed 003): for the institutions the actor may see — one, or a
// region's — what is due: the next self- and external evaluation, guiding documents to review,
// actions with deadlines, a draft report waiting for the institution's comments, and what waits for
// the region (descriptions to approve, self-evaluations to acknowledge). Overdue first (work-list.ts).
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { addDays, todayInDenmark } from '../../core/calendar.ts';
import { evaluationItems, LOOK_AHEAD_DAYS, workList, type WorkItem } from '../../core/kinds/standards/work-list.ts';
import { evaluationActions, externalEvaluations, guidingDocuments, localDescriptions, selfEvaluationEntries, selfEvaluations } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { getStandardsOverview, standardsModelOf, type InstitutionOverview } from './get-standards-overview.ts';

export type WorkListView = { at: string; overview: InstitutionOverview[]; items: WorkItem[] };

export async function getWorkList(ctx: ServiceContext, actor: Actor, input: { providerId?: string; at?: string } = {}): Promise<WorkListView> {
  const at = input.at ?? todayInDenmark(ctx.now());
  const overview = await getStandardsOverview(ctx, actor, { at, providerId: input.providerId });
  if (overview.length === 0) return { at, overview, items: [] };
  const ids = overview.map((o) => o.institution.id);
  const institution = new Map(overview.map((o) => [o.institution.id, { id: o.institution.id, name: o.institution.name }]));
  const horizon = addDays(at, LOOK_AHEAD_DAYS);
  const [documents, actions, drafts, descriptions, submitted, selfActions] = await Promise.all([
    ctx.db.select({ providerId: guidingDocuments.providerId, title: guidingDocuments.title, due: guidingDocuments.reviewOn }).from(guidingDocuments).where(inArray(guidingDocuments.providerId, ids)),
    ctx.db.select({ providerId: externalEvaluations.providerId, action: evaluationActions.action, due: evaluationActions.deadline }).from(evaluationActions)
      .innerJoin(externalEvaluations, eq(externalEvaluations.id, evaluationActions.evaluationId)).where(and(inArray(externalEvaluations.providerId, ids), isNull(evaluationActions.doneOn))),
    ctx.db.select({ providerId: externalEvaluations.providerId, draftOn: externalEvaluations.draftOn }).from(externalEvaluations)
      .where(and(inArray(externalEvaluations.providerId, ids), eq(externalEvaluations.status, 'draft'), isNull(externalEvaluations.institutionComment))),
    ctx.db.select({ providerId: localDescriptions.providerId, standardId: localDescriptions.standardId }).from(localDescriptions).where(and(inArray(localDescriptions.providerId, ids), eq(localDescriptions.status, 'draft'))),
    ctx.db.select({ providerId: selfEvaluations.providerId, submittedOn: selfEvaluations.submittedOn }).from(selfEvaluations).where(and(inArray(selfEvaluations.providerId, ids), eq(selfEvaluations.status, 'submitted'))),
    // Actions from each institution's latest submitted self-evaluation that are still ahead.
    ctx.db.selectDistinctOn([selfEvaluations.providerId, selfEvaluationEntries.standardId], { providerId: selfEvaluations.providerId, action: selfEvaluationEntries.action, due: selfEvaluationEntries.actionDeadline })
      .from(selfEvaluations).innerJoin(selfEvaluationEntries, eq(selfEvaluationEntries.selfEvaluationId, selfEvaluations.id))
      .where(and(inArray(selfEvaluations.providerId, ids), isNotNull(selfEvaluations.submittedOn)))
      .orderBy(selfEvaluations.providerId, selfEvaluationEntries.standardId, desc(selfEvaluations.submittedOn)),
  ]);
  const of = (providerId: string) => institution.get(providerId)!;
  const standards = standardsModelOf(ctx.registry).standards;
  const standardTitle = (id: string) => standards.find((s) => s.id === id)?.title ?? id;
  const items: Omit<WorkItem, 'overdue'>[] = [
    ...overview.flatMap((o) => evaluationItems(o.institution, o.standards, at)),
    ...documents.map((d) => ({ institution: of(d.providerId), kind: 'document_review' as const, subject: d.title, due: d.due })),
    ...actions.map((a) => ({ institution: of(a.providerId), kind: 'evaluation_action' as const, subject: a.action, due: a.due })),
    ...selfActions.filter((a) => a.action !== '' && a.due !== null && a.due >= at && a.due <= horizon).map((a) => ({ institution: of(a.providerId), kind: 'self_evaluation_action' as const, subject: a.action, due: a.due })),
    ...drafts.map((d) => ({ institution: of(d.providerId), kind: 'draft_comment' as const, subject: '', due: null })),
    ...descriptions.map((d) => ({ institution: of(d.providerId), kind: 'description_approval' as const, subject: standardTitle(d.standardId), due: null })),
    ...submitted.map((s) => ({ institution: of(s.providerId), kind: 'self_evaluation_acknowledgement' as const, subject: '', due: null })),
  ];
  return { at, overview, items: workList(items, at) };
}
