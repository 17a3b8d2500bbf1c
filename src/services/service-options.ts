// Shared by every use case: options parsed into Danish field errors, ids and dates checked.
import '../core/zod-danish.ts';
import { z } from 'zod';
import { invalid, type FieldIssue } from './service-error.ts';

/** How a zod issue becomes a form field's message; by default the first path element and zod's (Danish) message. */
export type DescribeIssue = (issue: z.core.$ZodIssue) => FieldIssue;
const byFirstPathElement: DescribeIssue = (issue) => ({ field: issue.path.length > 0 ? String(issue.path[0]) : 'form', message: issue.message });

// NUL cannot be stored in PostgreSQL text, and half a surrogate pair is not text at all: either
// would fail deep in the database (a 500). They are refused at the door, whatever the field.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text can be stored: no NUL character, no broken surrogate pair. */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/** The fields (first path element) whose text, anywhere inside, cannot be stored. */
function unstorableFields(options: unknown): FieldIssue[] {
  const fields = new Set<string>();
  const visit = (value: unknown, field: string, depth: number) => {
    if (typeof value === 'string') {
      if (!isStorableText(value)) fields.add(field);
    } else if (depth < 8 && typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
      for (const [key, inner] of Object.entries(value)) visit(inner, field || key, depth + 1);
    }
  };
  visit(options, '', 0);
  return [...fields].map((field) => ({ field: field || 'form', message: 'Teksten indeholder tegn, der ikke kan gemmes (fx et nul-tegn).' }));
}

/** The one options parser: parses with the schema; every failure names its field, in Danish, once per field. */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, describe: DescribeIssue = byFirstPathElement): z.output<S> {
  const unstorable = unstorableFields(options);
  if (unstorable.length > 0) throw invalid(unstorable);
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
