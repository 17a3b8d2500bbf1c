// The partial change a save or a draft applies to an assessment's stored data. One shape for every
// kind (it is the forms' and the API's contract); each kind checks and applies the parts it knows.
import { z } from 'zod';
import { MARKER_STATES } from '../kinds/binary/assessment-input.ts';
import { carriedForwardSchema, designStepRecordSchema, storedCriterionSchema, storedEconomySchema } from '../kinds/binary/assessment-data.ts';
import { storedConclusionSchema, storedIndicatorSchema } from '../kinds/scored/assessment-data.ts';
import { longText } from './stored-text.ts';

/**
 * A partial change. `null` removes an entry. Binary: markers, criteria, design (of one theme when
 * `themeId` is given), economy, carriedForward. Scored: indicators.
 */
export const assessmentPatchSchema = z.strictObject({
  themeId: z.string().optional(),
  markers: z.record(z.string(), z.enum(MARKER_STATES).nullable()).optional(),
  markerNotes: z.record(z.string(), longText.nullable()).optional(),
  criteria: z.record(z.string(), storedCriterionSchema.nullable()).optional(),
  economy: storedEconomySchema.nullable().optional(),
  design: z
    .record(z.string(), z.record(z.string().regex(/^\d+$/, 'Trinnummeret skal være et tal.'), designStepRecordSchema.nullable()).nullable())
    .optional(),
  carriedForward: carriedForwardSchema.nullable().optional(),
  indicators: z.record(z.string(), storedIndicatorSchema.nullable()).optional(),
  /** Scored: the authority's conclusion on sufficient quality. */
  conclusion: storedConclusionSchema.nullable().optional(),
});
export type AssessmentPatch = z.infer<typeof assessmentPatchSchema>;

/** A message for one form field (the services' FieldIssue has the same shape). */
export type PatchIssue = { field: string; message: string };

/** Where the patched data belongs: a provider or a foster family, the whole or a department. */
export type PatchContext = { entityKind: 'provider' | 'fosterFamily'; isDepartment: boolean };
