// New catalog versions, for every model kind: the administrator uploads a version (validated by the
// catalog schema, a new version number of a model that exists, of the same kind), reviews its diff
// against the version in force, and activates it from a date. Work that recorded its version keeps
// it (registry.used); new work uses the version in force. Active uploads are loaded at start.
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isIsoDate, todayInDenmark } from '../../core/calendar.ts';
import { catalogDiff, type CatalogChange } from '../../core/model/catalog-diff.ts';
import { formatCatalogError, parseCatalog } from '../../core/model/parse-catalog.ts';
import type { Model } from '../../core/model/schema.ts';
import type { CatalogVersionEntry } from '../../catalog/model-registry.ts';
import { catalogVersions, modelVersions } from '../../storage/schema.ts';
import { userIdOf, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { catalogAbilities } from '../policies/abilities.ts';
import { conflict, invalid, notFound } from '../service-error.ts';
import { isUuid, parseOptions } from '../service-options.ts';
import { modelContentHash } from './record-model-versions.ts';

/** Problems listed in the error; more are counted. */
const MAX_LISTED = 20;

export type CatalogVersionsView = { model: Model; versions: CatalogVersionEntry[]; pending: { id: string; version: string; activeFrom: string; fileName: string }[]; mayUpload: boolean };

function modelOf(ctx: ServiceContext, modelId: unknown): Model {
  const model = typeof modelId === 'string' ? ctx.registry.get(modelId) : undefined;
  if (!model) throw notFound('Modellen');
  return model;
}

export async function listCatalogVersions(ctx: ServiceContext, actor: Actor, modelId: unknown): Promise<CatalogVersionsView> {
  requireAbility(catalogAbilities(actor).read, 'Du har ikke adgang til modellerne.');
  const model = modelOf(ctx, modelId);
  const mayUpload = catalogAbilities(actor).upload;
  const pending = mayUpload
    ? await ctx.db.select({ id: catalogVersions.id, version: catalogVersions.version, activeFrom: catalogVersions.activeFrom, fileName: catalogVersions.fileName })
      .from(catalogVersions).where(and(eq(catalogVersions.modelId, model.id), eq(catalogVersions.status, 'pending'))).orderBy(desc(catalogVersions.uploadedAt))
    : [];
  return { model, versions: ctx.registry.versions(model.id), pending, mayUpload };
}

export const uploadCatalogVersionSchema = z.object({
  modelId: z.string(),
  fileName: z.string({ error: 'Vælg en katalogfil (YAML).' }).trim().min(1, 'Vælg en katalogfil (YAML).').max(200),
  source: z.string({ error: 'Vælg en katalogfil (YAML).' }).min(1, 'Filen er tom.').max(900_000, 'Filen må højst fylde 900 kB.'),
  activeFrom: z.string({ error: 'Datoen skal udfyldes.' }).refine(isIsoDate, 'Datoen skal være en gyldig dato (ÅÅÅÅ-MM-DD).'),
});

/** Validates the upload and keeps it pending, for the administrator to review its diff. */
export async function uploadCatalogVersion(ctx: ServiceContext, actor: Actor, input: unknown): Promise<{ id: string }> {
  const o = parseOptions(uploadCatalogVersionSchema, input, (issue) => ({ field: issue.path[0] === 'activeFrom' ? 'activeFrom' : 'file', message: issue.message }));
  requireAbility(catalogAbilities(actor).upload, 'Kun administratoren indlæser nye katalogversioner.');
  const current = modelOf(ctx, o.modelId);
  const parsed = parseCatalog(o.fileName, o.source);
  if (!parsed.ok) {
    const listed = parsed.errors.slice(0, MAX_LISTED).map(formatCatalogError).join('; ');
    const more = parsed.errors.length > MAX_LISTED ? ` (og ${parsed.errors.length - MAX_LISTED} fejl mere)` : '';
    throw invalid([{ field: 'file', message: `Kataloget er ikke gyldigt: ${listed}${more}.` }]);
  }
  const model = parsed.model;
  if (model.id !== current.id) throw invalid([{ field: 'file', message: `Filen er kataloget for "${model.id}", ikke for "${current.id}".` }]);
  if (model.kind !== current.kind) throw invalid([{ field: 'file', message: `Kataloget har en anden art (${model.kind}) end modellen (${current.kind}).` }]);
  if (ctx.registry.versions(model.id).some((v) => v.model.version === model.version)) throw invalid([{ field: 'file', message: `Version ${model.version} findes allerede; giv kataloget et nyt versionsnummer.` }]);
  if (o.activeFrom < todayInDenmark(ctx.now())) throw invalid([{ field: 'activeFrom', message: 'En ny version kan tidligst gælde fra i dag.' }]);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(catalogVersions).where(and(eq(catalogVersions.modelId, model.id), eq(catalogVersions.version, model.version)));
    if (existing?.status === 'active') throw conflict(`Version ${model.version} er allerede aktiveret.`);
    if (existing) await tx.delete(catalogVersions).where(eq(catalogVersions.id, existing.id));
    const [row] = await tx.insert(catalogVersions).values({ modelId: model.id, version: model.version, source: o.source, fileName: o.fileName, activeFrom: o.activeFrom, status: 'pending', uploadedBy: userIdOf(actor) }).returning({ id: catalogVersions.id });
    await recordAudit(tx, actor, { action: 'catalog_version.upload', entityType: 'catalog_version', entityId: row!.id, before: null, after: { modelId: model.id, version: model.version, activeFrom: o.activeFrom, fileName: o.fileName } });
    return row!;
  });
}

export type PendingCatalogVersion = { id: string; model: Model; current: Model; activeFrom: string; fileName: string; changes: CatalogChange[] };

async function pendingRow(ctx: ServiceContext, modelId: unknown, id: unknown) {
  if (typeof id !== 'string' || !isUuid(id)) throw notFound('Katalogversionen');
  const [row] = await ctx.db.select().from(catalogVersions).where(and(eq(catalogVersions.id, id), eq(catalogVersions.modelId, String(modelId)), eq(catalogVersions.status, 'pending')));
  if (!row) throw notFound('Katalogversionen');
  const parsed = parseCatalog(row.fileName, row.source);
  if (!parsed.ok) throw conflict('Den indlæste version kan ikke længere læses; indlæs den igen.');
  return { row, model: parsed.model };
}

/** A pending upload with what changes against the version in force. */
export async function getPendingCatalogVersion(ctx: ServiceContext, actor: Actor, input: { modelId: unknown; id: unknown }): Promise<PendingCatalogVersion> {
  requireAbility(catalogAbilities(actor).upload, 'Kun administratoren indlæser nye katalogversioner.');
  const current = modelOf(ctx, input.modelId);
  const { row, model } = await pendingRow(ctx, input.modelId, input.id);
  return { id: row.id, model, current, activeFrom: row.activeFrom, fileName: row.fileName, changes: catalogDiff(current, model) };
}

export async function activateCatalogVersion(ctx: ServiceContext, actor: Actor, input: { modelId: unknown; id: unknown }): Promise<Model> {
  requireAbility(catalogAbilities(actor).upload, 'Kun administratoren indlæser nye katalogversioner.');
  modelOf(ctx, input.modelId);
  const { row, model } = await pendingRow(ctx, input.modelId, input.id);
  await ctx.db.transaction(async (tx) => {
    const [done] = await tx.update(catalogVersions).set({ status: 'active', activatedAt: ctx.now() }).where(and(eq(catalogVersions.id, row.id), eq(catalogVersions.status, 'pending'))).returning({ id: catalogVersions.id });
    if (!done) throw conflict('Versionen er allerede aktiveret.');
    await tx.insert(modelVersions).values({ modelId: model.id, version: model.version, contentHash: modelContentHash(model) }).onConflictDoNothing();
    await recordAudit(tx, actor, { action: 'catalog_version.activate', entityType: 'catalog_version', entityId: row.id, before: { status: 'pending' }, after: { modelId: model.id, version: model.version, activeFrom: row.activeFrom } });
  });
  ctx.registry.add(model, row.activeFrom);
  return model;
}

/** At start: the activated uploads join the registry (a catalog that no longer parses stops the start, naming it). */
export async function loadUploadedCatalogs(ctx: ServiceContext): Promise<void> {
  const rows = await ctx.db.select().from(catalogVersions).where(eq(catalogVersions.status, 'active')).orderBy(catalogVersions.activatedAt);
  for (const row of rows) {
    const parsed = parseCatalog(`${row.modelId} version ${row.version} (indlæst)`, row.source);
    if (!parsed.ok) throw new Error(`Den indlæste katalogversion ${row.modelId} ${row.version} er ugyldig: ${parsed.errors.map(formatCatalogError).join('; ')}`);
    ctx.registry.add(parsed.model, row.activeFrom);
  }
}
