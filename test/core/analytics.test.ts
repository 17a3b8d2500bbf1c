// Issue 10: the pure parts of analytics — the facts of a final report, the score-and-text
// consistency checks (also as engine warnings), the import line's validation and the comparison in
// plain Danish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildReport } from '../../src/core/report/build-report.ts';
import { reportFacts } from '../../src/core/analytics/report-facts.ts';
import { metWithAbsentMarker, scaleWordingConflicts } from '../../src/core/analytics/consistency.ts';
import { parseImportLine, type ImportLookups } from '../../src/core/analytics/import-line.ts';
import { modelItems } from '../../src/core/analytics/facts.ts';
import { describeOutcomes, describeScores, formatP } from '../../src/core/analytics/describe-comparison.ts';
import { evaluateScored } from '../../src/core/kinds/scored/evaluate.ts';
import { evaluate } from '../../src/core/assessment/evaluate.ts';
import { binaryInput, options, scoredData, scoredEntity, scoredInput, tilbud, tilbud2017 } from './report-fixtures.ts';

const context = { reportVersionId: '00000000-0000-0000-0000-0000000000aa', entityId: 'p-1', ownership: 'privat', approvedOn: null, inspector: 'u-1', factDate: '2025-04-01' };

test('the facts of a scored report: one per scored indicator, the economy and the conclusion; keys unique', () => {
  const doc = buildReport(scoredInput(), options);
  const facts = reportFacts(doc, tilbud2017, context);
  const indicators = Object.keys(scoredData().indicators ?? {});
  assert.equal(facts.filter((f) => f.itemKind === 'indicator').length, indicators.length);
  assert.deepEqual(facts.filter((f) => f.itemKind !== 'indicator').map((f) => [f.itemKind, f.value]), [['economy', 'met'], ['sufficient_quality', 'sufficient']]);
  assert.equal(new Set(facts.map((f) => f.sourceKey)).size, facts.length);
  const first = facts.find((f) => f.itemId === indicators[0])!;
  assert.deepEqual([first.value, first.themeId !== null, first.criterionId !== null, first.ownership, first.inspector, first.factDate, first.consistency], ['1', true, true, 'privat', 'u-1', '2025-04-01', null]);
  assert.deepEqual(first.situations, []);
});

test('the facts of a binary report: criteria and markers with their theme; an adult provider with § 66 places flags children-only indicators', () => {
  const doc = buildReport(binaryInput(), options);
  const facts = reportFacts(doc, tilbud, context);
  assert.ok(facts.some((f) => f.itemKind === 'criterion' && f.value === 'met'));
  assert.ok(facts.some((f) => f.itemKind === 'marker' && f.value === 'present' && f.criterionId !== null));
  const mixed = scoredInput({ entity: { kind: 'provider', name: 'Bostedet Ådalen', municipality: 'Køge', legalBases: ['sel-107', 'sel-66-1-6'], flags: [] } });
  const items = modelItems(tilbud2017);
  const childrenOnly = [...items].filter(([, i]) => i.childrenOnly).map(([id]) => id);
  assert.ok(childrenOnly.length > 0);
  for (const f of reportFacts(buildReport(mixed, options), tilbud2017, context)) {
    assert.equal(f.situations.includes('adult_with_child_places'), childrenOnly.includes(f.itemId), f.itemId);
  }
});

test('score against text: the scale\'s own words for another score are found, not inside a longer phrase', () => {
  assert.deepEqual(scaleWordingConflicts('Indikatoren er i høj grad opfyldt.', 3), [{ phrase: 'i høj grad', phraseScore: 4 }]);
  assert.deepEqual(scaleWordingConflicts('Indikatoren er I MEGET HØJ GRAD opfyldt.', 5), []);
  assert.deepEqual(scaleWordingConflicts('Indikatoren er i meget høj grad opfyldt.', 4), [{ phrase: 'i meget høj grad', phraseScore: 5 }], '"i høj grad" is not found inside "i meget høj grad"');
  assert.deepEqual(scaleWordingConflicts('Borgerne trives.', 1), []);
  assert.equal(metWithAbsentMarker('met', 'Tegnet om handleplaner er ikke til stede.'), true);
  assert.equal(metWithAbsentMarker('not_met', 'Tegnet er ikke til stede.'), false);
  assert.equal(metWithAbsentMarker('met', 'Alle tegn er til stede.'), false);
});

test('property: a text with only the own score\'s words never conflicts', () => {
  const words = ['', 'i meget lav grad', 'i lav grad', 'i middel grad', 'i høj grad', 'i meget høj grad'];
  fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.string(), (score, filler) => {
    fc.pre(!/grad/i.test(filler));
    return scaleWordingConflicts(`${filler} ${words[score]} opfyldt ${filler}`, score).length === 0;
  }));
});

test('the engine warns while the inspector writes: scored wording and binary "ikke til stede" with met', () => {
  const data = scoredData();
  const [id, rating] = Object.entries(data.indicators!)[0]!;
  const input = { model: 'tilbud-2017', phase: 'operation', entity: scoredEntity, ...data, indicators: { ...data.indicators, [id]: { ...rating, score: 2, text: `${rating.text} Samlet er indikatoren i høj grad opfyldt.` } } };
  const scored = evaluateScored(tilbud2017, input);
  assert.ok(scored.warnings.some((w) => w.code === 'score_wording_conflict' && w.path === `indicators.${id}.text` && w.message.includes('"i høj grad"')), JSON.stringify(scored.warnings));
  const { markers, criteria, economy } = binaryInput().assessment.data;
  const k1 = { result: 'met', justification: `${criteria!.k1!.justification} Et tegn er ikke til stede.`, doubt: false };
  const result = evaluate(tilbud, { model: 'tilbud', phase: 'operation', entity: { legalBases: ['sel-107'], flags: [] }, markers, economy, criteria: { ...criteria, k1 } }, { depth: options.depth });
  assert.deepEqual(result.errors, []);
  assert.ok(result.warnings.some((w) => w.code === 'met_with_absent_marker_text' && w.path === 'criteria.k1.justification'), JSON.stringify(result.warnings));
});

const lookups: ImportLookups = {
  authorities: new Set(['nord', 'syd']),
  models: new Map([['tilbud-2017', { version: '1.1.0', entity: 'provider', items: modelItems(tilbud2017) }]]),
  latestDate: '2026-12-02',
};
const line = (over: Record<string, string> = {}) => ({ authority: 'nord', entity_kind: 'provider', entity_id: 'P-1', provider_type: 'sel-107 privat', inspection_date: '2020-03-04', phase: 'operation', model: 'tilbud-2017', item: '1.a', value: '4', inspector: 'K1', ...over });

test('an import line: a valid one becomes an imported fact; each problem names its column', () => {
  const ok = parseImportLine(2, line(), lookups);
  assert.ok(ok.ok);
  assert.deepEqual([ok.fact.source, ok.fact.legalBases, ok.fact.ownership, ok.fact.itemKind, ok.fact.criterionId, ok.fact.consistency], ['imported', ['sel-107'], 'privat', 'indicator', 'k1', null]);
  assert.equal(parseImportLine(3, line({ inspector: 'K2' }), lookups).ok && ok.fact.sourceKey, ok.fact.sourceKey, 'the source key leaves out the inspector and the value');
  const bad = parseImportLine(7, line({ inspection_date: '2099-01-01', value: 'met' }), lookups);
  assert.ok(!bad.ok);
  assert.deepEqual(bad.problems.map((p) => [p.line, p.column]), [[7, 'inspection_date'], [7, 'value']]);
});

test('the comparison in words: significance and effect, never a bare p-value', () => {
  assert.equal(formatP(0.0004), 'p < 0,001');
  assert.equal(formatP(0.0234), 'p = 0,023');
  assert.equal(
    describeScores('socialtilsynene', { H: 30, df: 4, p: 0.0001, epsilonSquared: 0.05 }, null).sentence,
    'Forskellen mellem socialtilsynene er statistisk signifikant (Kruskal–Wallis, p < 0,001); effekten er lille (ε² = 0,05).',
  );
  const words = describeOutcomes('Socialtilsyn Nord og de øvrige socialtilsyn', { statistic: 1, df: 1, p: 0.3, cramersV: 0.04, expectedBelow5Share: 0.5 }, 0.31);
  assert.equal(words.sentence, 'Forskellen mellem Socialtilsyn Nord og de øvrige socialtilsyn er ikke statistisk signifikant (chi-i-anden med permutationstest, p = 0,310); effekten er ubetydelig (Cramérs V = 0,04).');
  assert.equal(words.significant, false);
});
