// A record patched entry by entry: `null` removes an entry.
export function mergeRecord<T>(base: Record<string, T>, patch: Record<string, T | null> | undefined): Record<string, T> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}
