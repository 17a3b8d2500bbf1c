// The annual self-evaluation (seed 003): per standard where the institution stands, how far from the
// goal, the gaps, and an action with owner and deadline. The institution writes a draft and submits
// it (every standard answered); the region acknowledges it. The next one is due a year after the
// submission (standards-overview.ts). Each write is one transaction with an audit entry.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { isIsoDate, todayInDenmark } from '../../core/calendar.ts';
import type { StandardsModel } from '../../core/kinds/standards/catalog.ts';
import { selfEvaluationEntries, selfEvaluations } from '../../storage/schema.ts';
import type { Tx } from '../../storage/database.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { conflict, invalid, notFound, type FieldIssue } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import { standardsModelOf } from './get-standards-overview.ts';
import { loadInstitution, type Institution } from './load-institution.ts';

export const ENTRY_FIELDS = ['position', 'distance', 'gaps', 'action', 'actionOwner'] as const;
type EntryField = (typeof ENTRY_FIELDS)[number];
export type SelfEvaluationEntry = Record<EntryField, string> & { standardId: string; actionDeadline: string | null };
export type SelfEvaluation = { id: string; status: 'draft' | 'submitted' | 'acknowledged'; submittedOn: string | null; acknowledgedOn: string | null; entries: SelfEvaluationEntry[] };
export type SelfEvaluationView = { institution: Institution; model: StandardsModel; draft: SelfEvaluation | null; earlier: SelfEvaluation[]; mayWrite: boolean; mayAcknowledge: boolean };


async function evaluationsOf(conn: ServiceContext['db'] | Tx, providerId: string): Promise<SelfEvaluation[]> {
  const rows = await conn.select().from(selfEvaluations).where(eq(selfEvaluations.providerId, providerId)).orderBy(desc(selfEvaluations.createdAt));
  if (rows.length === 0) return [];
  const entries = await conn.select().from(selfEvaluationEntries).where(inArray(selfEvaluationEntries.selfEvaluationId, rows.map((r) => r.id)));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    submittedOn: r.submittedOn,
    acknowledgedOn: r.acknowledgedOn,
    entries: entries.filter((e) => e.selfEvaluationId === r.id).map((e) => ({ standardId: e.standardId, position: e.position, distance: e.distance, gaps: e.gaps, action: e.action, actionOwner: e.actionOwner, actionDeadline: e.actionDeadline })),
  }));
}

export async function getSelfEvaluation(ctx: ServiceContext, actor: Actor, providerId: unknown): Promise<SelfEvaluationView> {
  const { institution, abilities } = await loadInstitution(ctx, actor, providerId);
  requireAbility(abilities.read, 'Du har ikke adgang til institutionens kvalitetsarbejde.');
  const all = await evaluationsOf(ctx.db, institution.providerId);
  return { institution, model: standardsModelOf(ctx.registry), draft: all.find((e) => e.status === 'draft') ?? null, earlier: all.filter((e) => e.status !== 'draft'), mayWrite: abilities.write, mayAcknowledge: abilities.approve };
}

const longText = z.string().trim().max(5000, 'Teksten må højst være 5.000 tegn.').default('');
const entrySchema = z.object({
  position: longText, distance: longText, gaps: longText, action: longText,
  actionOwner: z.string().trim().max(200, 'Den ansvarlige må højst være 200 tegn.').default(''),
  actionDeadline: z.string().trim().refine((v) => v === '' || isIsoDate(v), 'Fristen skal være en gyldig dato (ÅÅÅÅ-MM-DD).').default(''),
});
export const saveSelfEvaluationSchema = z.object({ providerId: z.string(), entries: z.record(z.string(), entrySchema), submit: z.boolean().default(false) });

/** Saves the draft (making one if there is none); `submit` also submits it, when every standard is answered. */
export async function saveSelfEvaluation(ctx: ServiceContext, actor: Actor, input: unknown): Promise<SelfEvaluation> {
  const o = parseOptions(saveSelfEvaluationSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv skriver sin selvevaluering.');
  const model = standardsModelOf(ctx.registry);
  const unknown = Object.keys(o.entries).filter((id) => !model.standards.some((s) => s.id === id));
  if (unknown.length > 0) throw invalid(unknown.map((id) => ({ field: `${id}.position`, message: `Standarden "${id}" findes ikke i modellen.` })));
  if (o.submit) {
    const missing: FieldIssue[] = model.standards.flatMap((s) => (['position', 'distance', 'gaps'] as const).filter((f) => !o.entries[s.id]?.[f]).map((f) => ({ field: `${f}:${s.id}`, message: `${s.title}: ${FIELD_WORDS[f]} skal udfyldes, før selvevalueringen indsendes.` })));
    if (missing.length > 0) throw invalid(missing);
  }
  const today = todayInDenmark(ctx.now());
  return ctx.db.transaction(async (tx) => {
    let [draft] = await tx.select().from(selfEvaluations).where(and(eq(selfEvaluations.providerId, institution.providerId), eq(selfEvaluations.status, 'draft')));
    draft ??= (await tx.insert(selfEvaluations).values({ providerId: institution.providerId, status: 'draft' }).returning())[0]!;
    await tx.delete(selfEvaluationEntries).where(eq(selfEvaluationEntries.selfEvaluationId, draft.id));
    const values = Object.entries(o.entries).map(([standardId, e]) => ({ selfEvaluationId: draft.id, standardId, ...e, actionDeadline: e.actionDeadline === '' ? null : e.actionDeadline }));
    if (values.length > 0) await tx.insert(selfEvaluationEntries).values(values);
    if (o.submit) await tx.update(selfEvaluations).set({ status: 'submitted', submittedOn: today }).where(eq(selfEvaluations.id, draft.id));
    await recordAudit(tx, actor, { action: o.submit ? 'self_evaluation.submit' : 'self_evaluation.save', entityType: 'self_evaluation', entityId: draft.id, before: null, after: { entries: values.length, submittedOn: o.submit ? today : null } });
    return (await evaluationsOf(tx, institution.providerId)).find((e) => e.id === draft.id)!;
  });
}

export const FIELD_WORDS: Record<'position' | 'distance' | 'gaps', string> = { position: 'hvor institutionen står', distance: 'hvor langt der er til målet', gaps: 'manglerne' };

/** The region acknowledges a submitted self-evaluation. */
export async function acknowledgeSelfEvaluation(ctx: ServiceContext, actor: Actor, input: { providerId: unknown; selfEvaluationId: unknown }): Promise<void> {
  const { institution, abilities } = await loadInstitution(ctx, actor, input.providerId);
  requireAbility(abilities.approve, 'Kun regionens kvalitetskonsulent kvitterer for en selvevaluering.');
  const today = todayInDenmark(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const id = typeof input.selfEvaluationId === 'string' && isUuid(input.selfEvaluationId) ? input.selfEvaluationId : null;
    if (id === null) throw notFound('Selvevalueringen');
    const [row] = await tx.update(selfEvaluations).set({ status: 'acknowledged', acknowledgedOn: today, acknowledgedBy: actor.id })
      .where(and(eq(selfEvaluations.providerId, institution.providerId), eq(selfEvaluations.status, 'submitted'), eq(selfEvaluations.id, id))).returning();
    if (!row) throw conflict('Selvevalueringen er ikke indsendt, eller der er allerede kvitteret for den.');
    await recordAudit(tx, actor, { action: 'self_evaluation.acknowledge', entityType: 'self_evaluation', entityId: row.id, before: { status: 'submitted' }, after: { status: 'acknowledged', acknowledgedOn: today } });
  });
}
