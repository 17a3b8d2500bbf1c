import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { depthColour } from '../../src/core/assessment/documentation-depth.ts';
import { evaluateBinary } from '../../src/core/kinds/binary/evaluate.ts';
import { binaryFixture, binaryMarkerIds, binaryCriterionIds } from '../fixtures/models.ts';

const depth = { green: 10, yellow: 30, red: 60 };
const long = 'x'.repeat(100);

function complete(overrides: Record<string, unknown> = {}) {
  return {
    model: 'test-binary',
    phase: 'operation',
    entity: { typology: 'specialiseret' },
    markers: Object.fromEntries(binaryMarkerIds.map((id) => [id, 'present'])),
    criteria: Object.fromEntries(binaryCriterionIds.map((id) => [id, { result: 'met', justification: long }])),
    economy: { result: 'met', justification: 'Økonomien er bæredygtig.' },
    ...overrides,
  };
}
const codes = (r: { errors: { code: string }[] }) => r.errors.map((e) => e.code);

test('a complete assessment with everything met has sufficient quality and no decision options', () => {
  const r = evaluateBinary(binaryFixture, complete(), { depth });
  assert.equal(r.valid, true, JSON.stringify(r.errors));
  assert.equal(r.sufficientQuality, true);
  assert.deepEqual(r.decisionOptions, []);
});

test('every applicable marker must be assessed', () => {
  const input = complete();
  delete (input.markers as Record<string, string>)['k1.2'];
  const r = evaluateBinary(binaryFixture, input, { depth });
  assert.equal(r.valid, false);
  assert.deepEqual(r.errors.map((e) => [e.code, e.path]), [['marker_missing', 'markers.k1.2']]);
});

test('a marker limited to specialised foster families may be left out for others, but not marked present or absent', () => {
  const base = complete({ entity: { typology: 'almindelig' } });
  const omitted = structuredClone(base);
  delete (omitted.markers as Record<string, string>)['k2.2'];
  assert.equal(evaluateBinary(binaryFixture, omitted, { depth }).valid, true);
  const r = evaluateBinary(binaryFixture, base, { depth });
  assert.deepEqual(codes(r), ['marker_not_applicable']);
  (base.markers as Record<string, string>)['k2.2'] = 'not_applicable';
  assert.equal(evaluateBinary(binaryFixture, base, { depth }).valid, true);
});

test('a criterion with an absent marker cannot be met', () => {
  const input = complete();
  (input.markers as Record<string, string>)['k1.1'] = 'absent';
  const r = evaluateBinary(binaryFixture, input, { depth });
  assert.deepEqual(r.errors.map((e) => [e.code, e.path]), [['criterion_met_with_absent_marker', 'criteria.k1.result']]);
  // The model's own numbering in words for people, not the catalog's internal id ("(k1.1)").
  assert.match(r.errors[0]!.message, /\(kvalitetsmarkør 1\.1\)/);
  assert.doesNotMatch(r.errors[0]!.message, /k1\.1/);
  assert.equal(r.sufficientQuality, false);
  assert.deepEqual(r.decisionOptions, []);
});

test('all markers present with the criterion not met is allowed but warned about', () => {
  const input = complete();
  (input.criteria as Record<string, unknown>).k3 = { result: 'not_met', justification: long };
  const r = evaluateBinary(binaryFixture, input, { depth });
  assert.equal(r.valid, true);
  assert.ok(r.warnings.some((w) => w.code === 'not_met_with_all_markers_present' && w.path === 'criteria.k3.result'));
  assert.equal(r.sufficientQuality, false);
});

test('criteria and the economy need a conclusion and a non-empty justification', () => {
  const input = complete({ economy: undefined });
  (input.criteria as Record<string, unknown>).k2 = { result: 'met', justification: '   ' };
  delete (input.criteria as Record<string, unknown>).k3;
  const r = evaluateBinary(binaryFixture, input, { depth });
  assert.deepEqual(codes(r).sort(), ['criterion_missing', 'economy_missing', 'justification_missing']);
  const r2 = evaluateBinary(binaryFixture, complete({ economy: { result: 'met', justification: '' } }), { depth });
  assert.deepEqual(r2.errors.map((e) => e.path), ['economy.justification']);
});

test('unknown ids and malformed values are errors with their path', () => {
  const input = complete();
  (input.markers as Record<string, string>)['k9.9'] = 'present';
  (input.criteria as Record<string, unknown>).k9 = { result: 'met', justification: long };
  const r = evaluateBinary(binaryFixture, input, { depth });
  assert.deepEqual(r.errors.map((e) => [e.code, e.path]), [['unknown_marker', 'markers.k9.9'], ['unknown_criterion', 'criteria.k9']]);
  const bad = evaluateBinary(binaryFixture, complete({ phase: 'later' }), { depth });
  assert.deepEqual(bad.errors.map((e) => [e.code, e.path]), [['invalid_input', 'phase']]);
});

test('decision options follow the phase when quality is not sufficient', () => {
  const notMet = (phase: string) => {
    const input = complete({ phase });
    (input.criteria as Record<string, unknown>).k1 = { result: 'not_met', justification: long };
    return evaluateBinary(binaryFixture, input, { depth });
  };
  assert.deepEqual(notMet('approval').decisionOptions, ['refusal', 'approval_with_conditions']);
  assert.deepEqual(notMet('operation').decisionOptions, ['injunction', 'enhanced_supervision', 'enhanced_supervision_with_injunction', 'revocation']);
  const economyNotMet = evaluateBinary(binaryFixture, complete({ economy: { result: 'not_met', justification: 'For dyrt.' } }), { depth });
  assert.equal(economyNotMet.sufficientQuality, false);
  assert.equal(economyNotMet.decisionOptions.length, 4);
});

test('documentation depth follows the colour and the configured thresholds', () => {
  const warnFor = (conclusion: Record<string, unknown>, d = depth) => {
    const input = complete();
    (input.criteria as Record<string, unknown>).k3 = conclusion;
    return evaluateBinary(binaryFixture, input, { depth: d }).warnings.filter((w) => w.code === 'justification_too_short').map((w) => w.path);
  };
  assert.deepEqual(warnFor({ result: 'met', justification: 'x'.repeat(10) }), []);
  assert.deepEqual(warnFor({ result: 'met', justification: 'x'.repeat(10), doubt: true }), ['criteria.k3.justification']);
  assert.deepEqual(warnFor({ result: 'met', justification: 'x'.repeat(30), doubt: true }), []);
  assert.deepEqual(warnFor({ result: 'not_met', justification: 'x'.repeat(59) }), ['criteria.k3.justification']);
  assert.deepEqual(warnFor({ result: 'not_met', justification: 'x'.repeat(59) }, { green: 1, yellow: 1, red: 1 }), []);
});

const stateArb = fc.constantFrom('present', 'absent', 'not_applicable');
const resultArb = fc.constantFrom('met', 'not_met');
const assessmentArb = fc.record({
  phase: fc.constantFrom('approval', 'operation'),
  markers: fc.record(Object.fromEntries(binaryMarkerIds.map((id) => [id, stateArb]))),
  criteria: fc.record(Object.fromEntries(binaryCriterionIds.map((id) => [id, fc.record({ result: resultArb, justification: fc.constant(long), doubt: fc.boolean() })]))),
  economy: fc.record({ result: resultArb, justification: fc.constant('Begrundelse') }),
});

test('property: a met criterion with an absent marker is always an error, and only then', () => {
  fc.assert(fc.property(assessmentArb, (a) => {
    const r = evaluateBinary(binaryFixture, { model: 'test-binary', entity: { typology: 'specialiseret' }, ...a }, { depth });
    for (const criterion of binaryFixture.themes.flatMap((t) => t.criteria)) {
      const hasAbsent = criterion.markers.some((m) => a.markers[m.id] === 'absent');
      const conflict = hasAbsent && a.criteria[criterion.id]?.result === 'met';
      const flagged = r.errors.some((e) => e.code === 'criterion_met_with_absent_marker' && e.path === `criteria.${criterion.id}.result`);
      assert.equal(flagged, conflict);
    }
  }));
});

test('property: sufficient quality iff valid and every criterion and the economy are met; options follow', () => {
  fc.assert(fc.property(assessmentArb, (a) => {
    const r = evaluateBinary(binaryFixture, { model: 'test-binary', entity: { typology: 'specialiseret' }, ...a }, { depth });
    const allMet = Object.values(a.criteria).every((c) => c.result === 'met') && a.economy.result === 'met';
    assert.equal(r.sufficientQuality, r.valid && allMet);
    if (!r.valid || r.sufficientQuality) assert.deepEqual(r.decisionOptions, []);
    else assert.equal(r.decisionOptions.length, a.phase === 'approval' ? 2 : 4);
  }));
});

test('issue 9, item 10: the documentation depth follows the criterion colour and the risk category (seed 004: "mere udfoldet ved tilbud, hvor der er alvorlig bekymring for kvaliteten (høj risiko)")', () => {
  const brief = 'Belyst ved besøget i dag.'; // 25 characters: enough for green (10), short of yellow (30) and red (60)
  const input = complete({ criteria: Object.fromEntries(binaryCriterionIds.map((id) => [id, { result: 'met', justification: brief }])) });
  const short = (risk?: 'green' | 'yellow' | 'red') => evaluateBinary(binaryFixture, input, { depth, risk }).warnings.filter((w) => w.code === 'justification_too_short');
  assert.equal(short().length, 0);
  assert.equal(short('green').length, 0);
  assert.equal(short('yellow').length, binaryCriterionIds.length);
  const red = short('red');
  assert.equal(red.length, binaryCriterionIds.length);
  assert.match(red[0]!.message, /grøn ved risikokategori rød kræver \(mindst 60 tegn\).*grundigt og udførligt/);
  assert.equal(evaluateBinary(binaryFixture, input, { depth, risk: 'red' }).valid, true, 'depth is a warning, never an error');
});

test('property: the risk category only ever raises the depth, never lowers it', () => {
  for (const colour of ['green', 'yellow', 'red'] as const) {
    for (const risk of [undefined, 'green', 'yellow', 'red'] as const) {
      const effective = depthColour(colour, risk);
      assert.ok(depth[effective] >= depth[colour] && (!risk || depth[effective] >= depth[risk]), `${colour} at ${risk}`);
    }
  }
});
