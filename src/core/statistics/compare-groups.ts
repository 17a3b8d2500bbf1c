// The comparison `tilsyn analytics compare` prints: per group the counts and summary, and the tests
// across groups — for 1–5 scores Kruskal–Wallis, chi-square and Dunn; for met/not met the share with
// its Wilson interval and chi-square. Groups sorted by name.
import { chiSquareTest, type ChiSquare } from './chi-square.ts';
import { wilsonInterval } from './proportions.ts';
import { dunn, kruskalWallis, type CountTable, type DunnPair, type KruskalWallis } from './rank-tests.ts';

export const SCORES = [1, 2, 3, 4, 5] as const;

export type ScoreComparison = {
  groups: { group: string; n: number; counts: Record<'1' | '2' | '3' | '4' | '5', number>; mean: number; median: number }[];
  kruskalWallis: KruskalWallis;
  chiSquare: ChiSquare;
  dunn: DunnPair[];
};

export type MetComparison = {
  groups: { group: string; n: number; met: number; share: number; ci95: [number, number] }[];
  chiSquare: ChiSquare;
};

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The median of the values a count table holds (n values in all). */
export function medianOfCounts(counts: ReadonlyMap<number, number>, n: number): number {
  const at = (k: number) => {
    let seen = 0;
    for (const v of [...counts.keys()].sort((a, b) => a - b)) {
      seen += counts.get(v)!;
      if (seen >= k) return v;
    }
    return Number.NaN;
  };
  return n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
}

export function compareScores(table: CountTable): ScoreComparison {
  const names = [...table.keys()].sort(byName);
  const occurring = SCORES.filter((s) => names.some((g) => (table.get(g)!.get(s) ?? 0) > 0));
  return {
    groups: names.map((group) => {
      const counts = table.get(group)!;
      const n = [...counts.values()].reduce((a, b) => a + b, 0);
      const sum = [...counts].reduce((s, [v, c]) => s + v * c, 0);
      return {
        group,
        n,
        counts: { '1': counts.get(1) ?? 0, '2': counts.get(2) ?? 0, '3': counts.get(3) ?? 0, '4': counts.get(4) ?? 0, '5': counts.get(5) ?? 0 },
        mean: sum / n,
        median: medianOfCounts(counts, n),
      };
    }),
    kruskalWallis: kruskalWallis(table),
    chiSquare: chiSquareTest(names.map((g) => occurring.map((s) => table.get(g)!.get(s) ?? 0))),
    dunn: dunn(table),
  };
}

/** group → [met, not met] */
export function compareMet(table: ReadonlyMap<string, readonly [number, number]>): MetComparison {
  const names = [...table.keys()].sort(byName);
  return {
    groups: names.map((group) => {
      const [met, notMet] = table.get(group)!;
      const n = met + notMet;
      return { group, n, met, share: met / n, ci95: wilsonInterval(met, n) };
    }),
    chiSquare: chiSquareTest(names.map((g) => [...table.get(g)!])),
  };
}
