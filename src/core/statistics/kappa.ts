// Two raters on an ordinal scale: Cohen's kappa with quadratic weights (Cohen 1968; Fleiss & Cohen
// 1973), and the share of exact and within-one agreement.

export type RatingPair = readonly [number, number];

/** κw = 1 − Σ w·o / Σ w·e with w = (i − j)² over the categories that occur; null when undefined. */
export function quadraticWeightedKappa(pairs: readonly RatingPair[]): number | null {
  if (pairs.length === 0) return null;
  const categories = [...new Set(pairs.flat())].sort((a, b) => a - b);
  const index = new Map(categories.map((c, i) => [c, i]));
  const k = categories.length;
  const observed = categories.map(() => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const columnTotals = new Array<number>(k).fill(0);
  for (const [a, b] of pairs) {
    const i = index.get(a)!;
    const j = index.get(b)!;
    observed[i]![j]!++;
    rowTotals[i]!++;
    columnTotals[j]!++;
  }
  const n = pairs.length;
  let disagreement = 0;
  let chance = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = (categories[i]! - categories[j]!) ** 2;
      disagreement += w * observed[i]![j]!;
      chance += (w * rowTotals[i]! * columnTotals[j]!) / n;
    }
  }
  if (chance === 0) return disagreement === 0 ? 1 : null;
  return 1 - disagreement / chance;
}

export function exactAgreement(pairs: readonly RatingPair[]): number | null {
  return pairs.length === 0 ? null : pairs.filter(([a, b]) => a === b).length / pairs.length;
}

export function withinOneAgreement(pairs: readonly RatingPair[]): number | null {
  return pairs.length === 0 ? null : pairs.filter(([a, b]) => Math.abs(a - b) <= 1).length / pairs.length;
}
