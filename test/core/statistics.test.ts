// Issue 10: the statistics against published reference values, and the invariants they must keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chiSquareSurvival, normalTwoSidedP } from '../../src/core/statistics/distributions.ts';
import { dunn, holm, kruskalWallis, type CountTable } from '../../src/core/statistics/rank-tests.ts';
import { chiSquareTest } from '../../src/core/statistics/chi-square.ts';
import { wilsonInterval } from '../../src/core/statistics/proportions.ts';
import { alphaBootstrap, krippendorffAlpha, percentAgreement, type ReliabilityData } from '../../src/core/statistics/agreement.ts';
import { funnel, funnelLimits } from '../../src/core/statistics/funnel.ts';
import { chiSquarePermutationP } from '../../src/core/statistics/permutation.ts';
import { exactAgreement, quadraticWeightedKappa, withinOneAgreement, type RatingPair } from '../../src/core/statistics/kappa.ts';

const close = (actual: number | null, expected: number, tolerance: number, what: string) =>
  assert.ok(actual !== null && Math.abs(actual - expected) <= tolerance, `${what}: ${actual} ≠ ${expected} ± ${tolerance}`);

/** Observations → the count table the tests work on. */
function countTable(groups: Record<string, number[]>): CountTable {
  return new Map(Object.entries(groups).map(([g, values]) => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [g, counts];
  }));
}

test('distribution tails: chi-square and normal reference points', () => {
  close(chiSquareSurvival(3.841459, 1), 0.05, 1e-7, 'χ²(1) at 3.841459');
  close(chiSquareSurvival(5.991465, 2), 0.05, 1e-7, 'χ²(2) at 5.991465');
  close(chiSquareSurvival(18.307038, 10), 0.05, 1e-7, 'χ²(10) at 18.307038');
  close(normalTwoSidedP(1.959964), 0.05, 1e-7, 'normal at 1.959964');
  close(normalTwoSidedP(3.290527), 0.001, 1e-8, 'normal at 3.290527');
});

test("Kruskal–Wallis: R's kruskal.test help example (Hollander & Wolfe) gives H = 0.77143, df = 2, p = 0.68", () => {
  const r = kruskalWallis(countTable({ x: [2.9, 3.0, 2.5, 2.6, 3.2], y: [3.8, 2.7, 4.0, 2.4], z: [2.8, 3.4, 3.7, 2.2, 2.0] }));
  close(r.H, 0.77143, 5e-6, 'H');
  assert.equal(r.df, 2);
  close(r.p, 0.68, 0.005, 'p');
  close(r.epsilonSquared, r.H / 13, 1e-12, 'ε² = H/(n−1)');
});

test('Kruskal–Wallis with ties: the tie correction divides H by 1 − Σ(t³−t)/(n³−n)', () => {
  // 1–5 scores in three groups; H computed by hand from the average ranks.
  const table = countTable({ a: [1, 2, 2, 3], b: [3, 3, 4], c: [4, 5, 5] });
  const r = kruskalWallis(table);
  // Ranks: 1→1; 2→2.5 (×2); 3→5 (×3); 4→7.5 (×2); 5→9.5 (×2). R_a = 1+2.5+2.5+5 = 11, R_b = 5+5+7.5 = 17.5, R_c = 7.5+9.5+9.5 = 26.5.
  const raw = (12 / (10 * 11)) * (11 ** 2 / 4 + 17.5 ** 2 / 3 + 26.5 ** 2 / 3) - 3 * 11;
  const correction = 1 - (0 + 6 + 24 + 6 + 6) / (1000 - 10);
  close(r.H, raw / correction, 1e-12, 'H');
});

test('property: relabelling or reordering the groups leaves H unchanged', () => {
  fc.assert(fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 5 }), (groups) => {
    const forward = kruskalWallis(countTable(Object.fromEntries(groups.map((g, i) => [`g${i}`, g]))));
    const backward = kruskalWallis(countTable(Object.fromEntries(groups.reverse().map((g, i) => [`h${i}`, g]))));
    return Math.abs(forward.H - backward.H) < 1e-9;
  }));
});

test('Dunn with Holm: every pair once (a < b), adjusted p ≥ raw p, monotone and at most 1', () => {
  const pairs = dunn(countTable({ syd: [1, 2, 2, 3, 1], midt: [3, 3, 4, 4], nord: [4, 5, 5, 5, 4] }));
  assert.deepEqual(pairs.map((p) => [p.a, p.b]), [['midt', 'nord'], ['midt', 'syd'], ['nord', 'syd']]);
  for (const p of pairs) assert.ok(p.pHolm >= p.p && p.pHolm <= 1);
  fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 10 }), (ps) => {
    const adjusted = holm(ps);
    const order = ps.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
    return adjusted.every((a, i) => a >= ps[i]! - 1e-15 && a <= 1) && order.every(([, i], k) => k === 0 || adjusted[i]! >= adjusted[order[k - 1]![1]]! - 1e-15);
  }));
});

test('chi-square of independence: a textbook 2 × 2 table (no continuity correction) and Cramér\'s V', () => {
  // 20/30 vs 30/20: χ² = 4.0, df = 1, p = 0.0455, V = √(4/100) = 0.2.
  const r = chiSquareTest([[20, 30], [30, 20]]);
  close(r.statistic, 4, 1e-12, 'χ²');
  assert.equal(r.df, 1);
  close(r.p, 0.04550026, 1e-7, 'p');
  close(r.cramersV, 0.2, 1e-12, 'V');
  assert.equal(r.expectedBelow5Share, 0);
});

test('Wilson interval: 81 of 263 (Wilson 1927 style reference: 0.2553 – 0.3662 at z = 1.96)', () => {
  const [lo, hi] = wilsonInterval(81, 263);
  close(lo, 0.2553, 5e-4, 'lower');
  close(hi, 0.3662, 5e-4, 'upper');
});

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the worked example with missing
// values: four observers, twelve units; α nominal 0.743, ordinal 0.815, interval 0.849.
const KRIPPENDORFF_2011: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const byUnit = (matrix: (number | null)[][]): ReliabilityData =>
  new Map(matrix[0]!.map((_, u) => [`u${u}`, matrix.map((row) => row[u]).filter((v): v is number => v !== null)]));

test('Krippendorff\'s alpha: the 2011 worked example, nominal 0.743, ordinal 0.815, interval 0.849', () => {
  const data = byUnit(KRIPPENDORFF_2011);
  close(krippendorffAlpha(data, 'nominal'), 0.743, 5e-4, 'nominal');
  close(krippendorffAlpha(data, 'ordinal'), 0.815, 5e-4, 'ordinal');
  close(krippendorffAlpha(data, 'interval'), 0.849, 5e-4, 'interval');
});

test('property: perfect agreement gives alpha = 1 and percent agreement 1', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 20 }), fc.integer({ min: 2, max: 5 }), (truths, raters) => {
    fc.pre(new Set(truths).size > 1);
    const data: ReliabilityData = new Map(truths.map((t, u) => [`u${u}`, Array.from({ length: raters }, () => t)]));
    return krippendorffAlpha(data, 'nominal') === 1 && krippendorffAlpha(data, 'ordinal') === 1 && krippendorffAlpha(data, 'interval') === 1 && percentAgreement(data) === 1;
  }));
});

test('alpha bootstrap: the interval holds the point estimate, is reproducible and is one point for perfect agreement', () => {
  const data = byUnit(KRIPPENDORFF_2011);
  const interval = alphaBootstrap(data, 'ordinal');
  assert.ok(interval, 'an interval');
  const [lo, hi] = interval;
  const alpha = krippendorffAlpha(data, 'ordinal')!;
  assert.ok(lo <= alpha && alpha <= hi && lo < hi, `${lo} ≤ ${alpha} ≤ ${hi}`);
  assert.deepEqual(alphaBootstrap(data, 'ordinal'), interval, 'the same seed gives the same interval');
  const perfect: ReliabilityData = new Map([['a', [1, 1, 1]], ['b', [3, 3]], ['c', [5, 5, 5]]]);
  assert.deepEqual(alphaBootstrap(perfect, 'ordinal'), [1, 1]);
});

// test/core/reference/statistics-reference.py: the exact conditional p by enumerating every table
// with these margins (0.012987 and 0.074226; the asymptotic p is 0.015677 and 0.069855). 2,000
// replicates put the Monte Carlo p within about ±0.006 and ±0.012 (2 standard errors) of them.
test('Monte Carlo permutation p for chi-square agrees with the exact conditional p', () => {
  close(chiSquarePermutationP([[4, 1, 0], [0, 2, 4]]), 0.012987, 0.008, 'small 2 × 3 table');
  close(chiSquarePermutationP([[5, 2, 1, 0], [1, 3, 2, 4]]), 0.074226, 0.015, '2 × 4 table');
  const p = chiSquarePermutationP([[10, 10], [10, 10]]);
  assert.ok(p > 0.9, `a table exactly at independence has p near 1, got ${p}`);
});

test('property: the permutation p lies in (0, 1] and a random table keeps the margins (same p twice)', () => {
  fc.assert(fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 3 }), (table) => {
    fc.pre(table.flat().reduce((a, b) => a + b, 0) > 2);
    const p = chiSquarePermutationP(table, 200);
    return p > 0 && p <= 1 && p === chiSquarePermutationP(table, 200);
  }), { numRuns: 40 });
});

test('funnel limits: p0 = 0.2, n = 100 gives 0.2 ± 1.959964·0.04 and ± 3.090232·0.04; positions', () => {
  const l = funnelLimits(0.2, 100);
  close(l.lower95, 0.2 - 1.959964 * 0.04, 1e-12, 'lower 95');
  close(l.upper95, 0.2 + 1.959964 * 0.04, 1e-12, 'upper 95');
  close(l.upper998, 0.2 + 3.090232 * 0.04, 1e-12, 'upper 99.8');
  assert.equal(funnelLimits(0.01, 4).lower998, 0, 'clipped at 0');
  const f = funnel([{ key: 'a', events: 20, n: 100 }, { key: 'b', events: 45, n: 100 }, { key: 'c', events: 35, n: 300 }]);
  close(f.p0, 100 / 500, 1e-12, 'pooled share');
  assert.deepEqual(f.points.map((p) => p.position), ['within', 'above998', 'below998']);
});

// test/core/reference/statistics-reference.py: scikit-learn's cohen_kappa_score(a, b, weights='quadratic').
const KAPPA_A = [1, 2, 3, 4, 5, 3, 4, 2, 5, 1, 3, 4, 2, 2, 3, 5, 4, 4, 3, 1];
const KAPPA_B = [1, 3, 3, 4, 4, 2, 4, 2, 5, 2, 3, 5, 2, 3, 3, 4, 4, 5, 2, 1];
test('quadratic-weighted kappa: 0.856688 as scikit-learn; exact and within-one agreement', () => {
  const pairs: RatingPair[] = KAPPA_A.map((a, i) => [a, KAPPA_B[i]!]);
  close(quadraticWeightedKappa(pairs), 0.856687898089172, 1e-12, 'kappa');
  assert.equal(exactAgreement(pairs), 11 / 20);
  assert.equal(withinOneAgreement(pairs), 1);
  assert.equal(quadraticWeightedKappa([[2, 2], [4, 4]]), 1);
  assert.equal(quadraticWeightedKappa([]), null);
});
