// The regions' standards model's catalog (seed 003): standards, steps, the evaluation cycle and
// the traffic light, and what the seed does not give.
import { z } from 'zod';
import { catalogHeader, catalogId, catalogText } from '../../model/catalog-parts.ts';

/**
 * Where a text not taken from the seed comes from — a region completing its model writes e.g.
 * "Region Sjælland, lokal standard 2026"; absent: the text is the seed's.
 */
const source = z.string().trim().min(1).optional();

export const standardSchema = z.strictObject({
  id: catalogId,
  title: catalogText,
  source,
  /** The standard's wording where the seed gives it; empty where it does not. */
  text: z.string().default(''),
  /** What the seed says the standard is for ("Standarden har til formål …"), verbatim; empty where it says nothing. */
  purpose: z.string().default(''),
  elements: z.array(z.strictObject({ title: catalogText, text: z.string().default(''), source })).default([]),
});
export type Standard = z.infer<typeof standardSchema>;

export const standardsModelSchema = z.strictObject({
  ...catalogHeader,
  kind: z.literal('standards'),
  entity: z.literal('provider'),
  description: catalogText,
  standards: z.array(standardSchema).length(6),
  steps: z.array(z.strictObject({ number: z.number().int().positive(), title: catalogText, text: z.string().default(''), source })),
  cycle: z.strictObject({
    selfEvaluation: catalogText,
    externalEvaluation: catalogText,
    notes: z.array(catalogText).default([]),
  }),
  trafficLight: z
    .array(z.strictObject({ colour: z.enum(['red', 'yellow', 'green']), text: catalogText }))
    .default([]),
  /** What the seed does not give and is therefore left empty, said plainly. */
  gaps: z.array(catalogText).default([]),
});
export type StandardsModel = z.infer<typeof standardsModelSchema>;

