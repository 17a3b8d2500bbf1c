// Issue 8: `tilsyn db backup FILE` and `tilsyn db restore FILE`, on PGlite (the data folder as one
// file) and on PostgreSQL (pg_dump/pg_restore). A restore is identical: every table's row count
// and a hash of every row, the migrations table and the triggers are the same as backed up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { runCli, spawnCli } from '../cli/run-cli.ts';
import { fingerprint } from '../../src/storage/fingerprint.ts';
import { openDatabase } from '../../src/storage/database.ts';

let t: TestServices;
let dir = '';
before(async () => {
  t = await createTestServices({ demo: true });
  dir = mkdtempSync(join(tmpdir(), 'tilsyn-backup-'));
});
after(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('backup, then restore into a new database: identical, triggers included', async () => {
  const original = await fingerprint(t.services.db);
  assert.ok((original.tables.inspections?.rows ?? 0) > 0 && original.triggers.length >= 4, 'there is something to compare');
  const file = join(dir, 'backup.bin');
  if (t.url) {
    const backup = await runCli(['db', 'backup', file], undefined, { DATABASE_URL: t.url });
    assert.equal(backup.status, 0, backup.stderr);
    const { default: pg } = await import('pg');
    const name = `tilsyn_r_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const target = new URL(t.url);
    target.pathname = `/${name}`;
    try {
      const restore = await runCli(['db', 'restore', file], undefined, { DATABASE_URL: target.toString() });
      assert.equal(restore.status, 0, restore.stderr);
      const restored = await openDatabase({ url: target.toString() });
      try {
        assert.deepEqual(await fingerprint(restored.db), original);
      } finally {
        await restored.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name}`).catch(() => {});
      await admin.end();
    }
  } else {
    const backup = await runCli(['db', 'backup', file], undefined, {}, t);
    assert.equal(backup.status, 0, backup.stderr);
    assert.equal(statSync(file).mode & 0o077, 0, 'the backup file is private');
    const folder = join(dir, 'restored');
    // The command line's contract through the real binary: exit 0 and one line saying what was done.
    const restore = spawnCli(['db', 'restore', file], undefined, { TILSYN_DATA: folder, DATABASE_URL: '' });
    assert.deepEqual([restore.status, restore.stdout], [0, `Databasen er gendannet i ${folder}.\n`], restore.stderr);
    const again2 = join(dir, 'again.bin');
    const backupAgain = spawnCli(['db', 'backup', again2], undefined, { TILSYN_DATA: folder, DATABASE_URL: '' });
    assert.deepEqual([backupAgain.status, backupAgain.stdout], [0, `Sikkerhedskopien er skrevet til ${again2}.\n`], backupAgain.stderr);
    const restored = await openDatabase({ dataDir: folder });
    try {
      assert.deepEqual(await fingerprint(restored.db), original);
    } finally {
      await restored.close();
    }
    const again = await runCli(['db', 'restore', file], undefined, { TILSYN_DATA: folder, DATABASE_URL: '' });
    assert.equal(again.status, 1, 'a folder with data is never overwritten');
    assert.match(again.stderr, /er ikke tom/);
  }
});

test('unusable arguments and unreadable files are refused with a reason', async () => {
  assert.equal((await runCli(['db', 'backup'], undefined, {}, t)).status, 2);
  assert.equal((await runCli(['db', 'restore', 'a', 'b'], undefined, {}, t)).status, 2);
  if (!t.url) {
    const missing = await runCli(['db', 'restore', join(dir, 'findes-ikke.bin')], undefined, { TILSYN_DATA: join(dir, 'tom'), DATABASE_URL: '' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /kan ikke læses/);
  }
});
