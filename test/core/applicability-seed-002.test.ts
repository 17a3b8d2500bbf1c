// Issue 9, items 1–3: applicability in the scored catalog as seed 002 words it, through the engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluateScored } from '../../src/core/kinds/scored/evaluate.ts';
import { evaluate } from '../../src/core/assessment/evaluate.ts';
import { defaultRegistry } from '../../src/catalog/model-registry.ts';
import type { ScoredModel } from '../../src/core/kinds/scored/catalog.ts';
import { LEGAL_BASES, type LegalBasis, type ProviderFlag } from '../../src/core/model/catalog-parts.ts';
import { RESPITE_BASES } from '../../src/core/assessment/entity-rules.ts';

const model = defaultRegistry().get('tilbud-2017') as ScoredModel;
const excluded = (legalBases: LegalBasis[], flags: ProviderFlag[] = []) =>
  evaluateScored(model, { model: model.id, phase: 'operation', entity: { legalBases, flags }, indicators: {} }).excludedIndicators;
const AMBULANT_ONLY = ['2.c', '3.c', '6.a', '6.b', '14.c'];

test('"Ambulant alkoholbehandling efter sundhedslovens § 141" / "Ambulant stofmisbrugsbehandling efter servicelovens § 101 og § 101 a": ambulant treatment loses 2.c, 3.c, 6.a, 6.b, 14.c', () => {
  for (const basis of ['sul-141-ambulant', 'sel-101-ambulant', 'sel-101a-ambulant'] as const) {
    const out = excluded([basis]);
    for (const id of AMBULANT_ONLY) assert.ok(out.includes(id), `${basis} excludes ${id}`);
  }
});

test('residential treatment (døgnbehandling) under the same paragraphs keeps all five', () => {
  for (const basis of ['sul-141', 'sel-101', 'sel-101a'] as const) {
    const out = excluded([basis]);
    for (const id of AMBULANT_ONLY) assert.ok(!out.includes(id), `${basis} keeps ${id}`);
  }
  assert.deepEqual(excluded(['sel-101', 'sel-101-ambulant']).filter((id) => AMBULANT_ONLY.includes(id)), [], 'a provider with both kinds keeps them');
});

test('aflastning: the respite-only § 66 bases lose 2.c, 5.b, 14.c; another basis keeps them (the multi-basis rule)', () => {
  const respiteOnly = excluded(['sel-66-1-5'], ['aflastning']);
  for (const id of ['2.c', '5.b', '14.c']) assert.ok(respiteOnly.includes(id), `respite-only excludes ${id}`);
  const alsoOther = excluded(['sel-66-1-5', 'sel-107'], ['aflastning']);
  for (const id of ['2.c', '5.b', '14.c']) assert.ok(!alsoOther.includes(id), `sel-107 keeps ${id}`);
  assert.ok(!excluded(['sel-66-1-5']).includes('5.b'), 'without the flag a § 66 placement keeps 5.b');
});

test('property: aflastning never excludes an indicator that a basis outside § 66, stk. 1, nr. 5/6 keeps', () => {
  const others = LEGAL_BASES.filter((b) => !RESPITE_BASES.includes(b));
  fc.assert(
    fc.property(fc.constantFrom(...RESPITE_BASES), fc.uniqueArray(fc.constantFrom(...others), { minLength: 1, maxLength: 3 }), (respite, rest) => {
      const withFlag = new Set(excluded([respite, ...rest], ['aflastning']));
      const restAlone = new Set(excluded(rest));
      for (const id of withFlag) assert.ok(restAlone.has(id), `${id} is excluded only if ${rest.join(', ')} excludes it too`);
    }),
  );
});

test('flag_not_allowed: aflastning without § 66, stk. 1, nr. 5/6, and bestyrelse on a provider that is not private', () => {
  const run = (entity: object) => evaluate(model, { model: model.id, phase: 'operation', entity, indicators: {} }, { depth: { green: 0, yellow: 0, red: 0 } });
  const respite = run({ legalBases: ['sel-107'], flags: ['aflastning'] });
  assert.equal(respite.valid, false);
  assert.deepEqual(respite.errors.filter((e) => e.code === 'flag_not_allowed').map((e) => e.path), ['entity.flags']);
  const board = run({ legalBases: ['sel-107'], flags: ['bestyrelse'], ownership: 'kommunal' });
  assert.ok(board.errors.some((e) => e.code === 'flag_not_allowed' && /private tilbud/.test(e.message)));
  const fine = run({ legalBases: ['sel-66-1-6'], flags: ['aflastning', 'bestyrelse'], ownership: 'privat' });
  assert.ok(!fine.errors.some((e) => e.code === 'flag_not_allowed'));
});
