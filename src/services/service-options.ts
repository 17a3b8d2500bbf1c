// Shared by every use case: options parsed into Danish field errors, ids and dates checked.
import type { z } from 'zod';
import { invalid, type FieldIssue } from './service-error.ts';

/** Parses options with the schema; every failure names its field (the first path element), in Danish. */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  const result = schema.safeParse(options ?? {});
  if (result.success) return result.data;
  const issues: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    if (!issues.some((i) => i.field === field)) issues.push({ field, message: issue.message });
  }
  throw invalid(issues);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else cannot name a stored row (and must not reach the database as one). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** A calendar date written YYYY-MM-DD that exists. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date in Denmark, YYYY-MM-DD: deadlines are Danish calendar days. */
export function todayInDenmark(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
