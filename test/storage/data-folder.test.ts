// Issue 8, faults 4 and 5: the embedded database's files were world-readable and writable (0666,
// WAL included), and a second process on the same folder was not refused (two servers both
// acknowledged writes and lost half). Now the folders are 0700 and the files 0600 (repaired at
// start with a message), and a lock file names the process that holds the folder.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/storage/database.ts';
import { DataFolderLocked, LOCK_FILE, lockDataFolder, makePrivate } from '../../src/storage/data-folder.ts';

const dir = mkdtempSync(join(tmpdir(), 'tilsyn-folder-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function modes(folder: string): { path: string; mode: number; directory: boolean }[] {
  const out: { path: string; mode: number; directory: boolean }[] = [];
  const visit = (path: string) => {
    const st = statSync(path);
    out.push({ path, mode: st.mode & 0o777, directory: st.isDirectory() });
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(folder);
  return out;
}

test('an opened data folder is private: folders 0700, files 0600 — also one that was open before', async () => {
  const folder = join(dir, 'data');
  const database = await openDatabase({ dataDir: folder });
  await database.close();
  // As an old version left it: everything readable and writable by everyone.
  for (const entry of modes(folder)) chmodSync(entry.path, entry.directory ? 0o777 : 0o666);
  const opened = makePrivate(folder);
  assert.ok(opened.length > 0, 'the open folders are reported');
  const open = modes(folder).filter((e) => (e.mode & 0o077) !== 0).map((e) => `${e.path} ${e.mode.toString(8)}`);
  assert.deepEqual(open, [], 'nothing is open to other users');
  assert.equal(statSync(folder).mode & 0o777, 0o700);
});

test('a second opening of the same folder is refused and names the holder; after close it opens', async () => {
  const folder = join(dir, 'locked');
  const first = await openDatabase({ dataDir: folder });
  await assert.rejects(openDatabase({ dataDir: folder }), (e: unknown) => e instanceof DataFolderLocked && e.pid === process.pid && /PID \d+/.test(e.message));
  await first.close();
  const again = await openDatabase({ dataDir: folder });
  await again.close();
});

test('another process is refused while this one holds the folder, with its PID in the message', async () => {
  const folder = join(dir, 'shared');
  const held = await openDatabase({ dataDir: folder });
  try {
    const bin = fileURLToPath(new URL('../../bin/tilsyn.mjs', import.meta.url));
    const r = spawnSync(process.execPath, [bin, 'db', 'migrate'], { env: { ...process.env, TILSYN_DATA: folder, DATABASE_URL: '' }, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`bruges allerede af en anden tilsyn-proces \\(PID ${process.pid}\\)`));
  } finally {
    await held.close();
  }
});

test('a lock left by a process that has ended is taken over', () => {
  const folder = join(dir, 'stale');
  makePrivate(folder);
  writeFileSync(join(folder, LOCK_FILE), '999999999\n');
  const release = lockDataFolder(folder);
  release();
});
