import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluateScored } from '../../src/core/kinds/scored/evaluate.ts';
import { indicatorApplies, excludedByBases, outsideOnlyFor } from '../../src/core/assessment/applicability.ts';
import { LEGAL_BASES } from '../../src/core/model/catalog-parts.ts';
import { scoredFixture } from '../fixtures/models.ts';

const entity = { legalBases: ['sel-66-1-5'], flags: ['bestyrelse'] };
const scores = (values: Record<string, number>) =>
  Object.fromEntries(Object.entries(values).map(([id, score]) => [id, { score, text: `Bedømmelse af ${id}` }]));
const codes = (r: { errors: { code: string; path: string }[] }) => r.errors.map((e) => [e.code, e.path]);
/** What every scored assessment now also writes (seed 004): each criterion, the economy, and the authority's conclusion. */
const WRITTEN = {
  criteria: Object.fromEntries(scoredFixture.themes.flatMap((t) => t.criteria).map((c) => [c.id, { justification: `Samlet vurdering af kriterium ${c.number}.` }])),
  economy: { result: 'met' as const, justification: 'Økonomien er bæredygtig.' },
  conclusion: { sufficientQuality: true, justification: 'Fornøden kvalitet.' },
};

test('criterion average is the mean of its indicators; theme average the mean of its criteria means', () => {
  // Theme A: k1 = (5+1+3)/3 = 3, k2 = 4 → theme (3+4)/2 = 3.5, not the indicator mean (13/4 = 3.25).
  const r = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity, indicators: scores({ '1.a': 5, '1.b': 1, '1.d': 3, '2.a': 4, '8.a': 2, '8.c': 5 }) });
  assert.equal(r.valid, true, JSON.stringify(r.errors));
  assert.deepEqual(r.criteria.map((c) => [c.number, c.average]), [[1, 3], [2, 4], [8, 3.5]]);
  assert.deepEqual(r.themes.map((t) => [t.id, t.average]), [['a', 3.5], ['b', 3.5]]);
});

test('averages are not rounded', () => {
  const r = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity, indicators: scores({ '1.a': 5, '1.b': 4, '1.d': 4, '2.a': 4, '8.a': 2, '8.c': 5 }) });
  assert.equal(r.criteria[0]?.average, 13 / 3);
});

test('an indicator that does not apply must not be scored, and is left out of the averages', () => {
  const e = { legalBases: ['sel-66-1-7'], flags: [] };
  const r = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity: e, indicators: scores({ '1.a': 5, '1.b': 1, '2.a': 3 }) });
  assert.deepEqual(r.excludedIndicators, ['1.b', '1.d', '8.a', '8.c']);
  assert.deepEqual(codes(r), [['indicator_not_applicable', 'indicators.1.b']]);
  assert.equal(r.criteria[0]?.average, 5);
  assert.equal(r.themes[1]?.average, null, 'a theme with no applicable indicator has no average');
});

test('several legal bases: excluded only when every basis is excluded; "only for" when any basis is listed', () => {
  const r = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity: { legalBases: ['sel-66-1-7', 'sel-107'], flags: [] }, indicators: {} });
  assert.deepEqual(r.excludedIndicators, ['1.d', '8.c'], 'theme b and 1.b apply because sel-107 is not excluded');
  const r2 = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity: { legalBases: ['sel-107', 'sel-66-1-6'], flags: [] }, indicators: {} });
  assert.ok(!r2.excludedIndicators.includes('1.d'));
});

test('aflastning marks the § 66, stk. 1, nr. 5/6 bases respite-only; "bestyrelse" includes outright', () => {
  const r = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity: { legalBases: ['sel-66-1-5'], flags: ['aflastning'] }, indicators: {} });
  assert.deepEqual(r.excludedIndicators, ['2.a', '8.c']);
  const withAnotherBasis = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity: { legalBases: ['sel-66-1-5', 'sel-107'], flags: ['aflastning'] }, indicators: {} });
  assert.ok(!withAnotherBasis.excludedIndicators.includes('2.a'), 'another basis keeps the indicator (the multi-basis rule)');
});

test('operation: every applicable indicator needs an integer score 1–5 and a written assessment', () => {
  const r = evaluateScored(scoredFixture, {
    ...WRITTEN, model: 'x', phase: 'operation', entity,
    indicators: { '1.a': { score: 6, text: 'x' }, '1.b': { score: 2.5, text: 'x' }, '1.d': { score: 3, text: ' ' }, '2.a': { text: 'x' }, '8.a': { expected: 'expected_met', score: 3, text: 'x' }, '9.z': { score: 3, text: 'x' } },
  });
  assert.deepEqual(codes(r), [
    ['unknown_indicator', 'indicators.9.z'],
    ['score_out_of_range', 'indicators.1.a.score'],
    ['score_out_of_range', 'indicators.1.b.score'],
    ['assessment_text_missing', 'indicators.1.d.text'],
    ['score_missing', 'indicators.2.a.score'],
    ['expectation_in_operation', 'indicators.8.a.expected'],
    ['indicator_missing', 'indicators.8.c'],
  ]);
});

test('approval: expectations instead of scores, and no averages', () => {
  const expected = (id: string) => [id, { expected: 'expected_met', text: 'Forventes' }];
  const ids = ['1.a', '1.b', '1.d', '2.a', '8.a', '8.c'];
  const ok = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'approval', entity, indicators: Object.fromEntries(ids.map(expected)) });
  assert.equal(ok.valid, true, JSON.stringify(ok.errors));
  assert.ok(ok.criteria.every((c) => c.average === null));
  const bad = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'approval', entity, indicators: { ...Object.fromEntries(ids.map(expected)), '1.a': { score: 4, text: 'x' } } });
  assert.deepEqual(codes(bad), [['score_at_approval', 'indicators.1.a.score'], ['expectation_missing', 'indicators.1.a.expected']]);
});

test('a scored assessment needs the legal bases, and known ones', () => {
  const r = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity: { legalBases: [] }, indicators: {} });
  assert.equal(r.errors[0]?.code, 'legal_basis_missing');
  const bad = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity: { legalBases: ['sel-999'] }, indicators: {} });
  assert.deepEqual(codes(bad), [['invalid_input', 'entity.legalBases[0]']]);
});

const basesArb = fc.uniqueArray(fc.constantFrom(...LEGAL_BASES), { minLength: 1, maxLength: 4 });

test('property: "does not apply" excludes iff every one of the provider\'s bases is listed', () => {
  fc.assert(fc.property(basesArb, basesArb, (excluded, bases) => {
    assert.equal(excludedByBases(excluded, { legalBases: bases }), bases.every((b) => excluded.includes(b)));
  }));
});

test('property: "only for" applies iff any of the provider\'s bases is listed', () => {
  fc.assert(fc.property(basesArb, basesArb, (only, bases) => {
    assert.equal(outsideOnlyFor(only, { legalBases: bases }), !bases.some((b) => only.includes(b)));
  }));
});

test('property: adding a legal basis never makes an indicator stop applying (without flags)', () => {
  const indicators = scoredFixture.themes.flatMap((t) => t.criteria.flatMap((c) => c.indicators)).filter((i) => i.onlyForFlags.length === 0);
  fc.assert(fc.property(basesArb, fc.constantFrom(...LEGAL_BASES), (bases, extra) => {
    for (const i of indicators) {
      if (indicatorApplies(i, { legalBases: bases, flags: [] })) assert.ok(indicatorApplies(i, { legalBases: [...bases, extra], flags: [] }));
    }
  }));
});

test('property: theme average equals the mean of the criterion averages that exist', () => {
  const score = fc.integer({ min: 1, max: 5 });
  fc.assert(fc.property(fc.tuple(score, score, score, score, score), ([a, b, d, e, f]) => {
    const r = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity, indicators: scores({ '1.a': a, '1.b': b, '1.d': d, '2.a': e, '8.a': f, '8.c': f }) });
    const k1 = (a + b + d) / 3;
    assert.equal(r.themes[0]?.average, (k1 + e) / 2);
    assert.ok(r.themes.every((t) => t.average !== null && t.average >= 1 && t.average <= 5));
  }));
});

test('issue 9, items 5 and 6: every applicable criterion needs its written assessment, the economy is assessed, and the authority concludes explicitly', () => {
  const input = { model: 'x', phase: 'operation', entity, indicators: scores({ '1.a': 5, '1.b': 1, '1.d': 3, '2.a': 4, '8.a': 2, '8.c': 5 }) };
  const bare = evaluateScored(scoredFixture, input);
  assert.deepEqual(codes(bare).map(([code]) => code).sort(), ['conclusion_missing', 'criterion_assessment_missing', 'criterion_assessment_missing', 'criterion_assessment_missing', 'economy_missing']);
  assert.equal(bare.sufficientQuality, null);
  const notSufficient = evaluateScored(scoredFixture, { ...WRITTEN, ...input, conclusion: { sufficientQuality: false, justification: 'Ledelsen følger ikke op.' } });
  assert.equal(notSufficient.valid, true);
  assert.equal(notSufficient.sufficientQuality, false);
  assert.deepEqual(notSufficient.decisionOptions, ['injunction', 'enhanced_supervision', 'enhanced_supervision_with_injunction', 'revocation']);
  const economyNotMet = evaluateScored(scoredFixture, { ...WRITTEN, ...input, economy: { result: 'not_met', justification: 'Uforholdsmæssigt dyrt.' } });
  assert.deepEqual(codes(economyNotMet), [['sufficient_with_economy_not_met', 'conclusion']]);
  const noReason = evaluateScored(scoredFixture, { ...WRITTEN, ...input, conclusion: { sufficientQuality: true, justification: ' ' } });
  assert.deepEqual(codes(noReason), [['justification_missing', 'conclusion.justification']]);
});

test('issue 9, item 4: a carried-forward indicator ("carriedForwardFrom") counts in the averages; not at approval, and its date must be a date', () => {
  const carried = { score: 1, text: 'Videreført bedømmelse.', carriedForwardFrom: '2024-05-10' };
  const r = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity, indicators: { ...scores({ '1.a': 5, '1.d': 3, '2.a': 4, '8.a': 2, '8.c': 5 }), '1.b': carried } });
  assert.equal(r.valid, true, JSON.stringify(r.errors));
  assert.equal(r.criteria[0]?.average, 3, '(5 + 1 + 3) / 3 with the carried-forward 1');
  const badDate = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity, indicators: { ...scores({ '1.a': 5, '1.d': 3, '2.a': 4, '8.a': 2, '8.c': 5 }), '1.b': { ...carried, carriedForwardFrom: '10-05-2024' } } });
  assert.deepEqual(codes(badDate), [['carried_forward_date_invalid', 'indicators.1.b.carriedForwardFrom']]);
  const missing = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'operation', entity, indicators: scores({ '1.a': 5, '1.d': 3, '2.a': 4, '8.a': 2, '8.c': 5 }) });
  assert.deepEqual(codes(missing), [['indicator_missing', 'indicators.1.b']], 'an indicator with neither a rating nor a carried-forward one is still missing');
  const approval = evaluateScored(scoredFixture, { ...WRITTEN, model: 'x', phase: 'approval', entity, indicators: { '1.b': { expected: 'expected_met', text: 'x', carriedForwardFrom: '2024-05-10' } } });
  assert.ok(codes(approval).some(([code]) => code === 'carried_forward_at_approval'), '"ved godkendelse … alle indikatorer"');
});
