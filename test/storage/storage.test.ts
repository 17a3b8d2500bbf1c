import { test, before, after } from 'node:test';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../src/storage/schema.ts';
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
  for (const table of ['assessments', 'audit_log', 'authorities', 'decisions', 'departments', 'follow_ups', 'foster_families', 'inspections', 'login_failures', 'providers', 'report_dispatches', 'report_versions', 'reports', 'risk_changes', 'sessions', 'users', 'visits']) {
    assert.ok(names.includes(table), table);
  }
  // Every table the Drizzle schema declares, so the list above cannot fall behind the schema.
  const declared = Object.values(schema).filter((v) => is(v, PgTable)).map((table) => getTableConfig(table).name);
  assert.ok(declared.length >= 17, 'the schema declares its tables');
  for (const table of declared) assert.ok(names.includes(table), `the migrations create ${table}`);
});

test('the audit log is append-only: update and delete are refused by the database', async () => {
  const [row] = await t.services.db.insert(auditLog).values({ action: 'test', entityType: 'inspection', entityId: 'x', before: null, after: { a: 1 } }).returning();
  await assert.rejects(t.services.db.update(auditLog).set({ action: 'changed' }).where(eq(auditLog.id, row!.id)));
  await assert.rejects(t.services.db.delete(auditLog).where(eq(auditLog.id, row!.id)));
  const [still] = await t.services.db.select().from(auditLog).where(eq(auditLog.id, row!.id));
  assert.equal(still?.action, 'test');
});

// Issue 8, fault 11: TRUNCATE bypassed the row triggers of the audit log and the report versions.
test('TRUNCATE is refused on the audit log and on the final report versions', async () => {
  await t.services.db.insert(auditLog).values({ action: 'test.truncate', entityType: 'inspection', entityId: 'y', before: null, after: null });
  const before = (await t.services.db.select().from(auditLog)).length;
  await assert.rejects(t.services.db.execute(sql`truncate table audit_log`), (e: unknown) => /append-only/.test(causeText(e)));
  await assert.rejects(t.services.db.execute(sql`truncate table report_versions cascade`), (e: unknown) => /immutable/.test(causeText(e)));
  assert.equal((await t.services.db.select().from(auditLog)).length, before, 'the audit log keeps its rows');
});

const causeText = (e: unknown): string => (e instanceof Error ? `${e.message} ${causeText(e.cause)}` : '');

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

test('a value outside a closed list is refused by the database (roles, statuses, risks, phases)', async () => {
  const db = t.services.db;
  const raw = (q: ReturnType<typeof sql>) => db.execute(q);
  // Drizzle wraps the driver's error; the constraint's name is in its cause.
  const by = (constraint: string) => (e: unknown) => e instanceof Error && String((e as Error & { cause?: unknown }).cause ?? e.message).includes(constraint);
  await assert.rejects(raw(sql`insert into users (username, display_name, password_hash, role) values ('x-role', 'X', 'h', 'superuser')`), by('users_role_check'));
  await raw(sql`insert into users (username, display_name, password_hash, role) values ('ok-role', 'OK', 'h', 'auditor')`);
  const [p] = (await raw(sql`insert into providers (authority_id, name, municipality) values ('nord', 'Bostedet Tjek', 'Aalborg') returning id`) as unknown as { rows: { id: string }[] }).rows;
  await assert.rejects(raw(sql`update providers set approval_status = 'maybe' where id = ${p!.id}`), by('providers_approval_status_check'));
  await assert.rejects(
    raw(sql`insert into inspections (authority_id, provider_id, phase, model_id, model_version, status, title) values ('nord', ${p!.id}, 'operation', 'tilbud', '1.0.0', 'archived', 'T')`),
    by('inspections_status_check'),
  );
  await assert.rejects(
    raw(sql`insert into inspections (authority_id, provider_id, phase, model_id, model_version, status, title) values ('nord', ${p!.id}, 'inspection', 'tilbud', '1.0.0', 'planned', 'T')`),
    by('inspections_phase_check'),
  );
});
