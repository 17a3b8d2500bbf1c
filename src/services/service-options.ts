// Shared by every use case: options parsed into Danish field errors, ids and dates checked.
import { z } from 'zod';
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

/** A uuid field of an options schema. */
export const uuid = () => z.string().regex(UUID);
