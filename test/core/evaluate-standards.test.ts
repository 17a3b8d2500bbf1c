// The standards kind (seed 003): a standard is met exactly when every step of the model is fulfilled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultRegistry } from '../../src/catalog/model-registry.ts';
import type { StandardsModel } from '../../src/core/kinds/standards/catalog.ts';
import { evaluateStandards } from '../../src/core/kinds/standards/evaluate.ts';
import { STEP_STATUSES } from '../../src/core/kinds/standards/assessment-data.ts';

const model = defaultRegistry().get('dkm-social') as StandardsModel;
const first = model.standards[0]!.id;

test('"Arbejdet med at opfylde standarden foregår i flere trin": met when every step is fulfilled, with documentation', () => {
  const steps = Object.fromEntries(model.steps.map((s) => [String(s.number), { status: 'fulfilled', evidence: 'Instruks for afdækning af kommunikative ressourcer, gennemgået på personalemøde.' }]));
  const e = evaluateStandards(model, { standards: { [first]: { steps } } });
  assert.equal(e.valid, true);
  assert.deepEqual(e.warnings, []);
  assert.equal(e.standards.find((s) => s.id === first)?.fulfilled, true);
  assert.equal(e.standards.filter((s) => s.fulfilled).length, 1, 'the other standards are not started');
});

test('unknown standards and steps are errors; a fulfilled step without documentation is a warning', () => {
  const e = evaluateStandards(model, { standards: { nope: { steps: {} }, [first]: { steps: { '99': { status: 'in_progress' }, '1': { status: 'fulfilled' } } } } });
  assert.equal(e.valid, false);
  assert.deepEqual(e.errors.map((f) => f.code).sort(), ['unknown_standard', 'unknown_step']);
  assert.deepEqual(e.warnings.map((f) => f.code), ['evidence_missing']);
});

test('property: a standard is fulfilled if and only if all of its steps are', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...STEP_STATUSES), { minLength: model.steps.length, maxLength: model.steps.length }), (statuses) => {
      const steps = Object.fromEntries(model.steps.map((s, i) => [String(s.number), { status: statuses[i]!, evidence: 'x' }]));
      const e = evaluateStandards(model, { standards: { [first]: { steps } } });
      assert.equal(e.standards.find((s) => s.id === first)?.fulfilled, statuses.every((s) => s === 'fulfilled'));
    }),
  );
});
