// Score against written assessment (seed 001): the scale's own wording ("i høj grad opfyldt" …)
// in an indicator's assessment that names another score than the one given, and a criterion
// concluded met whose justification says a marker is "ikke til stede". Warnings, not errors: the
// inspector may have a reason, but a reader will see a contradiction.
import { SCORE_WORDS } from '../labels.ts';

export const CONSISTENCY_FLAGS = ['scale_wording', 'met_with_absent_marker'] as const;
export type ConsistencyFlag = (typeof CONSISTENCY_FLAGS)[number];

export type WordingConflict = { phrase: string; phraseScore: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Not inside a longer word or phrase: "i høj grad" must not match within "i meget høj grad".
const phraseRegex = (phrase: string) => new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'iu');
const PATTERNS = Object.entries(SCORE_WORDS).map(([score, phrase]) => ({ score: Number(score), phrase, regex: phraseRegex(phrase) }));

/** The scale phrases in `text` that belong to another score than `score`. */
export function scaleWordingConflicts(text: string, score: number): WordingConflict[] {
  return PATTERNS.filter((p) => p.score !== score && p.regex.test(text)).map((p) => ({ phrase: p.phrase, phraseScore: p.score }));
}

const ABSENT = phraseRegex('ikke til stede');

export function metWithAbsentMarker(result: string | null, justification: string): boolean {
  return result === 'met' && ABSENT.test(justification);
}
