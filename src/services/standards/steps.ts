// The steps of a standard with their evidence (seed 003). Step 1: the guiding documents (vejledninger,
// instrukser) that say how the institution lives up to the standard; step 2: how they are known and
// used (briefings held, staff asked); later steps as the catalog defines them, with the same kind of
// evidence. The institution sets a step's status; a step is fulfilled only with its evidence and
// after the step before it. Each write is one transaction with an audit entry.
import { and, asc, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import { stepProblems } from '../../core/kinds/standards/step-rules.ts';
import { z } from 'zod';
import { checkedFileType, fileSchema } from '../uploaded-file.ts';
import type { StandardsModel } from '../../core/kinds/standards/catalog.ts';
import { GUIDING_DOCUMENT_KINDS, STEP_EVIDENCE_KINDS, STEP_STATUSES, type StepStatus } from '../../core/vocabulary.ts';
import { guidingDocuments, providers, standardSteps, stepEvidence } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { regionExampleAbilities } from '../policies/abilities.ts';
import { invalid, notFound } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import { standardsModelOf } from './get-standards-overview.ts';
import { dateField, requiredField } from '../form-fields.ts';
import { loadInstitution, type Institution } from './load-institution.ts';

/** A guiding document without its file's bytes (those are read one at a time, by download). */
export type GuidingDocument = Omit<typeof guidingDocuments.$inferSelect, 'fileData'>;
export type StepEvidence = typeof stepEvidence.$inferSelect;
export type StepsView = {
  institution: Institution;
  model: StandardsModel;
  statuses: { standardId: string; step: number; status: StepStatus }[];
  documents: GuidingDocument[];
  evidence: StepEvidence[];
  mayWrite: boolean;
};

const { fileData: _bytes, ...documentColumns } = getTableColumns(guidingDocuments);

export async function getSteps(ctx: ServiceContext, actor: Actor, providerId: unknown): Promise<StepsView> {
  const { institution, abilities } = await loadInstitution(ctx, actor, providerId);
  requireAbility(abilities.read, 'Du har ikke adgang til institutionens kvalitetsarbejde.');
  const id = institution.providerId;
  const [statuses, documents, evidence] = await Promise.all([
    ctx.db.select({ standardId: standardSteps.standardId, step: standardSteps.step, status: standardSteps.status }).from(standardSteps).where(eq(standardSteps.providerId, id)),
    ctx.db.select(documentColumns).from(guidingDocuments).where(eq(guidingDocuments.providerId, id)).orderBy(asc(guidingDocuments.title)),
    ctx.db.select().from(stepEvidence).where(eq(stepEvidence.providerId, id)).orderBy(asc(stepEvidence.heldOn)),
  ]);
  return { institution, model: standardsModelOf(ctx.registry), statuses, documents, evidence, mayWrite: abilities.write };
}


function requireStandard(model: StandardsModel, standardId: string) {
  const standard = model.standards.find((s) => s.id === standardId);
  if (!standard) throw invalid([{ field: 'standardId', message: `Standarden "${standardId}" findes ikke i modellen.` }]);
  return standard;
}

export const setStepStatusesSchema = z.object({
  providerId: z.string(),
  standardId: z.string(),
  /** Step number → status; steps not named keep theirs. */
  statuses: z.record(z.string(), z.enum(STEP_STATUSES, { error: 'Vælg ikke påbegyndt, i gang eller opfyldt.' })),
});

/** Sets the steps of one standard together, so "step 1 and 2 fulfilled" is one change checked as a whole. */
export async function setStepStatuses(ctx: ServiceContext, actor: Actor, input: unknown): Promise<void> {
  const o = parseOptions(setStepStatusesSchema, input, (issue) => ({ field: `step-${String(issue.path[1] ?? '')}`, message: issue.message }));
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv angiver, hvor langt den er med trinnene.');
  const model = standardsModelOf(ctx.registry);
  const standard = requireStandard(model, o.standardId);
  const numbers = model.steps.map((s) => s.number);
  const unknownStep = Object.keys(o.statuses).find((k) => !numbers.includes(Number(k)));
  if (unknownStep !== undefined) throw invalid([{ field: `step-${unknownStep}`, message: `Trin ${unknownStep} findes ikke i modellen.` }]);
  const where = (t: typeof standardSteps | typeof guidingDocuments | typeof stepEvidence) => and(eq(t.providerId, institution.providerId), eq(t.standardId, o.standardId));
  await ctx.db.transaction(async (tx) => {
    const [before, documents, evidence] = await Promise.all([
      tx.select({ step: standardSteps.step, status: standardSteps.status }).from(standardSteps).where(where(standardSteps)),
      tx.select({ n: sql<number>`count(*)::int` }).from(guidingDocuments).where(where(guidingDocuments)),
      tx.select({ step: stepEvidence.step, n: sql<number>`count(*)::int` }).from(stepEvidence).where(where(stepEvidence)).groupBy(stepEvidence.step),
    ]);
    const statuses = new Map<number, StepStatus>(before.map((s) => [s.step, s.status]));
    for (const [step, status] of Object.entries(o.statuses)) statuses.set(Number(step), status);
    const counts = new Map<number, number>([[1, documents[0]?.n ?? 0], ...evidence.map((e): [number, number] => [e.step, e.n])]);
    const problems = stepProblems(numbers, statuses, counts);
    if (problems.length > 0) {
      throw invalid(problems.map((p) => ({
        field: `step-${p.step}`,
        message: p.problem === 'previous_not_fulfilled'
          ? `${standard.title}: trin ${p.previous} skal være opfyldt, før trin ${p.step} kan være det.`
          : p.step === 1 ? `${standard.title}: registrér mindst ét retningsgivende dokument, før trin 1 er opfyldt.` : `${standard.title}: registrér, hvordan dokumenterne er kendt og anvendt, før trin ${p.step} er opfyldt.`,
      })));
    }
    const changed = Object.entries(o.statuses).map(([step, status]) => ({ step: Number(step), status })).filter((c) => before.find((b) => b.step === c.step)?.status !== c.status);
    if (changed.length === 0) return;
    for (const c of changed) {
      await tx.insert(standardSteps).values({ providerId: institution.providerId, standardId: o.standardId, step: c.step, status: c.status, updatedBy: actor.id, updatedAt: ctx.now() })
        .onConflictDoUpdate({ target: [standardSteps.providerId, standardSteps.standardId, standardSteps.step], set: { status: c.status, updatedBy: actor.id, updatedAt: ctx.now() } });
    }
    await recordAudit(tx, actor, { action: 'standard_steps.set', entityType: 'provider', entityId: institution.providerId, before: { standardId: o.standardId, steps: Object.fromEntries(changed.map((c) => [c.step, before.find((b) => b.step === c.step)?.status ?? 'not_started'])) }, after: { standardId: o.standardId, steps: Object.fromEntries(changed.map((c) => [c.step, c.status])) } });
  });
}

export const addGuidingDocumentSchema = z.object({
  providerId: z.string(),
  standardId: z.string(),
  title: requiredField('Titlen', 300),
  kind: z.enum(GUIDING_DOCUMENT_KINDS, { error: 'Vælg vejledning eller instruks.' }),
  link: z.string().trim().max(2000, 'Linket må højst være 2.000 tegn.').default(''),
  file: fileSchema.optional(),
  owner: requiredField('Den ansvarlige', 200),
  reviewOn: dateField('Revisionsdatoen'),
  sharedAsExample: z.boolean().default(false),
});

function checkLink(link: string): string | null {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'Linket skal begynde med https:// eller http://.';
  } catch {
    return 'Linket skal være en fuld adresse, fx https://intranet.example/vejledning.';
  }
}

export async function addGuidingDocument(ctx: ServiceContext, actor: Actor, input: unknown): Promise<GuidingDocument> {
  const o = parseOptions(addGuidingDocumentSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv registrerer sine retningsgivende dokumenter.');
  requireStandard(standardsModelOf(ctx.registry), o.standardId);
  const file = o.file && o.file.data.length > 0 ? o.file : undefined;
  if (!file && o.link === '') throw invalid([{ field: 'file', message: 'Vælg en fil eller skriv et link til dokumentet.' }]);
  if (file && o.link !== '') throw invalid([{ field: 'link', message: 'Vælg enten en fil eller et link, ikke begge.' }]);
  const type = file ? checkedFileType(file) : null;
  const linkError = o.link === '' ? null : checkLink(o.link);
  if (linkError) throw invalid([{ field: 'link', message: linkError }]);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(guidingDocuments).values({
      providerId: institution.providerId, standardId: o.standardId, title: o.title, kind: o.kind,
      link: file ? null : o.link, fileName: file?.name ?? null, fileType: type, fileData: file?.data ?? null,
      owner: o.owner, reviewOn: o.reviewOn, sharedAsExample: o.sharedAsExample, createdBy: actor.id,
    }).returning(documentColumns);
    await recordAudit(tx, actor, { action: 'guiding_document.add', entityType: 'guiding_document', entityId: row!.id, before: null, after: { standardId: o.standardId, title: o.title, kind: o.kind, file: file?.name ?? null, link: file ? null : o.link, reviewOn: o.reviewOn, sharedAsExample: o.sharedAsExample } });
    return row!;
  });
}

/** A guiding document's file: for whoever may read the institution's work, or — if shared as an example — the region's other institutions. */
export async function getGuidingDocumentFile(ctx: ServiceContext, actor: Actor, documentId: unknown): Promise<{ name: string; type: string; data: Uint8Array }> {
  if (typeof documentId !== 'string' || !isUuid(documentId)) throw notFound('Dokumentet');
  const [row] = await ctx.db.select({ providerId: guidingDocuments.providerId, shared: guidingDocuments.sharedAsExample, name: guidingDocuments.fileName, type: guidingDocuments.fileType, data: guidingDocuments.fileData, regionId: providers.regionId })
    .from(guidingDocuments).innerJoin(providers, eq(providers.id, guidingDocuments.providerId)).where(eq(guidingDocuments.id, documentId));
  if (!row || row.data === null || row.name === null || row.type === null) throw notFound('Dokumentet');
  const asExample = row.shared && regionExampleAbilities(actor, row.regionId).read;
  if (!asExample) {
    const { abilities } = await loadInstitution(ctx, actor, row.providerId);
    requireAbility(abilities.read, 'Du har ikke adgang til dokumentet.');
  }
  return { name: row.name, type: row.type, data: row.data };
}

export type GuidingExample = GuidingDocument & { institution: string };

/** The guiding documents the region's institutions share as examples (not the actor's own). */
export async function listGuidingExamples(ctx: ServiceContext, actor: Actor): Promise<{ model: StandardsModel; examples: GuidingExample[] }> {
  requireAbility(regionExampleAbilities(actor, actor.regionId).read, 'Eksemplerne deles mellem regionens institutioner.');
  const examples = await ctx.db.select({ ...documentColumns, institution: providers.name }).from(guidingDocuments)
    .innerJoin(providers, eq(providers.id, guidingDocuments.providerId))
    .where(and(eq(guidingDocuments.sharedAsExample, true), eq(providers.regionId, actor.regionId ?? ''), ne(providers.id, actor.providerId ?? '00000000-0000-0000-0000-000000000000')))
    .orderBy(asc(guidingDocuments.standardId), asc(guidingDocuments.title));
  return { model: standardsModelOf(ctx.registry), examples };
}

export const addStepEvidenceSchema = z.object({
  providerId: z.string(),
  standardId: z.string(),
  step: z.coerce.number({ error: 'Trinnet skal være et tal.' }).int().min(2, 'Dokumentation af brug hører til trin 2 og senere.'),
  kind: z.enum(STEP_EVIDENCE_KINDS, { error: 'Vælg, hvad der er gjort.' }),
  heldOn: dateField('Datoen'),
  description: requiredField('Beskrivelsen', 2000),
});

export async function addStepEvidence(ctx: ServiceContext, actor: Actor, input: unknown): Promise<StepEvidence> {
  const o = parseOptions(addStepEvidenceSchema, input);
  const { institution, abilities } = await loadInstitution(ctx, actor, o.providerId);
  requireAbility(abilities.write, 'Kun institutionen selv dokumenterer sine trin.');
  const model = standardsModelOf(ctx.registry);
  requireStandard(model, o.standardId);
  if (!model.steps.some((s) => s.number === o.step)) throw invalid([{ field: 'step', message: `Trin ${o.step} findes ikke i modellen.` }]);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(stepEvidence).values({ providerId: institution.providerId, standardId: o.standardId, step: o.step, kind: o.kind, heldOn: o.heldOn, description: o.description, createdBy: actor.id }).returning();
    await recordAudit(tx, actor, { action: 'step_evidence.add', entityType: 'step_evidence', entityId: row!.id, before: null, after: { standardId: o.standardId, step: o.step, kind: o.kind, heldOn: o.heldOn } });
    return row!;
  });
}
