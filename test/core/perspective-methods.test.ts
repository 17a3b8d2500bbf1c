// Issue 9, item 13: a child's perspective (plejefamilier) offers the seed's own methods — "Interview af
// barnet eller observation af plejefamiliens samspil med barnet tilstræbes. Hvis dette ikke er muligt,
// belyses barnets perspektiv ved triangulering med pårørende, rådgiver eller anden professionel
// omkring barnet eller dokumentanalyse af referat fra børnesamtaler" — not the adult citizen's rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultRegistry } from '../../src/catalog/model-registry.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import { checkBinaryPatch, PERSPECTIVE_METHODS_FOR } from '../../src/core/kinds/binary/assessment-data.ts';
import { CHILD_METHOD_LABEL } from '../../src/core/labels.ts';

const plejefamilie = defaultRegistry().get('plejefamilie') as BinaryModel;
const tilbud = defaultRegistry().get('tilbud') as BinaryModel;

function firstStep(model: BinaryModel, kind: 'child_perspective' | 'citizen_perspective') {
  for (const m of model.themes.flatMap((t) => t.criteria.flatMap((c) => c.markers))) {
    const index = m.investigationDesign.findIndex((s) => s.kind === kind);
    if (index >= 0) return { markerId: m.id, index, step: m.investigationDesign[index]! };
  }
  throw new Error(`no ${kind} step`);
}

test('the child\'s methods are the seed\'s four, each in the seed\'s words, which the catalog step repeats', () => {
  const { step } = firstStep(plejefamilie, 'child_perspective');
  assert.deepEqual(PERSPECTIVE_METHODS_FOR.child_perspective.map((m) => CHILD_METHOD_LABEL[m]), [
    'Interview af barnet',
    'Observation af plejefamiliens samspil med barnet',
    'Triangulering med pårørende, rådgiver eller anden professionel omkring barnet',
    'Dokumentanalyse af referat fra børnesamtaler',
  ]);
  const description = step.description.join(' ').toLowerCase();
  for (const m of PERSPECTIVE_METHODS_FOR.child_perspective) assert.ok(description.includes(CHILD_METHOD_LABEL[m].toLowerCase()), CHILD_METHOD_LABEL[m]);
});

test('minutes of child conversations are accepted for a child\'s perspective and refused for an adult citizen\'s', () => {
  const child = firstStep(plejefamilie, 'child_perspective');
  const ok = checkBinaryPatch(plejefamilie, { design: { [child.markerId]: { [String(child.index)]: { done: true, method: 'child_conversation_minutes' } } } }, { entityKind: 'fosterFamily', isDepartment: false });
  assert.deepEqual(ok, []);
  const citizen = firstStep(tilbud, 'citizen_perspective');
  const refused = checkBinaryPatch(tilbud, { design: { [citizen.markerId]: { [String(citizen.index)]: { done: true, method: 'child_conversation_minutes' } } } }, { entityKind: 'provider', isDepartment: false });
  assert.deepEqual(refused.map((i) => i.field), [`design:${citizen.markerId}:${citizen.index}:method`]);
});
