// Each authority's local rule for scoring in a special situation, as seed 001 found them: Nord keeps
// the last inspection's scores, Syd assesses from what it already knows, Midt and Hovedstaden score 1
// on selected indicators, Øst scores every indicator 1; for new families Syd scores 4. Seed 001
// advises against scoring 1 automatically: the score then says nothing about the quality.
import type { SpecialSituation } from './facts.ts';

export const LOCAL_RULES = ['carry_forward', 'prior_knowledge', 'score_1_selected', 'score_1_all', 'score_4_all', 'assess_normally'] as const;
export type LocalRule = (typeof LOCAL_RULES)[number];

/** Rules that put a fixed score on indicators the inspector could not assess. */
export const AUTOMATIC_SCORE_RULES: readonly LocalRule[] = ['score_1_selected', 'score_1_all', 'score_4_all'];

/** The situations an authority sets a local rule for (department-level assessment is measured, not ruled). */
export const RULED_SITUATIONS = ['without_child', 'new_without_child', 'adult_with_child_places'] as const satisfies readonly SpecialSituation[];
export type RuledSituation = (typeof RULED_SITUATIONS)[number];
