// The binary models' catalog (seed 000): themes → criteria → markers, each marker with its
// investigation design and practice examples.
import { z } from 'zod';
import { catalogHeader, catalogId, catalogText, providerFlagSchema, typologySchema } from '../../model/catalog-parts.ts';

export const METHOD_KINDS = [
  'portal',
  'interview_staff',
  'interview_management',
  'interview_staff_or_management',
  'interview_foster_family',
  'citizen_perspective',
  'child_perspective',
  'document_analysis',
  'triangulation',
  'observation',
  'quality_model',
  'other',
] as const;
export const methodKindSchema = z.enum(METHOD_KINDS);
export type MethodKind = z.infer<typeof methodKindSchema>;

export const designStepSchema = z.strictObject({
  /** The method/source heading exactly as the seed writes it, without its parenthetical notes. */
  method: catalogText,
  kind: methodKindSchema,
  /** The step's own parenthetical notes, verbatim without the parentheses. */
  notes: z.array(catalogText).default([]),
  /** Free paragraphs of the step that are not bullet points. */
  description: z.array(catalogText).default([]),
  /** The line introducing the bullets when it is not the plain "Afdækning af:". */
  coversHeading: catalogText.optional(),
  covers: z.array(catalogText).default([]),
});
export type DesignStep = z.infer<typeof designStepSchema>;

/** When a marker only applies to some entities. Absent: it applies to all. */
export const markerApplicabilitySchema = z.strictObject({
  typologies: z.array(typologySchema).min(1).optional(),
  flags: z.array(providerFlagSchema).min(1).optional(),
  /** The seed's wording of the condition, verbatim. */
  note: catalogText,
});
export type MarkerApplicability = z.infer<typeof markerApplicabilitySchema>;

export const markerSchema = z.strictObject({
  id: catalogId,
  text: catalogText,
  onlyFor: markerApplicabilitySchema.optional(),
  investigationDesign: z.array(designStepSchema).min(1),
  practiceExamples: z.array(catalogText).default([]),
  /**
   * The annex lists what "kan indikere, at kvalitetsmarkøren ikke er til stede", yet words a few
   * examples positively. They stay verbatim and are named here, so screens can say so.
   */
  practiceExamplesWordedPositively: z.array(catalogText).default([]),
}).refine((m) => m.practiceExamplesWordedPositively.every((e) => m.practiceExamples.includes(e)), {
  message: 'practiceExamplesWordedPositively must repeat examples from practiceExamples',
  path: ['practiceExamplesWordedPositively'],
});
export type Marker = z.infer<typeof markerSchema>;

export const binaryCriterionSchema = z.strictObject({
  id: catalogId,
  text: catalogText,
  markers: z.array(markerSchema).min(1),
});
export type BinaryCriterion = z.infer<typeof binaryCriterionSchema>;

export const binaryThemeSchema = z.strictObject({
  id: catalogId,
  number: z.number().int().positive(),
  title: catalogText,
  description: catalogText,
  criteria: z.array(binaryCriterionSchema).min(1),
});
export type BinaryTheme = z.infer<typeof binaryThemeSchema>;

export const binaryModelSchema = z.strictObject({
  ...catalogHeader,
  kind: z.literal('binary'),
  entity: z.enum(['provider', 'fosterFamily']),
  /** The annex's own words about its practice examples (not exhaustive; a concrete professional judgement decides), verbatim. */
  practiceExamplesNote: z.array(catalogText).default([]),
  themes: z.array(binaryThemeSchema).min(1),
});
export type BinaryModel = z.infer<typeof binaryModelSchema>;

