// What an assessment row stores in `data`, whatever the kind: reading it, applying a checked
// patch, and handing it to the engine. Each kind's own shapes and rules are in
// core/kinds/<kind>/assessment-data.ts; this file picks the kind.
import type { StoredConclusion } from '../kinds/scored/assessment-data.ts';
import type { z } from 'zod';
import { assertNever } from '../assert-never.ts';
import {
  binaryDataSchema,
  binaryEngineInput,
  emptyBinaryData,
  mergeBinaryData,
  type BinaryData,
  type StoredEconomy,
} from '../kinds/binary/assessment-data.ts';
import { emptyScoredData, mergeScoredData, scoredDataSchema, scoredEngineInput, type ScoredData } from '../kinds/scored/assessment-data.ts';
import type { AssessableModel } from '../model/schema.ts';
import type { Entity, Phase } from './assessment-input.ts';
import type { AssessmentPatch } from './assessment-patch.ts';

export type AssessmentData = BinaryData | ScoredData;

export function emptyData(model: AssessableModel): AssessmentData {
  switch (model.kind) {
    case 'binary':
      return emptyBinaryData();
    case 'scored':
      return emptyScoredData();
    default:
      return assertNever(model);
  }
}

function dataSchema(model: AssessableModel): z.ZodType<AssessmentData> {
  switch (model.kind) {
    case 'binary':
      return binaryDataSchema;
    case 'scored':
      return scoredDataSchema;
    default:
      return assertNever(model);
  }
}

/** Reads a stored row's data; a row that does not fit the model's kind is a programming error. */
export function parseStoredData(model: AssessableModel, raw: unknown): AssessmentData {
  const result = dataSchema(model).safeParse(raw ?? {});
  if (!result.success) {
    throw new Error(`Stored assessment data does not fit model ${model.id}: ${result.error.issues[0]?.message ?? ''}`);
  }
  return result.data;
}

/** Applies a (checked) patch; the result is a fresh object, the input is not changed. */
export function mergeData(model: AssessableModel, data: AssessmentData, patch: AssessmentPatch): AssessmentData {
  switch (model.kind) {
    case 'binary':
      return mergeBinaryData(binaryDataOf(data), patch);
    case 'scored':
      return mergeScoredData(scoredDataOf(data), patch);
    default:
      return assertNever(model);
  }
}

/**
 * The engine's input: `{ model, phase, entity, ...data }` without the records the engine does not
 * know. A department's assessment takes the economy of the provider as a whole.
 */
export function engineInput(
  model: AssessableModel,
  phase: Phase,
  entity: Entity,
  data: AssessmentData,
  wholeSource: 'own' | { whole: WholeParts | undefined } = 'own',
): Record<string, unknown> {
  switch (model.kind) {
    case 'binary':
      return binaryEngineInput(model, phase, entity, binaryDataOf(data), wholeSource === 'own' ? 'own' : { whole: wholeSource.whole?.economy });
    case 'scored':
      return scoredEngineInput(model, phase, entity, scoredDataOf(data), wholeSource);
    default:
      return assertNever(model);
  }
}

/** What a department's assessment takes from the provider as a whole: the economy and (scored) the conclusion. */
export type WholeParts = { economy?: StoredEconomy; conclusion?: StoredConclusion };

export function wholePartsOf(model: AssessableModel, data: AssessmentData): WholeParts {
  switch (model.kind) {
    case 'binary':
      return { economy: binaryDataOf(data).economy };
    case 'scored': {
      const d = scoredDataOf(data);
      return { economy: d.economy, conclusion: d.conclusion };
    }
    default:
      return assertNever(model);
  }
}

/** The economy a department's assessment is judged against: the whole provider's. */
export const economyOf = (model: AssessableModel, data: AssessmentData): StoredEconomy | undefined => wholePartsOf(model, data).economy;

/**
 * The data of a row already read by `parseStoredData`, as its kind's type. A row read for one kind
 * and handed to another is a programming error, so this throws instead of parsing the data again.
 */
export function binaryDataOf(data: AssessmentData): BinaryData {
  if (isBinaryData(data)) return data;
  throw new Error('assessment data of another kind where binary data was expected');
}

export function scoredDataOf(data: AssessmentData): ScoredData {
  if (isScoredData(data)) return data;
  throw new Error('assessment data of another kind where scored data was expected');
}

const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBinaryData = (d: AssessmentData): d is BinaryData => isRecord(d['markers']) && isRecord(d['criteria']);
const isScoredData = (d: AssessmentData): d is ScoredData => isRecord(d['indicators']);
