// What a binary assessment stores: marker states and notes, criterion conclusions being written,
// the economy, the investigation design steps done, and a foster family's carried-forward note;
// how a patch is checked against the model and applied; and how it becomes the engine's input.
import { z } from 'zod';
import type { Entity, Phase } from '../../assessment/assessment-input.ts';
import type { AssessmentPatch, PatchContext, PatchIssue } from '../../assessment/assessment-patch.ts';
import { mergeRecord } from '../../assessment/merge-record.ts';
import { longText } from '../../assessment/stored-text.ts';
import { CRITERION_RESULTS, MARKER_STATES } from './assessment-input.ts';
import type { BinaryModel, MethodKind } from './catalog.ts';

/** Citizen/child perspective: interview aimed for, otherwise observation or triangulation (or, for a child, minutes of child conversations). */
export const PERSPECTIVE_METHODS = ['interview', 'observation', 'triangulation', 'child_conversation_minutes'] as const;
export type PerspectiveMethod = (typeof PERSPECTIVE_METHODS)[number];

/**
 * The methods each perspective offers, in the seed's order. A child's (seed 000, plejefamilier):
 * "Interview af barnet eller observation af plejefamiliens samspil med barnet tilstræbes. Hvis dette
 * ikke er muligt, belyses barnets perspektiv ved triangulering med pårørende, rådgiver eller anden
 * professionel omkring barnet eller dokumentanalyse af referat fra børnesamtaler." An adult
 * citizen's: interview, observation, or triangulation with one other source.
 */
export const PERSPECTIVE_METHODS_FOR: Record<'citizen_perspective' | 'child_perspective', readonly PerspectiveMethod[]> = {
  citizen_perspective: ['interview', 'observation', 'triangulation'],
  child_perspective: ['interview', 'observation', 'triangulation', 'child_conversation_minutes'],
};
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

export const emptyBinaryData = (): BinaryData => ({ markers: {}, criteria: {} });

export const isPerspective = (kind: MethodKind): kind is 'citizen_perspective' | 'child_perspective' => kind === 'citizen_perspective' || kind === 'child_perspective';

/** Checks a patch against the model and the entity: ids exist, belong to the theme, the kind's fields only. */
export function checkBinaryPatch(model: BinaryModel, patch: AssessmentPatch, context: PatchContext): PatchIssue[] {
  const issues: PatchIssue[] = [];
  if (patch.indicators !== undefined) issues.push({ field: 'indicators', message: `Modellen ${model.id} har kvalitetsmarkører, ikke indikatorer.` });
  // The binary models conclude by the rule (every criterion and the economy met), not by a separate answer.
  if (patch.conclusion !== undefined) issues.push({ field: 'conclusion', message: `Modellen ${model.id} konkluderer ud fra kriterierne og økonomien, ikke ved et særskilt svar.` });
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
      } else if (step?.method && isPerspective(designStep.kind) && !PERSPECTIVE_METHODS_FOR[designStep.kind].includes(step.method)) {
        issues.push({ field: `design:${id}:${index}:method`, message: 'Dokumentanalyse af referat fra børnesamtaler belyser kun et barns perspektiv.' });
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
  return issues;
}

/** Applies a (checked) patch; the result is a fresh object, the input is not changed. */
export function mergeBinaryData(data: BinaryData, patch: AssessmentPatch): BinaryData {
  const { markerNotes: oldNotes, economy: oldEconomy, design: oldDesign, carriedForward: oldCarried, ...d } = data;
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

/** The engine's input; a department's assessment takes the economy of the provider as a whole. */
export function binaryEngineInput(
  model: BinaryModel,
  phase: Phase,
  entity: Entity,
  d: BinaryData,
  economySource: 'own' | { whole: StoredEconomy | undefined } = 'own',
): Record<string, unknown> {
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
