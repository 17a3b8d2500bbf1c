// Issue 12: the audit trail in words — only the fields that changed, before → after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { auditChanges, auditValue } from '../../src/core/audit/audit-changes.ts';

test('only what changed, written out', () => {
  assert.deepEqual(auditChanges({ risk: 'green', version: 1, note: 'x' }, { risk: 'red', version: 2, note: 'x' }), [
    { field: 'risk', before: 'green', after: 'red' },
    { field: 'version', before: '1', after: '2' },
  ]);
  assert.deepEqual(auditChanges(null, { title: 'Nyt', announced: false, tags: ['a', 'b'] }), [
    { field: 'title', before: '–', after: 'Nyt' },
    { field: 'announced', before: '–', after: 'nej' },
    { field: 'tags', before: '–', after: 'a, b' },
  ]);
  assert.equal(auditValue('x'.repeat(500)).length, 160, 'a long text is shortened');
  assert.equal(auditValue({ a: 1, b: null }), 'a: 1; b: –');
});

test('a record compared with itself has no changes, whatever it holds', () => {
  fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (r) => auditChanges(r, structuredClone(r)).length === 0));
});
