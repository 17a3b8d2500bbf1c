// What changed between two versions of a catalog, as the administrator reviews an upload: every
// value by its path, list items named by their id (or number, or colour) so that moving an item is
// not a change of all that follows. Pure.
export type CatalogChange = { path: string; change: 'added' | 'removed' | 'changed'; before: string | null; after: string | null };

const KEYS = ['id', 'number', 'colour'] as const;

/** Every leaf value of a catalog by a readable path ("standards › kommunikation › text"). */
export function flattenCatalog(value: unknown, path: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const key = typeof item === 'object' && item !== null ? KEYS.map((k) => (item as Record<string, unknown>)[k]).find((v) => typeof v === 'string' || typeof v === 'number') : undefined;
      flattenCatalog(item, [...path, key === undefined ? String(i + 1) : String(key)], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) flattenCatalog(v, [...path, k], out);
  } else if (value !== undefined && value !== null) {
    out.set(path.join(' › '), String(value));
  }
  return out;
}

export function catalogDiff(before: unknown, after: unknown): CatalogChange[] {
  const a = flattenCatalog(before);
  const b = flattenCatalog(after);
  const changes: CatalogChange[] = [];
  for (const [path, value] of a) {
    if (!b.has(path)) changes.push({ path, change: 'removed', before: value, after: null });
    else if (b.get(path) !== value) changes.push({ path, change: 'changed', before: value, after: b.get(path)! });
  }
  for (const [path, value] of b) if (!a.has(path)) changes.push({ path, change: 'added', before: null, after: value });
  return changes;
}
