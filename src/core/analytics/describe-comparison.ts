// The statistical comparison in plain Danish, never a bare p-value (issue 10): whether the
// difference between the groups is statistically significant at the 5 % level, by which test, and
// how large the effect is in words. Effect-size bands: ε² after Tomczak & Tomczak (2014) (0.01,
// 0.08, 0.26), Cramér's V after Cohen (1988) for the smallest table dimension (0.1, 0.3, 0.5).
import type { ChiSquare } from '../statistics/chi-square.ts';
import type { KruskalWallis } from '../statistics/rank-tests.ts';

export const SIGNIFICANCE = 0.05;

const EFFECT_WORD = ['ubetydelig', 'lille', 'moderat', 'stor'] as const;
export type EffectWord = (typeof EFFECT_WORD)[number];

export function epsilonSquaredWord(e2: number): EffectWord {
  return EFFECT_WORD[e2 < 0.01 ? 0 : e2 < 0.08 ? 1 : e2 < 0.26 ? 2 : 3];
}

export function cramersVWord(v: number): EffectWord {
  return EFFECT_WORD[v < 0.1 ? 0 : v < 0.3 ? 1 : v < 0.5 ? 2 : 3];
}

/** A number with a decimal comma and a fixed number of decimals. */
export const decimalComma = (x: number, decimals: number): string => x.toFixed(decimals).replace('.', ',');

/** "p < 0,001" or "p = 0,023". */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0,001' : `p = ${decimalComma(p, 3)}`;
}

/** A share as a percentage with one decimal: 0.2345 → "23,5 %". */
export const formatShare = (share: number): string => `${decimalComma(share * 100, 1)} %`;

export type ComparisonWords = { sentence: string; significant: boolean };

/** `between`: who is compared, e.g. "socialtilsynene" or "Socialtilsyn Nord og de øvrige socialtilsyn". */
export function describeScores(between: string, kw: KruskalWallis, permutationP: number | null): ComparisonWords {
  const significant = kw.p < SIGNIFICANCE;
  const test = `Kruskal–Wallis, ${formatP(kw.p)}${permutationP !== null ? `; permutationstest ${formatP(permutationP)}` : ''}`;
  const effect = `effekten er ${epsilonSquaredWord(kw.epsilonSquared)} (ε² = ${decimalComma(kw.epsilonSquared, 2)})`;
  return { significant, sentence: `Forskellen mellem ${between} er ${significant ? '' : 'ikke '}statistisk signifikant (${test}); ${effect}.` };
}

export function describeOutcomes(between: string, chi: ChiSquare, permutationP: number | null): ComparisonWords {
  const p = permutationP ?? chi.p;
  const significant = p < SIGNIFICANCE;
  const test = permutationP !== null ? `chi-i-anden med permutationstest, ${formatP(permutationP)}` : `chi-i-anden, ${formatP(chi.p)}`;
  const effect = `effekten er ${cramersVWord(chi.cramersV)} (Cramérs V = ${decimalComma(chi.cramersV, 2)})`;
  return { significant, sentence: `Forskellen mellem ${between} er ${significant ? '' : 'ikke '}statistisk signifikant (${test}); ${effect}.` };
}
