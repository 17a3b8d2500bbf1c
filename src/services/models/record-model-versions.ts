// At start: every loaded catalog's content hash is recorded under its model id and version. A
// catalog that differs from what the database recorded for the same version is refused — the
// stored assessments and reports refer to that version, so its content must never change under
// them. A changed catalog gets a new version number.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { modelVersions } from '../../storage/schema.ts';
import type { Model } from '../../core/model/schema.ts';
import type { ServiceContext } from '../context.ts';
import { ChangedModelVersion } from './changed-model-version.ts';


/** A hash of the model's content, independent of key order in the file. */
export function modelContentHash(model: Model): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
        : value;
  return createHash('sha256').update(JSON.stringify(canonical(model))).digest('hex');
}

export async function recordModelVersions(ctx: ServiceContext): Promise<void> {
  for (const model of ctx.registry.list()) {
    const hash = modelContentHash(model);
    await ctx.db.insert(modelVersions).values({ modelId: model.id, version: model.version, contentHash: hash }).onConflictDoNothing();
    const [stored] = await ctx.db
      .select()
      .from(modelVersions)
      .where(and(eq(modelVersions.modelId, model.id), eq(modelVersions.version, model.version)));
    if (stored && stored.contentHash !== hash) {
      throw new ChangedModelVersion(
        `Kataloget for modellen "${model.id}" version ${model.version} er ændret, siden databasen første gang brugte den version. ` +
          'Giv det ændrede katalog et nyt versionsnummer (tidligere vurderinger og rapporter beholder den version, de brugte).',
      );
    }
  }
}
