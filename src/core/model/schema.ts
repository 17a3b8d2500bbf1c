// The catalog format: one YAML file per quality model under models/, one module per model kind
// under core/kinds/. This file joins the kinds into the one schema the loader validates against.
// See docs/catalog-format.md.
import { z } from 'zod';
import { binaryModelSchema } from '../kinds/binary/catalog.ts';
import { scoredModelSchema } from '../kinds/scored/catalog.ts';
import { standardsModelSchema, type StandardsModel } from '../kinds/standards/catalog.ts';

export const modelSchema = z.discriminatedUnion('kind', [
  binaryModelSchema,
  scoredModelSchema,
  standardsModelSchema,
]);
export type Model = z.infer<typeof modelSchema>;
export type ModelKind = Model['kind'];
export type ModelOf<K extends ModelKind> = Extract<Model, { kind: K }>;

/**
 * The kinds an inspection assesses with the engine. Every kind but the standards model is one,
 * so a new kind is assessable until said otherwise, and the compiler asks every place to handle it.
 */
export type AssessableModel = Exclude<Model, StandardsModel>;
export type AssessableKind = AssessableModel['kind'];

export function isAssessable(model: Model): model is AssessableModel {
  return model.kind !== 'standards';
}
