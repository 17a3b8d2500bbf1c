import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { auditLog, providers } from '../../src/storage/schema.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
});
after(() => t.close());

test('migrations create every table', async () => {
  const rows = await t.services.db.execute<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
  const names = ((rows as unknown as { rows: { table_name: string }[] }).rows ?? rows).map((r: { table_name: string }) => r.table_name);
  for (const table of ['assessments', 'audit_log', 'authorities', 'decisions', 'departments', 'follow_ups', 'foster_families', 'inspections', 'login_failures', 'providers', 'risk_changes', 'sessions', 'users', 'visits']) {
    assert.ok(names.includes(table), table);
  }
});

test('the audit log is append-only: update and delete are refused by the database', async () => {
  const [row] = await t.services.db.insert(auditLog).values({ action: 'test', entityType: 'inspection', entityId: 'x', before: null, after: { a: 1 } }).returning();
  await assert.rejects(t.services.db.update(auditLog).set({ action: 'changed' }).where(eq(auditLog.id, row!.id)));
  await assert.rejects(t.services.db.delete(auditLog).where(eq(auditLog.id, row!.id)));
  const [still] = await t.services.db.select().from(auditLog).where(eq(auditLog.id, row!.id));
  assert.equal(still?.action, 'test');
});

test('a failing transaction leaves nothing half-written', async () => {
  await assert.rejects(
    t.services.db.transaction(async (tx) => {
      await tx.insert(providers).values({ authorityId: 'nord', name: 'Halvt skrevet', municipality: 'X' });
      await tx.insert(providers).values({ authorityId: 'findes-ikke', name: 'Fejler', municipality: 'X' });
    }),
  );
  const rows = await t.services.db.select().from(providers).where(eq(providers.name, 'Halvt skrevet'));
  assert.equal(rows.length, 0);
});
