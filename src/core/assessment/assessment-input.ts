// The shape of an assessment as tools and services hand it to the engine.
// Shape problems become findings; the rules themselves live in evaluate-*.ts.
import { z } from 'zod';
import { legalBasisSchema, providerFlagSchema, typologySchema } from '../model/schema.ts';
import { formatPath } from '../model/parse-catalog.ts';
import type { Finding } from './findings.ts';

export const PHASES = ['approval', 'operation'] as const;
export type Phase = (typeof PHASES)[number];
export const MARKER_STATES = ['present', 'absent', 'not_applicable'] as const;
export type MarkerState = (typeof MARKER_STATES)[number];
export const CRITERION_RESULTS = ['met', 'not_met'] as const;
export type CriterionResult = (typeof CRITERION_RESULTS)[number];
export const EXPECTATIONS = ['expected_met', 'expected_not_met'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

export const entitySchema = z.strictObject({
  legalBases: z.array(legalBasisSchema).default([]),
  flags: z.array(providerFlagSchema).default([]),
  typology: typologySchema.optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export const criterionConclusionSchema = z.strictObject({
  result: z.enum(CRITERION_RESULTS),
  justification: z.string().default(''),
  doubt: z.boolean().default(false),
});
export type CriterionConclusion = z.infer<typeof criterionConclusionSchema>;

export const economyConclusionSchema = z.strictObject({
  result: z.enum(CRITERION_RESULTS),
  justification: z.string().default(''),
});

export const binaryAssessmentSchema = z.strictObject({
  model: z.string(),
  phase: z.enum(PHASES),
  entity: entitySchema.default({ legalBases: [], flags: [] }),
  markers: z.record(z.string(), z.enum(MARKER_STATES)).default({}),
  criteria: z.record(z.string(), criterionConclusionSchema).default({}),
  economy: economyConclusionSchema.optional(),
});
export type BinaryAssessment = z.infer<typeof binaryAssessmentSchema>;

export const indicatorRatingSchema = z.strictObject({
  // Range and integrality are rules with their own codes, so the shape accepts any number.
  score: z.number().optional(),
  expected: z.enum(EXPECTATIONS).optional(),
  text: z.string().default(''),
});
export type IndicatorRating = z.infer<typeof indicatorRatingSchema>;

export const scoredAssessmentSchema = z.strictObject({
  model: z.string(),
  phase: z.enum(PHASES),
  entity: entitySchema.default({ legalBases: [], flags: [] }),
  indicators: z.record(z.string(), indicatorRatingSchema).default({}),
});
export type ScoredAssessment = z.infer<typeof scoredAssessmentSchema>;

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
