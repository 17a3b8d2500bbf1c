// What an assessment row stores in `data`, the partial patch a save or a draft applies to it,
// and how the stored data becomes the engine's input. The engine's input schema is strict, so
// the design-step records and the carried-forward note never reach it, and a criterion (or the
// economy) that has a justification but no result yet is kept here and left out there.
import { z } from 'zod';
import {
  CRITERION_RESULTS,
  EXPECTATIONS,
  MARKER_STATES,
  type Entity,
  type Phase,
} from '../../core/assessment/assessment-input.ts';
import type { AssessableModel } from '../../core/assessment/evaluate.ts';
import { invalid, type FieldIssue } from '../service-error.ts';

const MAX_TEXT = 20_000;
const longText = z.string().max(MAX_TEXT, `Teksten må højst være ${MAX_TEXT} tegn.`);

/** Citizen/child perspective: interview aimed for, otherwise observation or triangulation. */
export const PERSPECTIVE_METHODS = ['interview', 'observation', 'triangulation'] as const;
export type PerspectiveMethod = (typeof PERSPECTIVE_METHODS)[number];
/** Interviews are physical by default, else phone, virtual or written. */
export const INTERVIEW_FORMS = ['physical', 'phone', 'virtual', 'written'] as const;
export type InterviewForm = (typeof INTERVIEW_FORMS)[number];

export const designStepRecordSchema = z.strictObject({
  done: z.boolean(),
  method: z.enum(PERSPECTIVE_METHODS).optional(),
  with: z.string().max(500, 'Højst 500 tegn.').optional(),
  form: z.enum(INTERVIEW_FORMS).optional(),
});
export type DesignStepRecord = z.infer<typeof designStepRecordSchema>;

/** A criterion being worked on: the result may still be missing while the justification is written. */
export const storedCriterionSchema = z.strictObject({
  result: z.enum(CRITERION_RESULTS).optional(),
  justification: longText.default(''),
  doubt: z.boolean().default(false),
});
export type StoredCriterion = z.infer<typeof storedCriterionSchema>;

export const storedEconomySchema = z.strictObject({
  result: z.enum(CRITERION_RESULTS).optional(),
  justification: longText.default(''),
});
export type StoredEconomy = z.infer<typeof storedEconomySchema>;

/** A foster family without a child in care: the inspector confirms (or revises) the previous assessment. */
export const carriedForwardSchema = z.strictObject({
  confirmed: z.boolean(),
  note: longText.default(''),
});
export type CarriedForward = z.infer<typeof carriedForwardSchema>;

export const storedIndicatorSchema = z.strictObject({
  score: z.number().int('Scoren skal være et helt tal fra 1 til 5.').min(1, 'Scoren skal være fra 1 til 5.').max(5, 'Scoren skal være fra 1 til 5.').optional(),
  expected: z.enum(EXPECTATIONS).optional(),
  text: longText.default(''),
});
export type StoredIndicator = z.infer<typeof storedIndicatorSchema>;

// Stored data is read loosely at the top level: keys this area does not know (written by a newer
// version or another tool) are kept through a save, and never reach the engine.
export const binaryDataSchema = z.looseObject({
  markers: z.record(z.string(), z.enum(MARKER_STATES)).default({}),
  /** The inspector's note per marker; the report shows it beside the marker's state. */
  markerNotes: z.record(z.string(), longText).optional(),
  criteria: z.record(z.string(), storedCriterionSchema).default({}),
  economy: storedEconomySchema.optional(),
  /** markerId → step index (as a string key) → what was done. */
  design: z.record(z.string(), z.record(z.string(), designStepRecordSchema)).optional(),
  carriedForward: carriedForwardSchema.optional(),
});
export type BinaryData = z.infer<typeof binaryDataSchema>;

export const scoredDataSchema = z.looseObject({
  indicators: z.record(z.string(), storedIndicatorSchema).default({}),
});
export type ScoredData = z.infer<typeof scoredDataSchema>;

export type AssessmentData = BinaryData | ScoredData;

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
});
export type AssessmentPatch = z.infer<typeof assessmentPatchSchema>;

export function emptyData(model: AssessableModel): AssessmentData {
  return model.kind === 'binary' ? { markers: {}, criteria: {} } : { indicators: {} };
}

/** Reads a stored row's data; a row that does not fit the model's kind is a programming error. */
export function parseStoredData(model: AssessableModel, raw: unknown): AssessmentData {
  const result = (model.kind === 'binary' ? binaryDataSchema : scoredDataSchema).safeParse(raw ?? {});
  if (!result.success) {
    throw new Error(`Stored assessment data does not fit model ${model.id}: ${result.error.issues[0]?.message ?? ''}`);
  }
  return result.data;
}

/**
 * The form field a patch path belongs to, so a page can show the message at its field:
 * markers.k1.1 → marker:k1.1; criteria.k1.justification → criterion:k1:justification;
 * indicators.1.a.score → indicator:1.a:score; economy.result → economy:result.
 */
export function fieldForPath(path: ReadonlyArray<PropertyKey>): string {
  const [head, key, rest, ...more] = path.map(String);
  switch (head) {
    case 'markers':
      return key ? `marker:${key}` : 'markers';
    case 'markerNotes':
      return key ? `marker:${key}:note` : 'markerNotes';
    case 'criteria':
      return key ? `criterion:${key}${rest ? `:${rest}` : ''}` : 'criteria';
    case 'indicators':
      return key ? `indicator:${key}${rest ? `:${rest}` : ''}` : 'indicators';
    case 'design':
      return key ? `design:${key}${rest ? `:${rest}` : ''}${more[0] ? `:${more[0]}` : ''}` : 'design';
    case 'economy':
      return key ? `economy:${key}` : 'economy';
    case 'carriedForward':
      return key ? `carriedForward:${key}` : 'carriedForward';
    default:
      return path.map(String).join('.') || 'patch';
  }
}

/** Validates a patch's shape; field issues name form fields. */
export function parsePatch(raw: unknown): AssessmentPatch {
  const result = assessmentPatchSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  throw invalid(result.error.issues.map((issue) => ({ field: fieldForPath(issue.path), message: danishIssue(issue) })));
}

function danishIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return 'Vælg en af de mulige værdier.';
    case 'unrecognized_keys':
      return `Ukendte felter: ${issue.keys.join(', ')}.`;
    case 'invalid_type':
      return 'Feltet har en ugyldig værdi.';
    default:
      return issue.message;
  }
}

/** Checks a patch against the model and the entity: ids exist, belong to the theme, kind fits. */
export function checkPatchAgainstModel(
  model: AssessableModel,
  patch: AssessmentPatch,
  context: { entityKind: 'provider' | 'fosterFamily'; isDepartment: boolean },
): void {
  const issues: FieldIssue[] = [];
  if (model.kind === 'scored') {
    for (const key of ['markers', 'markerNotes', 'criteria', 'economy', 'design', 'carriedForward'] as const) {
      if (patch[key] !== undefined) issues.push({ field: key, message: `Modellen ${model.id} er scoret: den har indikatorer, ikke ${key}.` });
    }
    const theme = patch.themeId ? model.themes.find((t) => t.id === patch.themeId) : undefined;
    if (patch.themeId && !theme) issues.push({ field: 'themeId', message: `Temaet "${patch.themeId}" findes ikke i modellen ${model.id}.` });
    const allowed = new Set((theme ? [theme] : model.themes).flatMap((t) => t.criteria.flatMap((c) => c.indicators.map((i) => i.id))));
    for (const id of Object.keys(patch.indicators ?? {})) {
      if (!allowed.has(id)) issues.push({ field: `indicator:${id}`, message: `Indikator ${id} findes ikke${theme ? ' i temaet' : ` i modellen ${model.id}`}.` });
    }
  } else {
    if (patch.indicators !== undefined) issues.push({ field: 'indicators', message: `Modellen ${model.id} har kvalitetsmarkører, ikke indikatorer.` });
    const theme = patch.themeId ? model.themes.find((t) => t.id === patch.themeId) : undefined;
    if (patch.themeId && !theme) issues.push({ field: 'themeId', message: `Temaet "${patch.themeId}" findes ikke i modellen ${model.id}.` });
    const themes = theme ? [theme] : model.themes;
    const where = theme ? ' i temaet' : ` i modellen ${model.id}`;
    const criteria = new Map(themes.flatMap((t) => t.criteria.map((c) => [c.id, c] as const)));
    const markers = new Map(themes.flatMap((t) => t.criteria.flatMap((c) => c.markers.map((m) => [m.id, m] as const))));
    for (const id of Object.keys(patch.markers ?? {})) {
      if (!markers.has(id)) issues.push({ field: `marker:${id}`, message: `Kvalitetsmarkøren "${id}" findes ikke${where}.` });
    }
    for (const id of Object.keys(patch.markerNotes ?? {})) {
      if (!markers.has(id)) issues.push({ field: `marker:${id}:note`, message: `Kvalitetsmarkøren "${id}" findes ikke${where}.` });
    }
    for (const id of Object.keys(patch.criteria ?? {})) {
      if (!criteria.has(id)) issues.push({ field: `criterion:${id}`, message: `Kvalitetskriteriet "${id}" findes ikke${where}.` });
    }
    for (const [id, steps] of Object.entries(patch.design ?? {})) {
      const marker = markers.get(id);
      if (!marker) {
        issues.push({ field: `design:${id}`, message: `Kvalitetsmarkøren "${id}" findes ikke${where}.` });
        continue;
      }
      for (const [index, step] of Object.entries(steps ?? {})) {
        const designStep = marker.investigationDesign[Number(index)];
        if (!designStep) {
          issues.push({ field: `design:${id}:${index}`, message: `Undersøgelsesdesignet for "${id}" har ikke et trin ${Number(index) + 1}.` });
        } else if (step && (step.method || step.with || step.form) && !isPerspective(designStep.kind)) {
          issues.push({ field: `design:${id}:${index}`, message: 'Metode, kilde og interviewform angives kun for trin, der belyser borgerens eller barnets perspektiv.' });
        }
      }
    }
    if (patch.economy !== undefined && context.isDepartment) {
      issues.push({ field: 'economy:result', message: 'Økonomien vurderes for tilbuddet som helhed, ikke for den enkelte afdeling.' });
    }
    if (patch.carriedForward) {
      if (context.entityKind !== 'fosterFamily' || context.isDepartment) {
        issues.push({ field: 'carriedForward:note', message: 'Kun en plejefamilies vurdering kan videreføres fra et tidligere tilsyn.' });
      } else if (patch.carriedForward.confirmed && patch.carriedForward.note.trim() === '') {
        issues.push({ field: 'carriedForward:note', message: 'Skriv en note om, hvorfor den tidligere vurdering videreføres. Rapporten gengiver den.' });
      }
    }
  }
  if (issues.length > 0) throw invalid(issues);
}

export const isPerspective = (kind: string) => kind === 'citizen_perspective' || kind === 'child_perspective';

function mergeRecord<T>(base: Record<string, T>, patch: Record<string, T | null> | undefined): Record<string, T> {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** Applies a (checked) patch; the result is a fresh object, the input is not changed. */
export function mergeData(model: AssessableModel, data: AssessmentData, patch: AssessmentPatch): AssessmentData {
  if (model.kind === 'scored') {
    const d = data as ScoredData;
    return { ...d, indicators: mergeRecord(d.indicators, patch.indicators) };
  }
  const { markerNotes: oldNotes, economy: oldEconomy, design: oldDesign, carriedForward: oldCarried, ...d } = data as BinaryData;
  const out: BinaryData = {
    ...d,
    markers: mergeRecord(d.markers, patch.markers),
    criteria: mergeRecord(d.criteria, patch.criteria),
  };
  const notes = Object.fromEntries(Object.entries(mergeRecord(oldNotes ?? {}, patch.markerNotes)).filter(([, v]) => v.trim() !== ''));
  if (Object.keys(notes).length > 0) out.markerNotes = notes;
  const economy = patch.economy === undefined ? oldEconomy : patch.economy ?? undefined;
  if (economy) out.economy = economy;
  let design: Record<string, Record<string, DesignStepRecord>> = { ...(oldDesign ?? {}) };
  for (const [markerId, steps] of Object.entries(patch.design ?? {})) {
    if (steps === null) {
      delete design[markerId];
      continue;
    }
    const merged = mergeRecord(design[markerId] ?? {}, steps);
    if (Object.keys(merged).length === 0) delete design[markerId];
    else design[markerId] = merged;
  }
  design = Object.fromEntries(Object.entries(design).filter(([, steps]) => Object.keys(steps).length > 0));
  if (Object.keys(design).length > 0) out.design = design;
  const carriedForward = patch.carriedForward === undefined ? oldCarried : patch.carriedForward ?? undefined;
  if (carriedForward) out.carriedForward = carriedForward;
  return out;
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
  economySource: 'own' | { whole: StoredEconomy | undefined } = 'own',
): Record<string, unknown> {
  if (model.kind === 'scored') {
    return { model: model.id, phase, entity, indicators: (data as ScoredData).indicators };
  }
  const d = data as BinaryData;
  const criteria = Object.fromEntries(
    Object.entries(d.criteria).flatMap(([id, c]) =>
      c.result ? [[id, { result: c.result, justification: c.justification, doubt: c.doubt }]] : [],
    ),
  );
  const economy = economySource === 'own' ? d.economy : economySource.whole;
  return {
    model: model.id,
    phase,
    entity,
    markers: d.markers,
    criteria,
    ...(economy?.result ? { economy: { result: economy.result, justification: economy.justification } } : {}),
  };
}

