// The analytics facts: one row per final assessment of one item (an indicator's score, a criterion's
// or marker's conclusion, the economy, sufficient quality, the decision), normalised so the
// questions of seed 001 are counts over an index. Derived from final report versions only (drafts
// never) or imported from an authority's former system; both carry the same fields.
import { z } from 'zod';
import { PHASES } from '../assessment/assessment-input.ts';
import { DECISIONS } from '../assessment/decision-options.ts';
import { assertNever } from '../assert-never.ts';
import type { AssessableModel } from '../model/schema.ts';
import { RISKS } from '../vocabulary.ts';
import { CONSISTENCY_FLAGS } from './consistency.ts';

export const FACT_ITEM_KINDS = ['indicator', 'criterion', 'marker', 'economy', 'sufficient_quality', 'decision'] as const;
export type FactItemKind = (typeof FACT_ITEM_KINDS)[number];

export const FACT_SOURCES = ['native', 'imported'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

export const FACT_ENTITY_KINDS = ['provider', 'foster_family'] as const;
export type FactEntityKind = (typeof FACT_ENTITY_KINDS)[number];

/** Seed 001's special situations, each a flag on the facts it concerns. */
export const SPECIAL_SITUATIONS = ['without_child', 'new_without_child', 'department_level', 'adult_with_child_places'] as const;
export type SpecialSituation = (typeof SPECIAL_SITUATIONS)[number];

export const SCORE_VALUES = ['1', '2', '3', '4', '5'] as const;
/** The values an item of each kind can take. */
export const FACT_VALUES: Record<FactItemKind, readonly string[]> = {
  indicator: [...SCORE_VALUES, 'expected_met', 'expected_not_met'],
  criterion: ['met', 'not_met'],
  marker: ['present', 'absent', 'not_applicable'],
  economy: ['met', 'not_met'],
  sufficient_quality: ['sufficient', 'insufficient'],
  decision: DECISIONS,
};

/** "Low" for the funnel plots and heat table: a score of 1 or 2, or an outcome not met. */
export const LOW_VALUES: readonly string[] = ['1', '2', 'expected_not_met', 'not_met', 'absent', 'insufficient'];

export const factSchema = z.strictObject({
  sourceKey: z.string().min(1).max(200),
  source: z.enum(FACT_SOURCES),
  authorityId: z.string().min(1),
  entityKind: z.enum(FACT_ENTITY_KINDS),
  entityId: z.string().min(1).max(100),
  legalBases: z.array(z.string()),
  ownership: z.string().nullable(),
  typology: z.string().nullable(),
  departmentId: z.string().nullable(),
  inspectionKey: z.string().min(1),
  inspectionId: z.string().nullable(),
  reportVersionId: z.string().nullable(),
  phase: z.enum(PHASES),
  factDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  modelId: z.string().min(1),
  modelVersion: z.string().min(1),
  themeId: z.string().nullable(),
  criterionId: z.string().nullable(),
  itemKind: z.enum(FACT_ITEM_KINDS),
  itemId: z.string().min(1),
  value: z.string().min(1),
  carriedForward: z.boolean(),
  situations: z.array(z.enum(SPECIAL_SITUATIONS)),
  risk: z.enum(RISKS).nullable(),
  /** The written assessment contradicts the value (consistency.ts); null for imported facts. */
  consistency: z.enum(CONSISTENCY_FLAGS).nullable(),
  inspector: z.string().min(1).max(100),
});
export type Fact = z.infer<typeof factSchema>;

/** The numeric score of a value, or null for an outcome. */
export const scoreOf = (value: string): number | null => ((SCORE_VALUES as readonly string[]).includes(value) ? Number(value) : null);

/** `childrenOnly`: an indicator that applies only to children's providers (§ 66), which seed 001 finds scored 1 at adult providers with vacant children's places. */
export type ModelItem = { kind: FactItemKind; themeId: string | null; criterionId: string | null; text: string; childrenOnly: boolean };

const CHILDREN_BASIS = /^sel-66-/;

/** Every item of a model that facts can be about, by id: what the import and the filters look up. */
export function modelItems(model: AssessableModel): Map<string, ModelItem> {
  const items = new Map<string, ModelItem>();
  switch (model.kind) {
    case 'binary':
      for (const theme of model.themes) {
        for (const c of theme.criteria) {
          items.set(c.id, { kind: 'criterion', themeId: theme.id, criterionId: c.id, text: c.text, childrenOnly: false });
          for (const m of c.markers) items.set(m.id, { kind: 'marker', themeId: theme.id, criterionId: c.id, text: m.text, childrenOnly: false });
        }
      }
      break;
    case 'scored':
      for (const theme of model.themes) {
        for (const c of theme.criteria) {
          for (const i of c.indicators) {
            const childrenOnly = i.onlyFor.length > 0 && i.onlyFor.every((b) => CHILDREN_BASIS.test(b));
            items.set(i.id, { kind: 'indicator', themeId: theme.id, criterionId: c.id, text: i.text, childrenOnly });
          }
        }
      }
      break;
    default:
      return assertNever(model);
  }
  const whole = { themeId: null, criterionId: null, childrenOnly: false };
  items.set('economy', { ...whole, kind: 'economy', text: 'Økonomi' });
  items.set('sufficient_quality', { ...whole, kind: 'sufficient_quality', text: 'Fornøden kvalitet' });
  items.set('decision', { ...whole, kind: 'decision', text: 'Afgørelse' });
  return items;
}

/** A provider with both children's (§ 66) and adults' legal bases. */
export const adultWithChildPlaces = (legalBases: readonly string[]): boolean =>
  legalBases.some((b) => CHILDREN_BASIS.test(b)) && legalBases.some((b) => !CHILDREN_BASIS.test(b));

/** An inspector as a stable code where their name may not be shown: the same person, the same code. */
export function inspectorCode(inspector: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < inspector.length; i++) h = Math.imul(h ^ inspector.charCodeAt(i), 0x01000193);
  return `TK-${(h >>> 0).toString(36).toUpperCase().padStart(7, '0')}`;
}
