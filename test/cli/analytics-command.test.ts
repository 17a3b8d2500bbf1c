// Issue 10, the command-line contract: `tilsyn analytics compare|agreement FILE --json` through the
// real binary — the JSON's shape, the reference values, and exit 2 naming the line of bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'tilsyn-analytics-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test('compare, 1–5 scores: groups sorted by name with counts, mean and median; Kruskal–Wallis, chi-square and Dunn (a < b)', () => {
  const rows = [['syd', 1], ['syd', 2], ['syd', 2], ['syd', 3], ['nord', 4], ['nord', 5], ['nord', 5], ['midt', 3], ['midt', 3], ['midt', 4]];
  const csv = file('scores.csv', `id,group,value,note\n${rows.map(([g, v], i) => `${i},${g},${v},"fri, tekst"`).join('\n')}\n`);
  const r = spawnCli(['analytics', 'compare', csv, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['groups', 'kruskalWallis', 'chiSquare', 'dunn']);
  assert.deepEqual(out.groups.map((g: { group: string }) => g.group), ['midt', 'nord', 'syd']);
  assert.deepEqual(out.groups[2], { group: 'syd', n: 4, counts: { 1: 1, 2: 2, 3: 1, 4: 0, 5: 0 }, mean: 2, median: 2 });
  assert.deepEqual(Object.keys(out.kruskalWallis), ['H', 'df', 'p', 'epsilonSquared']);
  assert.deepEqual(Object.keys(out.chiSquare), ['statistic', 'df', 'p', 'cramersV', 'expectedBelow5Share']);
  assert.equal(out.chiSquare.df, 2 * 4, 'groups × the five values that occur');
  assert.deepEqual(out.dunn.map((d: { a: string; b: string }) => [d.a, d.b]), [['midt', 'nord'], ['midt', 'syd'], ['nord', 'syd']]);
  for (const d of out.dunn) assert.deepEqual(Object.keys(d), ['a', 'b', 'z', 'p', 'pHolm']);
  // Ranks by hand: 1→1, 2→2.5, 3→5, 4→7.5, 5→9.5 (n = 10); R = midt 17.5, nord 26.5, syd 11.
  const raw = (12 / 110) * (17.5 ** 2 / 3 + 26.5 ** 2 / 3 + 11 ** 2 / 4) - 33;
  assert.ok(Math.abs(out.kruskalWallis.H - raw / (1 - 42 / 990)) < 1e-9);
});

test('compare, met/not_met: share with its Wilson interval, and chi-square', () => {
  const csv = file('met.csv', `group,value\n${Array.from({ length: 10 }, (_, i) => `a,${i < 8 ? 'met' : 'not_met'}`).join('\n')}\n${Array.from({ length: 10 }, (_, i) => `b,${i < 4 ? 'met' : 'not_met'}`).join('\n')}\n`);
  const out = JSON.parse(spawnCli(['analytics', 'compare', csv, '--json']).stdout);
  assert.deepEqual(Object.keys(out), ['groups', 'chiSquare']);
  assert.deepEqual(out.groups.map((g: { group: string; n: number; met: number; share: number }) => [g.group, g.n, g.met, g.share]), [['a', 10, 8, 0.8], ['b', 10, 4, 0.4]]);
  for (const g of out.groups) assert.deepEqual(Object.keys(g), ['group', 'n', 'met', 'share', 'ci95']);
  assert.deepEqual(Object.keys(out.chiSquare), ['statistic', 'df', 'p', 'cramersV', 'expectedBelow5Share']);
  assert.ok(out.groups[0].ci95.length === 2 && out.groups[0].ci95[0] < 0.8 && out.groups[0].ci95[1] > 0.8);
  assert.ok(Math.abs(out.chiSquare.statistic - 3.3333333333) < 1e-6);
});

test('agreement: the Krippendorff (2011) example as a CSV gives α nominal 0.743, ordinal 0.815, interval 0.849', () => {
  const matrix = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const lines = matrix.flatMap((row, r) => row.map((v, u) => `u${u + 1},${'ABCD'[r]},${v ?? ''}`));
  const r = spawnCli(['analytics', 'agreement', file('k.csv', `unit,rater,value\n${lines.join('\n')}\n`), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['units', 'raters', 'pairableValues', 'alpha', 'percentAgreement']);
  assert.deepEqual(Object.keys(out.alpha), ['nominal', 'ordinal', 'interval']);
  assert.equal(out.units, 12);
  assert.equal(out.raters, 4);
  assert.equal(out.pairableValues, 40, 'unit 12 has one value and pairs with nothing');
  for (const [metric, expected] of [['nominal', 0.743], ['ordinal', 0.815], ['interval', 0.849]] as const) assert.ok(Math.abs(out.alpha[metric] - expected) < 5e-4, metric);
  const labels = spawnCli(['analytics', 'agreement', file('labels.csv', 'unit,rater,value\n1,a,ja\n1,b,ja\n2,a,nej\n2,b,ja\n'), '--json']);
  const nominal = JSON.parse(labels.stdout);
  assert.equal(nominal.alpha.ordinal, null, 'labels are not numeric');
  assert.equal(nominal.percentAgreement, 0.5);
});

test('unusable input: exit 2 and one Danish line naming the line', () => {
  for (const [text, message] of [
    ['group,value\nnord,4\nsyd,6\n', 'tilsyn: linje 3: value "6" er ikke et helt tal fra 1 til 5 som de øvrige'],
    ['gruppe,value\nnord,4\n', 'tilsyn: linje 1: overskriften mangler "group"'],
    ['group,value\nnord,"4\n', 'tilsyn: linje 2: et felt i anførselstegn slutter ikke'],
  ] as const) {
    const r = spawnCli(['analytics', 'compare', file('bad.csv', text), '--json']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `${message}\n`);
  }
});
