// Issue 8, fault 3: the app process died when PostgreSQL went away under write load (an in-use
// client emitted 'error' with no listener). Now requests during the outage get 503 with a Danish
// error, the process lives, and the pool recovers. On PostgreSQL the test ends every connection
// of its database under load (what a restart does to them); on PGlite only the classification
// of the errors can be checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { createApp } from '../../src/web/app.tsx';
import { isDatabaseUnavailable } from '../../src/services/health/database-unavailable.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices({ demo: true });
});
after(() => t?.close());

test('lost connections and a server shutting down are "unavailable"; a bad query is not', () => {
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
  assert.equal(isDatabaseUnavailable(withCode('terminating connection due to administrator command', '57P01')), true);
  assert.equal(isDatabaseUnavailable(new Error('Failed query', { cause: new Error('Connection terminated unexpectedly') })), true);
  assert.equal(isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')), true);
  assert.equal(isDatabaseUnavailable(withCode('syntax error at or near "x"', '42601')), false);
  assert.equal(isDatabaseUnavailable(withCode('duplicate key value violates unique constraint', '23505')), false);
});

test('every connection ended under load: 200 or 503, never 500; the process lives and the pool recovers', async (ctx) => {
  if (!t.url) {
    ctx.diagnostic('embedded database: no server to lose; the PostgreSQL pass runs this part');
    return;
  }
  const logged: string[] = [];
  const app = createApp(t.services, { log: (e) => logged.push(e.level) });
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const database = new URL(t.url).pathname.slice(1);
  const statuses: number[] = [];
  let running = true;
  const load = Array.from({ length: 8 }, async () => {
    while (running) statuses.push((await app.request('/api/portal/providers')).status);
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (let i = 0; i < 3; i++) {
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  running = false;
  await Promise.all(load);
  await admin.end();
  assert.deepEqual([...new Set(statuses)].filter((s) => s !== 200 && s !== 503), [], `statuses: ${[...new Set(statuses)].join(', ')}`);
  assert.ok(!logged.includes('error'), 'no unexpected error was logged');
  assert.equal((await app.request('/api/portal/providers')).status, 200, 'the pool has recovered');
});
