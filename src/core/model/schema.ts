// The catalog format: one YAML file per quality model under models/.
// This module is the single definition of that format, shared by the loader,
// the engine, the CLI and (later) storage and web. See docs/catalog-format.md.
import { z } from 'zod';

export const LEGAL_BASES = [
  'sel-66-1-5',
  'sel-66-1-6',
  'sel-66-1-6-sikret',
  'sel-66-1-7',
  'sel-101',
  'sel-101a',
  'sul-141',
  'sel-103',
  'sel-104',
  'sel-105',
  'sel-107',
  'sel-108',
  'sel-109',
  'sel-110',
] as const;
export const legalBasisSchema = z.enum(LEGAL_BASES);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** `aflastning`: approved for respite care only; `bestyrelse`: private provider with a board. */
export const PROVIDER_FLAGS = ['aflastning', 'bestyrelse'] as const;
export const providerFlagSchema = z.enum(PROVIDER_FLAGS);
export type ProviderFlag = z.infer<typeof providerFlagSchema>;

export const TYPOLOGIES = ['almindelig', 'forstaerket', 'specialiseret'] as const;
export const typologySchema = z.enum(TYPOLOGIES);
export type Typology = z.infer<typeof typologySchema>;

const text = z.string().trim().min(1, 'must not be empty');
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, "." or "-"');

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
  method: text,
  kind: methodKindSchema,
  /** The step's own parenthetical notes, verbatim without the parentheses. */
  notes: z.array(text).default([]),
  /** Free paragraphs of the step that are not bullet points. */
  description: z.array(text).default([]),
  /** The line introducing the bullets when it is not the plain "Afdækning af:". */
  coversHeading: text.optional(),
  covers: z.array(text).default([]),
});
export type DesignStep = z.infer<typeof designStepSchema>;

/** When a marker only applies to some entities. Absent: it applies to all. */
export const markerApplicabilitySchema = z.strictObject({
  typologies: z.array(typologySchema).min(1).optional(),
  flags: z.array(providerFlagSchema).min(1).optional(),
  /** The seed's wording of the condition, verbatim. */
  note: text,
});
export type MarkerApplicability = z.infer<typeof markerApplicabilitySchema>;

export const markerSchema = z.strictObject({
  id,
  text,
  onlyFor: markerApplicabilitySchema.optional(),
  investigationDesign: z.array(designStepSchema).min(1),
  practiceExamples: z.array(text).default([]),
});
export type Marker = z.infer<typeof markerSchema>;

export const binaryCriterionSchema = z.strictObject({
  id,
  text,
  markers: z.array(markerSchema).min(1),
});
export type BinaryCriterion = z.infer<typeof binaryCriterionSchema>;

export const binaryThemeSchema = z.strictObject({
  id,
  number: z.number().int().positive(),
  title: text,
  description: text,
  criteria: z.array(binaryCriterionSchema).min(1),
});
export type BinaryTheme = z.infer<typeof binaryThemeSchema>;

const header = {
  id,
  title: text,
  /** Version of this catalog file; assessments record it. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  /** The seed file the content is transcribed from. */
  source: text,
  /** What the source itself says about its edition, verbatim; empty when it says nothing. */
  edition: z.string().default(''),
};

export const binaryModelSchema = z.strictObject({
  ...header,
  kind: z.literal('binary'),
  entity: z.enum(['provider', 'fosterFamily']),
  themes: z.array(binaryThemeSchema).min(1),
});
export type BinaryModel = z.infer<typeof binaryModelSchema>;

export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^\d+\.[a-z]$/, 'must look like "1.a"'),
  text,
  /** Legal bases the indicator does not apply to ("gælder ikke"). */
  excludedFor: z.array(legalBasisSchema).default([]),
  /** Legal bases the indicator only applies to ("gælder kun"); empty: no such limit. */
  onlyFor: z.array(legalBasisSchema).default([]),
  /** Flags that exclude the indicator outright. */
  excludedForFlags: z.array(providerFlagSchema).default([]),
  /** Flags the indicator requires outright. */
  onlyForFlags: z.array(providerFlagSchema).default([]),
  /** The seed's applicability sentence(s), verbatim. */
  applicabilityText: z.array(text).default([]),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const scoredCriterionSchema = z.strictObject({
  id,
  number: z.number().int().positive(),
  text,
  indicators: z.array(indicatorSchema).min(1),
});
export type ScoredCriterion = z.infer<typeof scoredCriterionSchema>;

export const scoredThemeSchema = z.strictObject({
  id,
  title: text,
  description: text,
  excludedFor: z.array(legalBasisSchema).default([]),
  applicabilityText: z.array(text).default([]),
  criteria: z.array(scoredCriterionSchema).min(1),
});
export type ScoredTheme = z.infer<typeof scoredThemeSchema>;

export const scoredModelSchema = z.strictObject({
  ...header,
  kind: z.literal('scored'),
  entity: z.literal('provider'),
  scale: z
    .array(z.strictObject({ score: z.number().int().min(1).max(5), label: text }))
    .length(5),
  approvalRatings: z.strictObject({ expected_met: text, expected_not_met: text }),
  themes: z.array(scoredThemeSchema).min(1),
});
export type ScoredModel = z.infer<typeof scoredModelSchema>;

export const standardSchema = z.strictObject({
  id,
  title: text,
  /** The standard's wording where the seed gives it; empty where it does not. */
  text: z.string().default(''),
  /** What the seed says the standard is for ("Standarden har til formål …"), verbatim; empty where it says nothing. */
  purpose: z.string().default(''),
  elements: z.array(z.strictObject({ title: text, text: z.string().default('') })).default([]),
});
export type Standard = z.infer<typeof standardSchema>;

export const standardsModelSchema = z.strictObject({
  ...header,
  kind: z.literal('standards'),
  entity: z.literal('provider'),
  description: text,
  standards: z.array(standardSchema).length(6),
  steps: z.array(z.strictObject({ number: z.number().int().positive(), title: text, text: z.string().default('') })),
  cycle: z.strictObject({
    selfEvaluation: text,
    externalEvaluation: text,
    notes: z.array(text).default([]),
  }),
  trafficLight: z
    .array(z.strictObject({ colour: z.enum(['red', 'yellow', 'green']), text }))
    .default([]),
  /** What the seed does not give and is therefore left empty, said plainly. */
  gaps: z.array(text).default([]),
});
export type StandardsModel = z.infer<typeof standardsModelSchema>;

export const modelSchema = z.discriminatedUnion('kind', [
  binaryModelSchema,
  scoredModelSchema,
  standardsModelSchema,
]);
export type Model = z.infer<typeof modelSchema>;
export type ModelKind = Model['kind'];
