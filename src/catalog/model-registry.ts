// Reads every catalog under models/ once and keeps them by id. An invalid catalog stops
// the load with every error found, so a broken file never half-loads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCatalogError, parseCatalog, type CatalogError } from '../core/model/parse-catalog.ts';
import type { Model } from '../core/model/schema.ts';
import { todayInDenmark } from '../core/calendar.ts';

export const MODELS_DIR = resolve(fileURLToPath(new URL('../../models', import.meta.url)));

export class CatalogLoadError extends Error {
  readonly code = 'catalog_invalid';
  constructor(readonly errors: CatalogError[]) {
    super(`Ugyldigt modelkatalog:\n${errors.map(formatCatalogError).join('\n')}`);
  }
}

/** One version of a model: shipped in models/ (in force from the start) or uploaded (in force from a date). */
export type CatalogVersionEntry = { model: Model; activeFrom: string | null; uploaded: boolean };

export type ModelRegistry = {
  /** Each model in the version in force today. */
  list(): Model[];
  /** The model in the version in force today. */
  get(id: string): Model | undefined;
  /** The model in the version a piece of stored work used — or, when that version is not loaded, the one in force. */
  used(id: string, version: string): Model | undefined;
  /** Every loaded version of a model, the one in force marked by `get`. */
  versions(id: string): CatalogVersionEntry[];
  /** An uploaded version, in force from `activeFrom`. */
  add(model: Model, activeFrom: string): void;
};

/**
 * A registry over the shipped catalogs to which uploaded versions can be added. Which version is in
 * force is decided at each call, from `today`: the uploaded version with the latest activation date
 * not after today, else the shipped one; work that recorded its version keeps it (`used`).
 */
export function versionedRegistry(shipped: readonly Model[], today: () => string): ModelRegistry {
  const entries: CatalogVersionEntry[] = shipped.map((model) => ({ model, activeFrom: null, uploaded: false }));
  const inForce = (id: string): Model | undefined => {
    const day = today();
    const candidates = entries.filter((e) => e.model.id === id && (e.activeFrom === null || e.activeFrom <= day));
    // Later activation wins; among equal dates the later upload (entries keep upload order).
    return candidates.reduce<CatalogVersionEntry | undefined>((best, e) => (!best || (e.activeFrom ?? '') >= (best.activeFrom ?? '') ? e : best), undefined)?.model;
  };
  const ids = () => [...new Set(entries.map((e) => e.model.id))];
  return {
    list: () => ids().flatMap((id) => inForce(id) ?? []),
    get: inForce,
    used: (id, version) => entries.find((e) => e.model.id === id && e.model.version === version)?.model ?? inForce(id),
    versions: (id) => entries.filter((e) => e.model.id === id),
    add: (model, activeFrom) => {
      if (entries.some((e) => e.model.id === model.id && e.model.version === model.version)) return;
      entries.push({ model, activeFrom, uploaded: true });
    },
  };
}

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
  return versionedRegistry([...models.values()], () => todayInDenmark(new Date()));
}

let cached: ModelRegistry | undefined;
/** The registry of the shipped catalogs, loaded on first use (read-only use: the command line's `model` commands, the demo plan). */
export function defaultRegistry(): ModelRegistry {
  cached ??= loadModelRegistry();
  return cached;
}

/** A registry of its own for one running service context: the shipped catalogs, to which its uploads are added. */
export function serviceRegistry(now: () => Date): ModelRegistry {
  return versionedRegistry(defaultRegistry().list(), () => todayInDenmark(now()));
}
