// The shape of an assessment as tools and services hand it to the engine.
// What every kind shares: the phase, the entity and the shape check. Each kind's own input schema
// is in core/kinds/<kind>/assessment-input.ts; shape problems become findings.
import '../zod-danish.ts';
import { z } from 'zod';
import { legalBasisSchema, providerFlagSchema, typologySchema } from '../model/catalog-parts.ts';
import { formatPath } from '../model/parse-catalog.ts';
import { OWNERSHIPS } from '../vocabulary.ts';
import type { Finding } from './findings.ts';

export const PHASES = ['approval', 'operation'] as const;
export type Phase = (typeof PHASES)[number];
export const entitySchema = z.strictObject({
  legalBases: z.array(legalBasisSchema).default([]),
  flags: z.array(providerFlagSchema).default([]),
  typology: typologySchema.optional(),
  /** A provider's ownership, when known: `bestyrelse` is allowed for private providers only. */
  ownership: z.enum(OWNERSHIPS).optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export type ShapeResult<T> = { ok: true; value: T } | { ok: false; errors: Finding[] };

export function checkShape<T>(schema: z.ZodType<T>, input: unknown): ShapeResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      code: 'invalid_input',
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}
