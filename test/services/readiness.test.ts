// Issue 8: /healthz says the process is alive; /readyz that the database answers and has every
// migration — on PGlite and on PostgreSQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { createApp } from '../../src/web/app.tsx';

let t: TestServices;
before(async () => {
  t = await createTestServices();
});
after(() => t?.close());

test('a migrated database is ready', async () => {
  const app = createApp(t.services);
  assert.deepEqual(await (await app.request('/readyz')).json(), { status: 'ready' });
  assert.deepEqual(await (await app.request('/healthz')).json(), { status: 'ok' });
});

test('a database without the newest migration is not ready (503), and says so', async () => {
  await t.services.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
  const r = await createApp(t.services).request('/readyz');
  assert.equal(r.status, 503);
  assert.match(((await r.json()) as { reason: string }).reason, /mangler migreringer/);
});
