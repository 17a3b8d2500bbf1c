// A scored assessment as tools and services hand it to the engine: per indicator a score (in
// operation) or an expectation (at approval), and the written assessment.
import { z } from 'zod';
import { entitySchema, PHASES } from '../../assessment/assessment-input.ts';
import { economyConclusionSchema } from '../binary/assessment-input.ts';

export const EXPECTATIONS = ['expected_met', 'expected_not_met'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

export const indicatorRatingSchema = z.strictObject({
  // Range and integrality are rules with their own codes, so the shape accepts any number.
  score: z.number().optional(),
  expected: z.enum(EXPECTATIONS).optional(),
  text: z.string().default(''),
  /**
   * Seed 002: the authority "fastlægger selv … hvornår og hvor tit tilbuddet skal bedømmes i forhold
   * til de enkelte indikatorer". A score and text carried forward from the provider's latest final
   * assessment name its date (YYYY-MM-DD); they count in the averages like a new rating.
   */
  carriedForwardFrom: z.string().optional(),
});
export type IndicatorRating = z.infer<typeof indicatorRatingSchema>;

/** Seed 004: a written assessment of every criterion, not only of its indicators. */
export const criterionAssessmentSchema = z.strictObject({ justification: z.string().default('') });

/**
 * Seed 002 sets no threshold for sufficient quality on the scores; the authority still concludes,
 * explicitly and with a justification, and the decision rules follow that conclusion.
 */
export const scoredConclusionSchema = z.strictObject({ sufficientQuality: z.boolean(), justification: z.string().default('') });

export const scoredAssessmentSchema = z.strictObject({
  model: z.string(),
  phase: z.enum(PHASES),
  entity: entitySchema.default({ legalBases: [], flags: [] }),
  indicators: z.record(z.string(), indicatorRatingSchema).default({}),
  criteria: z.record(z.string(), criterionAssessmentSchema).default({}),
  economy: economyConclusionSchema.optional(),
  conclusion: scoredConclusionSchema.optional(),
});
export type ScoredAssessment = z.infer<typeof scoredAssessmentSchema>;

