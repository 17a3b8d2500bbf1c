// A binary assessment as tools and services hand it to the engine: marker states, criterion
// conclusions and the economy.
import { z } from 'zod';
import { entitySchema, PHASES } from '../../assessment/assessment-input.ts';

export const MARKER_STATES = ['present', 'absent', 'not_applicable'] as const;
export type MarkerState = (typeof MARKER_STATES)[number];
export const CRITERION_RESULTS = ['met', 'not_met'] as const;
export type CriterionResult = (typeof CRITERION_RESULTS)[number];
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

