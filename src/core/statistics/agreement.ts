// Agreement between raters (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): alpha
// from the coincidence matrix for nominal, ordinal and interval values, any number of raters, missing
// values allowed; and the share of agreeing pairs of values within units.
import { createPrng } from '../prng.ts';

/** unit → the values given to it (missing ones left out). */
export type ReliabilityData = ReadonlyMap<string, readonly (string | number)[]>;
export type Metric = 'nominal' | 'ordinal' | 'interval';

type Coincidences = { values: (string | number)[]; o: number[][]; nc: number[]; n: number };

function coincidences(data: ReliabilityData): Coincidences {
  const values = [...new Set([...data.values()].flat())].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
  const index = new Map(values.map((v, i) => [v, i]));
  const o = values.map(() => values.map(() => 0));
  for (const unit of data.values()) {
    const m = unit.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i !== j) o[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += 1 / (m - 1);
      }
    }
  }
  const nc = o.map((row) => row.reduce((a, b) => a + b, 0));
  return { values, o, nc, n: nc.reduce((a, b) => a + b, 0) };
}

function delta(metric: Metric, c: Coincidences, i: number, j: number): number {
  if (i === j) return 0;
  switch (metric) {
    case 'nominal':
      return 1;
    case 'interval':
      return (Number(c.values[i]) - Number(c.values[j])) ** 2;
    case 'ordinal': {
      const [lo, hi] = i < j ? [i, j] : [j, i];
      let sum = 0;
      for (let g = lo; g <= hi; g++) sum += c.nc[g]!;
      return (sum - (c.nc[lo]! + c.nc[hi]!) / 2) ** 2;
    }
  }
}

/** Krippendorff's alpha; 1 when the observed disagreement is 0; null with fewer than two pairable values. */
export function krippendorffAlpha(data: ReliabilityData, metric: Metric): number | null {
  const c = coincidences(data);
  if (c.n < 2) return null;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < c.values.length; i++) {
    for (let j = 0; j < c.values.length; j++) {
      const d = delta(metric, c, i, j);
      observed += c.o[i]![j]! * d;
      expected += c.nc[i]! * c.nc[j]! * d;
    }
  }
  if (observed === 0) return 1;
  return expected === 0 ? null : 1 - ((c.n - 1) * observed) / expected;
}

/** Values in units with at least two values (the ones alpha can pair). */
export const pairableValues = (data: ReliabilityData): number => [...data.values()].filter((u) => u.length >= 2).reduce((s, u) => s + u.length, 0);

/** The share of agreeing pairs among all pairs of values within a unit; null when there is no pair. */
export function percentAgreement(data: ReliabilityData): number | null {
  let pairs = 0;
  let agreeing = 0;
  for (const unit of data.values()) {
    for (let i = 0; i < unit.length; i++) {
      for (let j = i + 1; j < unit.length; j++) {
        pairs++;
        if (unit[i] === unit[j]) agreeing++;
      }
    }
  }
  return pairs === 0 ? null : agreeing / pairs;
}

/**
 * A bootstrap 95 % interval for alpha: the units are drawn with replacement (seeded, so the interval
 * is the same on every run) and the 2.5 % and 97.5 % percentiles of the resampled alphas are taken.
 */
export function alphaBootstrap(data: ReliabilityData, metric: Metric, replicates = 1000, seed = 20261202): [number, number] | null {
  const units = [...data.values()].filter((u) => u.length >= 2);
  if (units.length < 2 || krippendorffAlpha(data, metric) === null) return null;
  const prng = createPrng(seed);
  const alphas: number[] = [];
  for (let b = 0; b < replicates; b++) {
    const sample = new Map(units.map((_, i) => [String(i), units[prng.int(0, units.length - 1)]!]));
    const a = krippendorffAlpha(sample, metric);
    if (a !== null) alphas.push(a);
  }
  if (alphas.length === 0) return null;
  alphas.sort((x, y) => x - y);
  const at = (q: number): number => alphas[Math.min(alphas.length - 1, Math.max(0, Math.round(q * (alphas.length - 1))))]!;
  return [at(0.025), at(0.975)];
}
