// Shared by every use case: options parsed into Danish field errors, ids and dates checked.
import { z } from 'zod';
import { invalid, type FieldIssue } from './service-error.ts';

/** How a zod issue becomes a form field's message; by default the first path element and zod's (Danish) message. */
export type DescribeIssue = (issue: z.core.$ZodIssue) => FieldIssue;
const byFirstPathElement: DescribeIssue = (issue) => ({ field: issue.path.length > 0 ? String(issue.path[0]) : 'form', message: issue.message });

/** The one options parser: parses with the schema; every failure names its field, in Danish, once per field. */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, describe: DescribeIssue = byFirstPathElement): z.output<S> {
  const result = schema.safeParse(options ?? {});
  if (result.success) return result.data;
  const issues: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const described = describe(issue);
    if (!issues.some((i) => i.field === described.field)) issues.push(described);
  }
  throw invalid(issues);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else cannot name a stored row (and must not reach the database as one). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** A uuid field of an options schema. */
export const uuid = () => z.string().regex(UUID);
