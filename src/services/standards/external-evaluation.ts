// The external evaluation every third year (seed 003). The region plans it and assigns surveyors;
// the assigned surveyors record per standard a finding with a written justification and write the
// report; they send it to the institution as a draft; the institution comments; the surveyors make
// it final; the region follows up on actions. The next one is due three years after the final date
// (standards-overview.ts). What each may do is decided by externalEvaluationAbilities; every write is
// one transaction with an audit entry.
import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { todayInDenmark } from '../../core/calendar.ts';
import type { StandardsModel } from '../../core/kinds/standards/catalog.ts';
import { EVALUATION_FINDINGS, type EvaluationFinding, type ExternalEvaluationStatus } from '../../core/vocabulary.ts';
import { evaluationActions, externalEvaluationFindings, externalEvaluationSurveyors, externalEvaluations, users } from '../../storage/schema.ts';
import type { Tx } from '../../storage/database.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { externalEvaluationAbilities } from '../policies/abilities.ts';
import { conflict, invalid, notFound, type FieldIssue } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import { standardsModelOf } from './get-standards-overview.ts';
import { dateField, requiredField } from '../form-fields.ts';
import { loadInstitution, type Institution } from './load-institution.ts';

export type EvaluationAction = typeof evaluationActions.$inferSelect;
export type ExternalEvaluation = {
  id: string;
  status: ExternalEvaluationStatus;
  plannedOn: string;
  draftOn: string | null;
  commentedOn: string | null;
  finalOn: string | null;
  version: number;
  surveyors: { id: string; name: string }[];
  /** The findings, the report and the institution's comment: only for those who may read them (else empty). */
  findings: { standardId: string; finding: EvaluationFinding; justification: string }[];
  report: string;
  institutionComment: string | null;
  actions: EvaluationAction[];
  abilities: ReturnType<typeof externalEvaluationAbilities>;
};
export type ExternalEvaluationsView = {
  institution: Institution;
  model: StandardsModel;
  evaluations: ExternalEvaluation[];
  /** The region may plan one when none is open; these are the surveyors it can assign. */
  mayPlan: boolean;
  surveyorOptions: { id: string; name: string }[];
};

const OPEN: ExternalEvaluationStatus[] = ['planned', 'in_progress', 'draft'];

async function evaluationsOf(conn: ServiceContext['db'] | Tx, actor: Actor, institution: Institution): Promise<ExternalEvaluation[]> {
  const rows = await conn.select().from(externalEvaluations).where(eq(externalEvaluations.providerId, institution.providerId)).orderBy(desc(externalEvaluations.plannedOn));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [surveyors, findings, actions] = await Promise.all([
    conn.select({ evaluationId: externalEvaluationSurveyors.evaluationId, id: users.id, name: users.displayName }).from(externalEvaluationSurveyors).innerJoin(users, eq(users.id, externalEvaluationSurveyors.userId)).where(inArray(externalEvaluationSurveyors.evaluationId, ids)).orderBy(asc(users.displayName)),
    conn.select().from(externalEvaluationFindings).where(inArray(externalEvaluationFindings.evaluationId, ids)),
    conn.select().from(evaluationActions).where(inArray(evaluationActions.evaluationId, ids)).orderBy(asc(evaluationActions.deadline)),
  ]);
  return rows.map((r) => {
    const assigned = surveyors.filter((s) => s.evaluationId === r.id);
    const abilities = externalEvaluationAbilities(actor, institution, { status: r.status, surveyorIds: assigned.map((s) => s.id), commented: r.institutionComment !== null });
    return {
      id: r.id, status: r.status, plannedOn: r.plannedOn, draftOn: r.draftOn, commentedOn: r.commentedOn, finalOn: r.finalOn, version: r.version,
      surveyors: assigned.map(({ id, name }) => ({ id, name })),
      findings: abilities.read ? findings.filter((f) => f.evaluationId === r.id).map(({ standardId, finding, justification }) => ({ standardId, finding, justification })) : [],
      report: abilities.read ? r.report : '',
      institutionComment: abilities.read ? r.institutionComment : null,
      actions: actions.filter((a) => a.evaluationId === r.id),
      abilities,
    };
  });
}

export async function getExternalEvaluations(ctx: ServiceContext, actor: Actor, providerId: unknown): Promise<ExternalEvaluationsView> {
  const { institution, abilities } = await loadInstitution(ctx, actor, providerId);
  requireAbility(abilities.read, 'Du har ikke adgang til institutionens kvalitetsarbejde.');
  const evaluations = await evaluationsOf(ctx.db, actor, institution);
  // A surveyor sees only the evaluations they are assigned to.
  const visible = actor.role === 'surveyor' ? evaluations.filter((e) => e.surveyors.some((s) => s.id === actor.id)) : evaluations;
  const mayPlan = abilities.approve && !evaluations.some((e) => OPEN.includes(e.status));
  const surveyorOptions = abilities.approve ? await ctx.db.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.role, 'surveyor'), eq(users.active, true))).orderBy(asc(users.displayName)) : [];
  return { institution, model: standardsModelOf(ctx.registry), evaluations: visible, mayPlan, surveyorOptions };
}

/** One evaluation of an institution, with the actor's abilities on it. */
async function loadEvaluation(ctx: ServiceContext, actor: Actor, providerId: unknown, evaluationId: unknown) {
  const { institution, abilities } = await loadInstitution(ctx, actor, providerId);
  requireAbility(abilities.read, 'Du har ikke adgang til institutionens kvalitetsarbejde.');
  const evaluation = isUuid(String(evaluationId)) ? (await evaluationsOf(ctx.db, actor, institution)).find((e) => e.id === evaluationId) : undefined;
  if (!evaluation) throw notFound('Evalueringen');
  return { institution, evaluation };
}

export async function getExternalEvaluation(ctx: ServiceContext, actor: Actor, input: { providerId: unknown; evaluationId: unknown }) {
  const { institution, evaluation } = await loadEvaluation(ctx, actor, input.providerId, input.evaluationId);
  requireAbility(actor.role !== 'surveyor' || evaluation.surveyors.some((s) => s.id === actor.id), 'Du er ikke tilknyttet denne evaluering.');
  return { institution, model: standardsModelOf(ctx.registry), evaluation };
}


export const planExternalEvaluationSchema = z.object({
  providerId: z.string(),
  plannedOn: dateField('Datoen'),
  surveyorIds: z.array(z.string()).min(1, 'Vælg mindst én surveyor.'),
});

export async function planExternalEvaluation(ctx: ServiceContext, actor: Actor, input: unknown): Promise<{ id: string }> {
  const o = parseOptions(planExternalEvaluationSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.approve, 'Kun regionens kvalitetskonsulent planlægger den eksterne evaluering.');
  const ids = [...new Set(o.surveyorIds)];
  const known = ids.every(isUuid) ? await ctx.db.select({ id: users.id }).from(users).where(and(inArray(users.id, ids), eq(users.role, 'surveyor'), eq(users.active, true))) : [];
  if (known.length !== ids.length) throw invalid([{ field: 'surveyorIds', message: 'En af de valgte er ikke en aktiv surveyor.' }]);
  return ctx.db.transaction(async (tx) => {
    const open = await tx.select({ id: externalEvaluations.id }).from(externalEvaluations).where(and(eq(externalEvaluations.providerId, institution.providerId), ne(externalEvaluations.status, 'final')));
    if (open.length > 0) throw conflict('Institutionen har allerede en ekstern evaluering, der ikke er endelig.');
    const [row] = await tx.insert(externalEvaluations).values({ providerId: institution.providerId, status: 'planned', plannedOn: o.plannedOn, createdBy: actor.id }).returning();
    await tx.insert(externalEvaluationSurveyors).values(ids.map((userId) => ({ evaluationId: row!.id, userId })));
    await recordAudit(tx, actor, { action: 'external_evaluation.plan', entityType: 'external_evaluation', entityId: row!.id, before: null, after: { plannedOn: o.plannedOn, surveyors: ids } });
    return { id: row!.id };
  });
}

const findingSchema = z.object({
  finding: z.enum(EVALUATION_FINDINGS, { error: 'Vælg opfyldt, delvist opfyldt eller ikke opfyldt.' }).optional(),
  justification: z.string().trim().max(10_000, 'Begrundelsen må højst være 10.000 tegn.').default(''),
});
export const recordFindingsSchema = z.object({
  providerId: z.string(),
  evaluationId: z.string(),
  version: z.coerce.number().int(),
  findings: z.record(z.string(), findingSchema),
  report: z.string().trim().max(50_000, 'Rapporten må højst være 50.000 tegn.').default(''),
  /** Also send the report to the institution as a draft (every standard found on and justified). */
  send: z.boolean().default(false),
});

export async function recordFindings(ctx: ServiceContext, actor: Actor, input: unknown): Promise<void> {
  const o = parseOptions(recordFindingsSchema, input, (issue) => ({ field: issue.path[0] === 'findings' ? `${String(issue.path[3] ?? 'finding')}:${String(issue.path[1])}` : String(issue.path[0] ?? 'form'), message: issue.message }));
  const { institution, evaluation } = await loadEvaluation(ctx, actor, o.providerId, o.evaluationId);
  requireAbility(evaluation.abilities.record, 'Kun en tilknyttet surveyor registrerer fund, og kun før udkastet er sendt.');
  const model = standardsModelOf(ctx.registry);
  const unknown = Object.keys(o.findings).filter((id) => !model.standards.some((s) => s.id === id));
  if (unknown.length > 0) throw invalid(unknown.map((id) => ({ field: `finding:${id}`, message: `Standarden "${id}" findes ikke i modellen.` })));
  const given = Object.entries(o.findings).flatMap(([standardId, f]) => (f.finding ? [{ standardId, finding: f.finding, justification: f.justification }] : []));
  const withoutFinding = Object.entries(o.findings).filter(([, f]) => !f.finding && f.justification !== '');
  if (withoutFinding.length > 0) throw invalid(withoutFinding.map(([id]) => ({ field: `finding:${id}`, message: `${model.standards.find((s) => s.id === id)!.title}: vælg et fund til begrundelsen.` })));
  if (o.send) {
    const missing: FieldIssue[] = model.standards.flatMap((s) => {
      const f = given.find((g) => g.standardId === s.id);
      if (!f) return [{ field: `finding:${s.id}`, message: `${s.title}: vælg et fund, før udkastet sendes.` }];
      return f.justification === '' ? [{ field: `justification:${s.id}`, message: `${s.title}: skriv en begrundelse, før udkastet sendes.` }] : [];
    });
    if (o.report === '') missing.push({ field: 'report', message: 'Skriv evalueringsrapporten, før udkastet sendes.' });
    if (missing.length > 0) throw invalid(missing);
  }
  const today = todayInDenmark(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const e = externalEvaluations;
    const [updated] = await tx.update(e)
      .set({ report: o.report, version: evaluation.version + 1, status: o.send ? 'draft' : 'in_progress', draftOn: o.send ? today : null })
      .where(and(eq(e.id, evaluation.id), eq(e.version, o.version), inArray(e.status, ['planned', 'in_progress']))).returning({ id: e.id });
    if (!updated) throw conflict('Evalueringen er ændret af en anden i mellemtiden. Hent siden igen.');
    await tx.delete(externalEvaluationFindings).where(eq(externalEvaluationFindings.evaluationId, evaluation.id));
    if (given.length > 0) await tx.insert(externalEvaluationFindings).values(given.map((g) => ({ evaluationId: evaluation.id, ...g })));
    await recordAudit(tx, actor, { action: o.send ? 'external_evaluation.send_draft' : 'external_evaluation.record', entityType: 'external_evaluation', entityId: evaluation.id, before: { findings: evaluation.findings.map((f) => [f.standardId, f.finding]) }, after: { findings: given.map((g) => [g.standardId, g.finding]), institution: institution.providerId } });
  });
}

export const commentOnDraftSchema = z.object({
  providerId: z.string(),
  evaluationId: z.string(),
  /** Empty: the institution has no comments. */
  comment: z.string().trim().max(20_000, 'Bemærkningerne må højst være 20.000 tegn.').default(''),
});

export async function commentOnDraft(ctx: ServiceContext, actor: Actor, input: unknown): Promise<void> {
  const o = parseOptions(commentOnDraftSchema, input);
  const { evaluation } = await loadEvaluation(ctx, actor, o.providerId, o.evaluationId);
  requireAbility(evaluation.abilities.comment, 'Kun institutionen selv kommenterer udkastet, og kun én gang.');
  const today = todayInDenmark(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const e = externalEvaluations;
    const [row] = await tx.update(e).set({ institutionComment: o.comment, commentedOn: today, version: evaluation.version + 1 })
      .where(and(eq(e.id, evaluation.id), eq(e.status, 'draft'), eq(e.version, evaluation.version))).returning({ id: e.id });
    if (!row) throw conflict('Udkastet er allerede kommenteret eller ændret.');
    await recordAudit(tx, actor, { action: 'external_evaluation.comment', entityType: 'external_evaluation', entityId: evaluation.id, before: null, after: { commentedOn: today, comment: o.comment === '' ? 'ingen bemærkninger' : 'bemærkninger' } });
  });
}

export async function finaliseEvaluation(ctx: ServiceContext, actor: Actor, input: { providerId: unknown; evaluationId: unknown }): Promise<void> {
  const { evaluation } = await loadEvaluation(ctx, actor, input.providerId, input.evaluationId);
  requireAbility(evaluation.abilities.finalise, 'Evalueringen gøres endelig af en tilknyttet surveyor, når institutionen har kommenteret udkastet.');
  const today = todayInDenmark(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const e = externalEvaluations;
    const [row] = await tx.update(e).set({ status: 'final', finalOn: today, version: evaluation.version + 1 })
      .where(and(eq(e.id, evaluation.id), eq(e.status, 'draft'), eq(e.version, evaluation.version))).returning({ id: e.id });
    if (!row) throw conflict('Evalueringen er ændret af en anden i mellemtiden. Hent siden igen.');
    await recordAudit(tx, actor, { action: 'external_evaluation.finalise', entityType: 'external_evaluation', entityId: evaluation.id, before: { status: 'draft' }, after: { status: 'final', finalOn: today } });
  });
}

export const addEvaluationActionSchema = z.object({
  providerId: z.string(),
  evaluationId: z.string(),
  standardId: z.string({ error: 'Vælg standarden.' }).min(1, 'Vælg standarden.'),
  action: requiredField('Handlingen', 2000),
  owner: requiredField('Den ansvarlige', 200),
  deadline: dateField('Fristen'),
});

export async function addEvaluationAction(ctx: ServiceContext, actor: Actor, input: unknown): Promise<EvaluationAction> {
  const o = parseOptions(addEvaluationActionSchema, input);
  const { evaluation } = await loadEvaluation(ctx, actor, o.providerId, o.evaluationId);
  requireAbility(evaluation.abilities.followUp, 'Regionen følger op på handlinger, når evalueringen er endelig.');
  if (!standardsModelOf(ctx.registry).standards.some((s) => s.id === o.standardId)) throw invalid([{ field: 'standardId', message: 'Vælg en standard fra modellen.' }]);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(evaluationActions).values({ evaluationId: evaluation.id, standardId: o.standardId, action: o.action, owner: o.owner, deadline: o.deadline, createdBy: actor.id }).returning();
    await recordAudit(tx, actor, { action: 'external_evaluation.add_action', entityType: 'external_evaluation', entityId: evaluation.id, before: null, after: { standardId: o.standardId, owner: o.owner, deadline: o.deadline } });
    return row!;
  });
}

export async function completeEvaluationAction(ctx: ServiceContext, actor: Actor, input: { providerId: unknown; evaluationId: unknown; actionId: unknown }): Promise<void> {
  const { evaluation } = await loadEvaluation(ctx, actor, input.providerId, input.evaluationId);
  requireAbility(evaluation.abilities.followUp, 'Regionen følger op på handlinger, når evalueringen er endelig.');
  const action = evaluation.actions.find((a) => a.id === input.actionId);
  if (!action) throw notFound('Handlingen');
  const today = todayInDenmark(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(evaluationActions).set({ doneOn: today }).where(and(eq(evaluationActions.id, action.id), isNull(evaluationActions.doneOn))).returning({ doneOn: evaluationActions.doneOn });
    if (!row) throw conflict('Handlingen er allerede markeret som gennemført.');
    await recordAudit(tx, actor, { action: 'external_evaluation.complete_action', entityType: 'external_evaluation', entityId: evaluation.id, before: { action: action.id, doneOn: null }, after: { action: action.id, doneOn: today } });
  });
}
