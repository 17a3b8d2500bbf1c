// Reads every catalog under models/ once and keeps them by id. An invalid catalog stops
// the load with every error found, so a broken file never half-loads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCatalogError, parseCatalog, type CatalogError } from '../core/model/parse-catalog.ts';
import type { Model } from '../core/model/schema.ts';

export const MODELS_DIR = resolve(fileURLToPath(new URL('../../models', import.meta.url)));

export class CatalogLoadError extends Error {
  readonly code = 'catalog_invalid';
  constructor(readonly errors: CatalogError[]) {
    super(`Ugyldigt modelkatalog:\n${errors.map(formatCatalogError).join('\n')}`);
  }
}

export type ModelRegistry = {
  list(): Model[];
  get(id: string): Model | undefined;
};

export function loadModelFile(file: string): Model {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CatalogLoadError([{ file, path: '', message: `kan ikke læses: ${(e as Error).message}` }]);
  }
  const result = parseCatalog(file, source);
  if (!result.ok) throw new CatalogLoadError(result.errors);
  return result.model;
}

export function loadModelRegistry(dir: string = MODELS_DIR): ModelRegistry {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const models = new Map<string, Model>();
  const errors: CatalogError[] = [];
  for (const name of files) {
    const file = join(dir, name);
    try {
      const model = loadModelFile(file);
      if (models.has(model.id)) errors.push({ file, path: 'id', message: `model-id "${model.id}" findes allerede i en anden fil` });
      models.set(model.id, model);
    } catch (e) {
      if (e instanceof CatalogLoadError) errors.push(...e.errors);
      else throw e;
    }
  }
  if (errors.length > 0) throw new CatalogLoadError(errors);
  return { list: () => [...models.values()], get: (id) => models.get(id) };
}

let cached: ModelRegistry | undefined;
/** The registry of the shipped catalogs, loaded on first use. */
export function defaultRegistry(): ModelRegistry {
  cached ??= loadModelRegistry();
  return cached;
}
