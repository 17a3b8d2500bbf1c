// Comparing groups on an ordinal value, from counts (group → value → count), so the cost grows with
// the number of distinct values, not of rows: Kruskal–Wallis with the tie correction and ε² = H/(n−1),
// then Dunn's pairwise z (tie-corrected variance) with Holm's step-down adjustment over all pairs.
import { chiSquareSurvival, normalTwoSidedP } from './distributions.ts';

/** group → value → count; groups and values in any order. */
export type CountTable = ReadonlyMap<string, ReadonlyMap<number, number>>;

type Ranked = { n: number; rankSums: Map<string, number>; sizes: Map<string, number>; tieSum: number };

/** Average ranks of the distinct values over all groups, and each group's rank sum. */
function rank(table: CountTable): Ranked {
  const totals = new Map<number, number>();
  for (const counts of table.values()) for (const [v, c] of counts) totals.set(v, (totals.get(v) ?? 0) + c);
  const values = [...totals.keys()].sort((a, b) => a - b);
  const averageRank = new Map<number, number>();
  let below = 0;
  let tieSum = 0;
  for (const v of values) {
    const t = totals.get(v)!;
    averageRank.set(v, below + (t + 1) / 2);
    tieSum += t * t * t - t;
    below += t;
  }
  const rankSums = new Map<string, number>();
  const sizes = new Map<string, number>();
  for (const [g, counts] of table) {
    let sum = 0;
    let size = 0;
    for (const [v, c] of counts) {
      sum += c * averageRank.get(v)!;
      size += c;
    }
    rankSums.set(g, sum);
    sizes.set(g, size);
  }
  return { n: below, rankSums, sizes, tieSum };
}

export type KruskalWallis = { H: number; df: number; p: number; epsilonSquared: number };

export function kruskalWallis(table: CountTable): KruskalWallis {
  const { n, rankSums, sizes, tieSum } = rank(table);
  const groups = [...sizes.entries()].filter(([, size]) => size > 0);
  let sum = 0;
  for (const [g, size] of groups) sum += rankSums.get(g)! ** 2 / size;
  const raw = (12 / (n * (n + 1))) * sum - 3 * (n + 1);
  const correction = n > 1 ? 1 - tieSum / (n * n * n - n) : 0;
  const H = correction > 0 ? raw / correction : 0;
  const df = groups.length - 1;
  return { H, df, p: df > 0 ? chiSquareSurvival(H, df) : 1, epsilonSquared: n > 1 ? H / (n - 1) : 0 };
}

export type DunnPair = { a: string; b: string; z: number; p: number; pHolm: number };

/** Holm's step-down adjustment, made monotone and capped at 1; the result is in the input's order. */
export function holm(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(([p, i], k) => {
    running = Math.max(running, Math.min(1, (m - k) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/** Every pair of groups with a < b (by name), Dunn's z and its two-sided p, Holm-adjusted. */
export function dunn(table: CountTable): DunnPair[] {
  const { n, rankSums, sizes, tieSum } = rank(table);
  const names = [...sizes.keys()].filter((g) => sizes.get(g)! > 0).sort();
  const variance = (n * (n + 1)) / 12 - tieSum / (12 * (n - 1));
  const pairs: Omit<DunnPair, 'pHolm'>[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i]!;
      const b = names[j]!;
      const na = sizes.get(a)!;
      const nb = sizes.get(b)!;
      const se = Math.sqrt(variance * (1 / na + 1 / nb));
      const z = se > 0 ? (rankSums.get(a)! / na - rankSums.get(b)! / nb) / se : 0;
      pairs.push({ a, b, z, p: normalTwoSidedP(z) });
    }
  }
  const adjusted = holm(pairs.map((p) => p.p));
  return pairs.map((p, i) => ({ ...p, pHolm: adjusted[i]! }));
}
