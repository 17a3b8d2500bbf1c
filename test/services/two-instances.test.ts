// Issue 8, "more than one machine": two app instances on one PostgreSQL, each with its own
// connection pool, as two machines behind a proxy would be. A login on one is valid on the other,
// the login limit counts across both, and a stale version is a conflict across both. (On the
// embedded database a second instance cannot open the same folder at all: data-folder.test.ts.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { webSession } from '../support/web-session.ts';
import { createApp } from '../../src/web/app.tsx';
import { openDatabase, type Database } from '../../src/storage/database.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { login, MAX_FAILURES } from '../../src/services/auth/sessions.ts';
import { createProvider } from '../../src/services/register/create-provider.ts';
import { createInspection } from '../../src/services/inspections/create-inspection.ts';
import { changeRisk } from '../../src/services/inspections/change-risk.ts';
import { getInspection } from '../../src/services/inspections/get-inspection.ts';
import { ServiceError } from '../../src/services/service-error.ts';

let t: TestServices;
let second: Database | undefined;
let other: ServiceContext;
before(async () => {
  t = await createTestServices();
  if (!t.url) return;
  await seedAuthorities(t.services);
  second = await openDatabase({ url: t.url });
  other = { ...t.services, db: second.db };
});
after(async () => {
  await second?.close();
  await t?.close();
});

test('two instances share sessions, the login limit and the versions', async (ctx) => {
  if (!t.url || !second) {
    ctx.diagnostic('embedded database: one process per folder; the PostgreSQL pass runs this test');
    return;
  }
  const two = createApp(other);
  await webSession(t.services, 'ina', 'inspector', 'nord'); // the user, with the password 'test-kode'

  // A session made through instance one is valid on instance two.
  const session = await login(t.services, { username: 'ina', password: 'test-kode', clientKey: 'a' });
  const onTwo = await two.request('/inspections', { headers: { cookie: `tilsyn_session=${session.token}` } });
  assert.equal(onTwo.status, 200);

  // Failures counted on both instances together reach the limit.
  for (let i = 0; i < MAX_FAILURES; i++) {
    await login(i % 2 === 0 ? t.services : other, { username: 'ina', password: 'forkert', clientKey: `x${i}` }).catch(() => {});
  }
  await assert.rejects(login(other, { username: 'ina', password: 'test-kode', clientKey: 'y' }), (e: unknown) => e instanceof ServiceError && e.code === 'rate_limited');

  // The version read on one instance is stale after a change on the other.
  const actor = session.actor;
  const provider = await createProvider(t.services, actor, { name: 'Bostedet Lind', municipality: 'Aarhus', ownership: 'kommunal', legalBases: ['sel-107'], places: 4 });
  const inspection = await createInspection(t.services, actor, { providerId: provider.id, title: 'Tilsyn 2026', phase: 'operation' });
  const seen = await getInspection(other, actor, { inspectionId: inspection.id });
  await changeRisk(t.services, actor, { inspectionId: inspection.id, risk: 'yellow', reason: 'Ny leder', expectedVersion: seen.version });
  await assert.rejects(
    changeRisk(other, actor, { inspectionId: inspection.id, risk: 'red', reason: 'Klage', expectedVersion: seen.version }),
    (e: unknown) => e instanceof ServiceError && e.code === 'conflict',
  );
});
