// An audit entry as a reader wants it: the fields that changed, each before → after, in words —
// not the stored JSON. Nested values are written compactly and long texts shortened; the full
// record stays in the audit log. Pure.
export type AuditChange = { field: string; before: string; after: string };

const MAX_TEXT = 160;

/** A stored value as a short text: "–" for none, "ja"/"nej", lists joined, objects as key: value. */
export function auditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '–' : auditValue(value.map((v) => (typeof v === 'object' && v !== null ? auditValue(v) : String(v))).join(', '));
  if (typeof value === 'object') return auditValue(Object.entries(value).map(([k, v]) => `${k}: ${auditValue(v)}`).join('; '));
  return String(value);
}

/** The top-level fields whose value differs between before and after (a created record: every field of after). */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : v === null || v === undefined ? {} : { value: v });
  const b = record(before);
  const a = record(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((field) => ({ field, before: auditValue(b[field]), after: auditValue(a[field]) }));
}
