// Danish working days for deadlines: Easter and the public holidays against the published
// calendars, and the counting rules as properties over any date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../../src/core/calendar.ts';
import { addWorkingDays, closedBecause, closedDays, deadlineOnWorkingDay, deadlinePassed, easterSunday, isWorkingDay, lastWorkingDayBefore } from '../../src/core/working-days.ts';

test('Easter Sunday matches the published dates', () => {
  const published: Record<number, string> = { 1818: '1818-03-22', 2000: '2000-04-23', 2008: '2008-03-23', 2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2038: '2038-04-25' };
  for (const [year, date] of Object.entries(published)) assert.equal(easterSunday(Number(year)), date, year);
});

test('the Danish holidays of 2026 and 2023 as the official calendar lists them; no store bededag from 2024', () => {
  const holidays2026 = ['2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26'];
  for (const day of holidays2026) assert.ok(closedDays(2026).has(day), day);
  assert.equal(closedBecause('2026-05-14'), 'Kristi himmelfartsdag');
  assert.equal(closedBecause('2023-05-05'), 'store bededag');
  assert.equal(closedBecause('2024-04-26'), null, 'the Friday that was store bededag is a working day in 2024');
  assert.equal(closedBecause('2026-06-05'), 'grundlovsdag');
  assert.equal(closedBecause('2026-12-24'), 'juleaftensdag');
  assert.equal(closedBecause('2026-12-05'), 'lørdag');
  assert.equal(closedBecause('2026-12-06'), 'søndag');
  assert.equal(closedBecause('2026-12-07'), null);
});

test('counting across Christmas: five working days after Friday 18 December 2026 is Tuesday 29 December', () => {
  assert.equal(addWorkingDays('2026-12-18', 5), '2026-12-29');
  assert.equal(addWorkingDays('2026-12-02', 10), '2026-12-16');
  assert.equal(deadlineOnWorkingDay('2026-12-24'), '2026-12-28', 'a deadline on Christmas Eve runs to Monday');
  assert.equal(lastWorkingDayBefore('2026-12-28'), '2026-12-23');
  assert.equal(deadlinePassed('2026-12-24', '2026-12-28'), false, 'not passed on the day it really ends');
  assert.equal(deadlinePassed('2026-12-24', '2026-12-29'), true);
});

const anyDay = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('1990-01-01', n));

test('property: n working days later is a working day, with exactly n working days counted', () => {
  fc.assert(
    fc.property(anyDay, fc.integer({ min: 1, max: 40 }), (day, n) => {
      const end = addWorkingDays(day, n);
      assert.ok(isWorkingDay(end));
      let counted = 0;
      for (let d = addDays(day, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) counted++;
      assert.equal(counted, n);
    }),
  );
});

test('property: a deadline ends on the first working day on or after it; passed exactly when it is on or before the last working day before today', () => {
  fc.assert(
    fc.property(anyDay, fc.integer({ min: -20, max: 20 }), (deadline, offset) => {
      const end = deadlineOnWorkingDay(deadline);
      assert.ok(isWorkingDay(end) && end >= deadline);
      for (let d = deadline; d < end; d = addDays(d, 1)) assert.ok(!isWorkingDay(d));
      const today = addDays(deadline, offset);
      assert.equal(deadlinePassed(deadline, today), deadline <= lastWorkingDayBefore(today));
    }),
  );
});
