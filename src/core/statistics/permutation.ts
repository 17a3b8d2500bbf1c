// A Monte Carlo p-value for the chi-square test of independence when expected counts are small
// (Hope 1968; as R's chisq.test(simulate.p.value = TRUE)): random tables with the observed margins
// (Patefield 1981's idea, drawn cell by cell from the hypergeometric distribution), and
// p = (1 + #{χ² ≥ observed}) / (B + 1). The cost depends on the table's size, not on the count.
import { createPrng, type Prng } from '../prng.ts';
import { chiSquareTest } from './chi-square.ts';

/** One hypergeometric draw: successes among `draws` taken from `good` + `bad`, by inverting the CDF. */
function hypergeometric(prng: Prng, good: number, bad: number, draws: number): number {
  const lo = Math.max(0, draws - bad);
  const hi = Math.min(good, draws);
  if (lo === hi) return lo;
  // P(lo) up to a constant, then the ratio P(k+1)/P(k); normalised by the running total.
  const weights: number[] = [1];
  let total = 1;
  for (let k = lo; k < hi; k++) {
    const next = weights[weights.length - 1]! * ((good - k) * (draws - k)) / ((k + 1) * (bad - draws + k + 1));
    weights.push(next);
    total += next;
  }
  let u = prng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return lo + i;
  }
  return hi;
}

/** A random table with the given row and column totals, all such tables weighted as under independence. */
function randomTable(prng: Prng, rowTotals: readonly number[], columnTotals: readonly number[]): number[][] {
  const left = [...columnTotals];
  let remaining = columnTotals.reduce((a, b) => a + b, 0);
  return rowTotals.map((rowTotal) => {
    let toPlace = rowTotal;
    let pool = remaining;
    const row = left.map((columnLeft, j) => {
      pool -= columnLeft;
      const x = j === left.length - 1 ? toPlace : hypergeometric(prng, columnLeft, pool, toPlace);
      toPlace -= x;
      return x;
    });
    row.forEach((x, j) => (left[j]! -= x));
    remaining -= rowTotal;
    return row;
  });
}

export function chiSquarePermutationP(table: readonly (readonly number[])[], replicates = 2000, seed = 20261202): number {
  const rows = table.filter((r) => r.some((c) => c > 0));
  const columnTotals = (rows[0] ?? []).map((_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0));
  const keep = columnTotals.map((t, j) => [t, j] as const).filter(([t]) => t > 0).map(([, j]) => j);
  const compact = rows.map((r) => keep.map((j) => r[j] ?? 0));
  const observed = chiSquareTest(compact).statistic;
  const rowTotals = compact.map((r) => r.reduce((a, b) => a + b, 0));
  const columns = keep.map((j) => columnTotals[j]!);
  const prng = createPrng(seed);
  let atLeast = 0;
  // A relative tolerance, as R uses, so that tables equal to the observed one count despite rounding.
  const bar = observed * (1 - 1e-7);
  for (let b = 0; b < replicates; b++) {
    if (chiSquareTest(randomTable(prng, rowTotals, columns)).statistic >= bar) atLeast++;
  }
  return (1 + atLeast) / (replicates + 1);
}
