// A scored assessment as tools and services hand it to the engine: per indicator a score (in
// operation) or an expectation (at approval), and the written assessment.
import { z } from 'zod';
import { entitySchema, PHASES } from '../../assessment/assessment-input.ts';

export const EXPECTATIONS = ['expected_met', 'expected_not_met'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

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

