// The scored model's catalog (seed 002): themes → criteria → indicators with their applicability
// by legal basis and flag, the 1–5 scale and the approval ratings.
import { z } from 'zod';
import { catalogHeader, catalogId, catalogText, legalBasisSchema, providerFlagSchema } from '../../model/catalog-parts.ts';

export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^\d+\.[a-z]$/, 'must look like "1.a"'),
  text: catalogText,
  /** Legal bases the indicator does not apply to ("gælder ikke"). */
  excludedFor: z.array(legalBasisSchema).default([]),
  /** Legal bases the indicator only applies to ("gælder kun"); empty: no such limit. */
  onlyFor: z.array(legalBasisSchema).default([]),
  /**
   * "… anbringelsessteder oprettet efter servicelovens § 66, stk. 1, nr. 5 og 6, der alene er godkendt
   * til at have borgere i aflastning": with the `aflastning` flag a provider's § 66, stk. 1, nr. 5/6
   * bases count as excluded, and the indicator still applies through any other basis it has.
   */
  excludedForFlags: z.array(z.literal('aflastning')).default([]),
  /** Flags the indicator requires outright. */
  onlyForFlags: z.array(providerFlagSchema).default([]),
  /** The seed's applicability sentence(s), verbatim. */
  applicabilityText: z.array(catalogText).default([]),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const scoredCriterionSchema = z.strictObject({
  id: catalogId,
  number: z.number().int().positive(),
  text: catalogText,
  indicators: z.array(indicatorSchema).min(1),
});
export type ScoredCriterion = z.infer<typeof scoredCriterionSchema>;

export const scoredThemeSchema = z.strictObject({
  id: catalogId,
  title: catalogText,
  description: catalogText,
  excludedFor: z.array(legalBasisSchema).default([]),
  applicabilityText: z.array(catalogText).default([]),
  criteria: z.array(scoredCriterionSchema).min(1),
});
export type ScoredTheme = z.infer<typeof scoredThemeSchema>;

export const scoredModelSchema = z.strictObject({
  ...catalogHeader,
  kind: z.literal('scored'),
  entity: z.literal('provider'),
  scale: z
    .array(z.strictObject({ score: z.number().int().min(1).max(5), label: catalogText }))
    .length(5),
  approvalRatings: z.strictObject({ expected_met: catalogText, expected_not_met: catalogText }),
  themes: z.array(scoredThemeSchema).min(1),
});
export type ScoredModel = z.infer<typeof scoredModelSchema>;

