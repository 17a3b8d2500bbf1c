// Issue 13: a calibration round's results — Krippendorff's alpha over the round's items (the 2011
// worked example as a round of twelve scored items and four inspectors), the bands in words, the
// distribution, the middle answer and each inspector's deviation; and the quality review's checklist
// (word for word from the seeds) and reproducible, stratified sample draw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { roundResults, reliabilityBand, type Answer, type Participant } from '../../src/core/calibration/round-results.ts';
import type { CalibrationItem } from '../../src/core/calibration/calibration-items.ts';
import { CHECKLIST } from '../../src/core/quality-review/checklist.ts';
import { drawSample, SAMPLE_STRATA, type SampleCandidate } from '../../src/core/quality-review/draw-sample.ts';

const KRIPPENDORFF_2011: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const SCALE = [5, 4, 3, 2, 1].map((s) => ({ value: String(s), label: String(s) }));
const items: CalibrationItem[] = KRIPPENDORFF_2011[0]!.map((_, u) => ({ id: `i${u}`, kind: 'indicator', themeTitle: 'Tema', text: `Indikator ${u}`, options: SCALE }));
const people: Participant[] = KRIPPENDORFF_2011.map((_, r) => ({ userId: `u${r}`, name: `Inspektør ${r}`, authorityId: r < 2 ? 'nord' : 'syd' }));
const answers: Answer[] = KRIPPENDORFF_2011.flatMap((row, r) => row.flatMap((v, u) => (v === null ? [] : [{ userId: `u${r}`, itemId: `i${u}`, value: String(v), reason: `Begrundelse ${r}-${u}` }])));

test('a round of the 2011 worked example: ordinal alpha 0.815, nominal 0.743, with an interval around it', () => {
  const ordinal = roundResults(items, 'ordinal', people, answers);
  assert.ok(Math.abs(ordinal.overall.alpha! - 0.815) < 5e-4, String(ordinal.overall.alpha));
  assert.equal(ordinal.overall.band, 'reliable');
  const [lo, hi] = ordinal.overall.interval!;
  assert.ok(lo <= ordinal.overall.alpha! && ordinal.overall.alpha! <= hi && lo < hi, 'the interval holds alpha');
  assert.ok(Math.abs(roundResults(items, 'nominal', people, answers).overall.alpha! - 0.743) < 5e-4);
  assert.deepEqual(ordinal.byAuthority.map((a) => a.authorityId), ['nord', 'syd'], 'alpha within each authority');
});

test('per item: the distribution, the median, the agreeing pairs and the reasons side by side', () => {
  const r = roundResults(items, 'ordinal', people, answers);
  const unit5 = r.items[5]!; // answers 1, 2, 3, 4
  assert.deepEqual(unit5.distribution.map((d) => [d.value, d.count]), [['5', 0], ['4', 1], ['3', 1], ['2', 1], ['1', 1]]);
  assert.deepEqual(unit5.middle, ['2.5']);
  assert.equal(unit5.agreeingPairs, 0);
  assert.equal(unit5.reasons.length, 4);
  assert.deepEqual(r.items[2]!.middle, ['3']);
  assert.equal(r.items[2]!.agreeingPairs, 1);
  // Inspector 0 answered items 0–8 and differs from the median only on item 5 (1 against 2.5).
  const first = r.inspectors.find((i) => i.userId === 'u0')!;
  assert.equal(first.answered, 9);
  assert.ok(Math.abs(first.deviation! - 1.5 / 9) < 1e-9, String(first.deviation));
});

test('all inspectors agree: alpha is 1, "reliable", and nobody deviates', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 2, max: 6 }), (scores, n) => {
    const its: CalibrationItem[] = scores.map((_, i) => ({ id: `i${i}`, kind: 'indicator', themeTitle: '', text: '', options: SCALE }));
    const ps: Participant[] = Array.from({ length: n }, (_, p) => ({ userId: `p${p}`, name: '', authorityId: 'nord' }));
    const as: Answer[] = ps.flatMap((p) => scores.map((s, i) => ({ userId: p.userId, itemId: `i${i}`, value: String(s), reason: 'x' })));
    const r = roundResults(its, 'ordinal', ps, as);
    return r.overall.alpha === 1 && r.overall.band === 'reliable' && r.inspectors.every((i) => i.deviation === 0);
  }));
});

test('the bands: at least 0.800 reliable, from 0.667 tentative, below not reliable', () => {
  assert.deepEqual([1, 0.8, 0.7999, 0.667, 0.6669, 0, -0.5].map(reliabilityBand), ['reliable', 'reliable', 'tentative', 'tentative', 'unreliable', 'unreliable', 'unreliable']);
});

test('every checklist point is the seed\'s own words', () => {
  const squash = (s: string) => s.replace(/[\s\-\u00ad\u2010\u2011]/g, '');
  const seeds = ['001_e477f9cfa9ee2eef.txt', '004_6bfbedb4429c9826.txt'].map((f) => squash(readFileSync(new URL(`../../../shared/seeds/${f}`, import.meta.url), 'utf8'))).join('\n');
  for (const point of CHECKLIST) {
    assert.ok(seeds.includes(squash(point.text)), `${point.id}: the text is in seed 001 or 004`);
    assert.ok(seeds.toLowerCase().includes(squash(point.name).toLowerCase()), `${point.id}: the name is in seed 001 or 004`);
  }
});

const candidate = fc.record({ id: fc.uuid(), inspector: fc.constantFrom('a', 'b', 'c'), phase: fc.constantFrom('approval', 'operation'), model: fc.constantFrom('tilbud', 'tilbud-2017'), risk: fc.constantFrom('green', 'yellow', 'red') });

test('a sample: the size asked for (or all), no report twice, only candidates, the same for the same seed in any order', () => {
  fc.assert(fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 60 }), fc.integer({ min: 0, max: 80 }), fc.subarray([...SAMPLE_STRATA]), fc.integer(), (cands: SampleCandidate[], size, strata, seed) => {
    const drawn = drawSample(cands, size, strata, seed);
    assert.equal(drawn.length, Math.min(size, cands.length));
    assert.equal(new Set(drawn).size, drawn.length);
    assert.ok(drawn.every((id) => cands.some((c) => c.id === id)));
    assert.deepEqual(drawSample([...cands].reverse(), size, strata, seed), drawn, 'the same sample whatever the order');
  }));
});

test('a stratified sample is spread over the strata in proportion (each within one of its share)', () => {
  fc.assert(fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id, minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer(), (cands: SampleCandidate[], size, seed) => {
    const drawn = new Set(drawSample(cands, size, ['inspector'], seed));
    const take = Math.min(size, cands.length);
    for (const who of ['a', 'b', 'c']) {
      const group = cands.filter((c) => c.inspector === who);
      const got = group.filter((c) => drawn.has(c.id)).length;
      assert.ok(Math.abs(got - (group.length * take) / cands.length) < 1, `${who}: ${got} of ${group.length}`);
    }
  }));
  const cands = Array.from({ length: 40 }, (_, i) => ({ id: `r${String(i).padStart(2, '0')}`, inspector: 'a', phase: 'operation', model: 'tilbud', risk: 'green' }));
  assert.notDeepEqual(drawSample(cands, 5, [], 1), drawSample(cands, 5, [], 2), 'another seed, another sample');
});
