// Dates in the register are Danish calendar days. Just after midnight in Denmark it is still
// yesterday in UTC: a foster family approved "today" must be accepted then, and tomorrow refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFosterFamily } from '../../src/services/register/create-foster-family.ts';
import { ServiceError } from '../../src/services/service-error.ts';
import { makeActor, seedAuthorities } from '../support/fixtures.ts';
import { createTestServices, type TestServices } from '../support/test-services.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
});
after(() => t?.close());

const family = (approvedOn: string) => ({
  name: `Familien Midnat ${approvedOn}`,
  municipality: 'Aalborg',
  typology: 'almindelig' as const,
  childrenInCare: 1,
  approvedOn,
});

test("a foster family approved today (a Danish date) is accepted half an hour after Danish midnight", async () => {
  // 2026-03-10 00:30 in Copenhagen (UTC+1) is 2026-03-09 23:30 UTC.
  const services = { ...t.services, now: () => new Date('2026-03-09T23:30:00Z') };
  const inspector = await makeActor(services, 'inspector', { authorityId: 'nord' });
  const created = await createFosterFamily(services, inspector, family('2026-03-10'));
  assert.equal(created.approvedOn, '2026-03-10');
  await assert.rejects(
    createFosterFamily(services, inspector, family('2026-03-11')),
    (e: unknown) => e instanceof ServiceError && e.code === 'invalid' && e.fields.some((f) => f.field === 'approvedOn'),
    'tomorrow is still in the future',
  );
});
