// Issue 11: the regions' due dates, as `tilsyn standards overview` prints them — the highest
// fulfilled step, the next self-evaluation one year and the next external evaluation three years
// after the last (or after adoption), and what is past due at a date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadModelRegistry } from '../../src/catalog/model-registry.ts';
import { standardsStatus, type InstitutionWork } from '../../src/core/kinds/standards/standards-overview.ts';
import { addMonths } from '../../src/core/calendar.ts';

const model = loadModelRegistry().get('dkm-social');
assert.ok(model?.kind === 'standards');
const none: InstitutionWork = { adoptedOn: null, steps: [], selfEvaluations: [], externalEvaluations: [] };

test('not adopted: nothing is due; adopted: due one and three years after adoption', () => {
  const [first] = standardsStatus(model, none, '2026-12-02');
  assert.deepEqual(first, { id: 'kommunikation', step: 0, lastSelfEvaluation: null, nextSelfEvaluationDue: null, lastExternalEvaluation: null, nextExternalEvaluationDue: null, overdue: [] });
  const adopted = standardsStatus(model, { ...none, adoptedOn: '2024-02-29' }, '2026-12-02')[0]!;
  assert.deepEqual([adopted.nextSelfEvaluationDue, adopted.nextExternalEvaluationDue, adopted.overdue], ['2025-02-28', '2027-02-28', ['self_evaluation']]);
});

test('the step is the highest fulfilled step; in progress does not count; each standard on its own', () => {
  const work: InstitutionWork = { ...none, adoptedOn: '2025-01-01', steps: [{ standardId: 'kommunikation', step: 1, status: 'fulfilled' }, { standardId: 'kommunikation', step: 2, status: 'fulfilled' }, { standardId: 'kommunikation', step: 3, status: 'in_progress' }, { standardId: 'ledelse', step: 1, status: 'in_progress' }] };
  const status = new Map(standardsStatus(model, work, '2025-06-01').map((s) => [s.id, s.step]));
  assert.equal(status.get('kommunikation'), 2);
  assert.equal(status.get('ledelse'), 0);
});

test('the last evaluation covering the standard counts; due on the date is not yet overdue', () => {
  const work: InstitutionWork = { ...none, adoptedOn: '2020-01-01', selfEvaluations: [{ submittedOn: '2025-03-01', standards: ['kommunikation'] }, { submittedOn: '2024-03-01', standards: ['kommunikation', 'ledelse'] }], externalEvaluations: [{ finalOn: '2023-05-05', standards: ['kommunikation'] }] };
  const at = (date: string) => new Map(standardsStatus(model, work, date).map((s) => [s.id, s]));
  const onDue = at('2026-03-01').get('kommunikation')!;
  assert.deepEqual([onDue.lastSelfEvaluation, onDue.nextSelfEvaluationDue, onDue.lastExternalEvaluation, onDue.nextExternalEvaluationDue, onDue.overdue], ['2025-03-01', '2026-03-01', '2023-05-05', '2026-05-05', []]);
  assert.deepEqual(at('2026-03-02').get('kommunikation')!.overdue, ['self_evaluation']);
  assert.deepEqual(at('2026-03-02').get('ledelse')!.overdue, ['self_evaluation', 'external_evaluation'], 'ledelse: last self-evaluation 2024, no external one since adoption in 2020');
});

test('property: next due is one and three years after the latest date, and overdue exactly when past it', () => {
  const date = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  fc.assert(fc.property(date, fc.array(date, { maxLength: 4 }), fc.array(date, { maxLength: 3 }), date, (adoptedOn, selfDates, externalDates, at) => {
    const work: InstitutionWork = { ...none, adoptedOn, selfEvaluations: selfDates.map((d) => ({ submittedOn: d, standards: ['kommunikation'] })), externalEvaluations: externalDates.map((d) => ({ finalOn: d, standards: ['kommunikation'] })) };
    const s = standardsStatus(model, work, at)[0]!;
    const lastSelf = selfDates.length ? selfDates.reduce((a, b) => (a > b ? a : b)) : null;
    const lastExternal = externalDates.length ? externalDates.reduce((a, b) => (a > b ? a : b)) : null;
    const nextSelf = addMonths(lastSelf ?? adoptedOn, 12);
    const nextExternal = addMonths(lastExternal ?? adoptedOn, 36);
    return s.lastSelfEvaluation === lastSelf && s.nextSelfEvaluationDue === nextSelf && s.nextExternalEvaluationDue === nextExternal &&
      s.overdue.includes('self_evaluation') === nextSelf < at && s.overdue.includes('external_evaluation') === nextExternal < at;
  }));
});
