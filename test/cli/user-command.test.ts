// First run (issue 8): `tilsyn serve` on an empty folder creates no user and says how to make the
// first administrator; `tilsyn user create` makes one (password from standard input, or generated
// and shown once at a terminal); `serve --demo` is refused on a database with other data. The
// contract through the real binary; the refusals in-process on one open database.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { runCli, spawnCli } from './run-cli.ts';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { users } from '../../src/storage/schema.ts';
import { login } from '../../src/services/auth/sessions.ts';

const BIN = fileURLToPath(new URL('../../bin/tilsyn.mjs', import.meta.url));
let dir = '';
let t: TestServices;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tilsyn-first-run-'));
  t = await createTestServices();
});
after(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ TILSYN_DATA: join(dir, 'data'), DATABASE_URL: '', PORT: '0' });

/**
 * Runs `tilsyn serve`; once it listens, `whileRunning` gets its address, then the server is
 * stopped (SIGTERM). What it printed and how it ended.
 */
function serveOnce(args: string[] = [], whileRunning: (base: string) => Promise<void> = async () => {}): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', ...args], { env: { ...process.env, ...env() } });
    let stdout = '';
    let stderr = '';
    let started = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const address = /tilsyn kører på (http:\/\/[^/\s]+)\//.exec(stdout)?.[1];
      if (address && !started) {
        started = true;
        whileRunning(address).then(() => child.kill('SIGTERM'), (e: unknown) => {
          child.kill('SIGTERM');
          reject(e);
        });
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ stdout, stderr, code }));
  });
}

test('serve on an empty folder creates no users and says how to create the first administrator', async () => {
  const run = await serveOnce();
  assert.match(run.stdout, /ingen brugere endnu/);
  assert.match(run.stdout, /tilsyn user create BRUGERNAVN --role admin --name/);
  assert.doesNotMatch(run.stdout, /demo-tilsyn|Demodata/, 'no demo users, no known password');
});

test('user create through the real binary: the password from standard input, exit 0', () => {
  const r = spawnCli(['user', 'create', 'anna', '--role', 'admin', '--name', 'Anna Admin'], 'lang-og-hemmelig-kode\n', env());
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'Brugeren "anna" er oprettet: Anna Admin (Administrator).\n');
  assert.doesNotMatch(r.stdout, /hemmelig/, 'a password from standard input is not echoed');
});

test('user create --email through the real binary: stored with the user; a malformed address names --email, exit 1', async () => {
  const bad = spawnCli(['user', 'create', 'ebbe', '--role', 'admin', '--name', 'Ebbe Admin', '--email', 'ikke-en-adresse'], 'lang-og-hemmelig-kode\n', env());
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--email/);
  const good = spawnCli(['user', 'create', 'ebbe', '--role', 'admin', '--name', 'Ebbe Admin', '--email', 'ebbe@tilsyn.example'], 'lang-og-hemmelig-kode\n', env());
  assert.equal(good.status, 0, good.stderr);
  const { openServices } = await import('../../src/server/open-services.ts');
  const { services, database } = await openServices({ dataDir: join(dir, 'data') });
  try {
    const [row] = await services.db.select({ email: users.email }).from(users).where(eq(users.username, 'ebbe'));
    assert.equal(row?.email, 'ebbe@tilsyn.example');
  } finally {
    await database.close();
  }
});

// The "done when": a new installation, its first administrator from the command line, and
// then, through the running server, that administrator creates an inspector who can log in.
test('then the server: the administrator logs in and creates an inspector, who can log in and must choose a password', async () => {
  const loginAs = async (base: string, username: string, password: string) => {
    const r = await fetch(`${base}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username, password }) });
    return { status: r.status, location: r.headers.get('location'), cookie: (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
  };
  let inspectorLogin: { status: number; location: string | null } | undefined;
  let firstPage: string | null = null;
  const run = await serveOnce([], async (base) => {
    const admin = await loginAs(base, 'anna', 'lang-og-hemmelig-kode');
    assert.equal(admin.status, 303, 'the first administrator logs in');
    const form = await (await fetch(`${base}/users/new`, { headers: { cookie: admin.cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
    const created = await fetch(`${base}/users/new`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, username: 'ib.inspektoer', displayName: 'Ib Inspektør', role: 'inspector', authorityId: 'syd', providerId: '', fosterFamilyId: '' }),
    });
    assert.equal(created.status, 201);
    const password = /<code class="one-time-password">([^<]+)<\/code>/.exec(await created.text())?.[1] ?? '';
    const inspector = await loginAs(base, 'ib.inspektoer', password);
    inspectorLogin = inspector;
    firstPage = (await fetch(`${base}/`, { redirect: 'manual', headers: { cookie: inspector.cookie } })).headers.get('location');
  });
  assert.doesNotMatch(run.stdout, /ingen brugere endnu/, 'the server knows there is a user now');
  assert.deepEqual([inspectorLogin?.status, inspectorLogin?.location], [303, '/'], 'the inspector logs in');
  assert.equal(firstPage, '/account/password', 'and is sent to choose a password first');
});

test('serve --demo on a database with other data is refused (exit 1) and says why', async () => {
  const run = await serveOnce(['--demo']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /--demo bruges kun på en tom database/);
});

test('at a terminal with nothing piped in, a password is generated, shown once, and must be changed', async () => {
  const r = await runCli(['user', 'create', 'ida', '--role', 'inspector', '--name', 'Ida Inspektør', '--authority', 'nord'], undefined, {}, t);
  assert.equal(r.status, 0, r.stderr);
  const shown = /Adgangskode \(vises kun nu; skal skiftes ved første login\): (\S+)\n/.exec(r.stdout)?.[1];
  assert.ok(shown && shown.length >= 12, r.stdout);
  const session = await login(t.services, { username: 'ida', password: shown, clientKey: 'test' });
  assert.equal(session.actor.authorityId, 'nord');
  const [row] = await t.services.db.select().from(users).where(eq(users.username, 'ida'));
  assert.equal(row?.mustChangePassword, true);
});

test('refusals name the argument and the reason: exit 1 for data, exit 2 for arguments', async () => {
  const create = (args: string[], input?: string) => runCli(['user', 'create', ...args], input, {}, t);
  const short = await create(['bo.b', '--role', 'auditor', '--name', 'Bo'], 'kort\n');
  assert.deepEqual([short.status, short.stderr], [1, 'tilsyn: adgangskode: Adgangskoden skal være mindst 12 tegn.\n']);
  const taken = await create(['ida', '--role', 'auditor', '--name', 'Ida igen'], 'lang-og-hemmelig-kode\n');
  assert.deepEqual([taken.status, taken.stderr], [1, 'tilsyn: brugernavn: Brugernavnet er allerede i brug.\n']);
  const noAuthority = await create(['ib.i', '--role', 'manager', '--name', 'Ib'], 'lang-og-hemmelig-kode\n');
  assert.equal(noAuthority.status, 1);
  assert.match(noAuthority.stderr, /^tilsyn: --authority: /);
  assert.equal((await create(['ib.i', '--role', 'konge', '--name', 'Ib'])).status, 2, 'an unknown role');
  assert.equal((await create(['ib.i', '--role', 'admin'])).status, 2, '--name missing');
  assert.equal((await create(['--role', 'admin', '--name', 'X'])).status, 2, 'no username');
  assert.equal((await create(['ib.i', '--role', 'admin', '--name', 'Ib', '--colour', 'blå'])).status, 2, 'an unknown option');
  assert.equal((await t.services.db.select().from(users).where(eq(users.username, 'ib.i'))).length, 0, 'nothing was created');
});

test('user list, deactivate, reactivate and reset-password on the same services', async () => {
  const cli = (args: string[]) => runCli(['user', ...args], undefined, {}, t);
  const list = await cli(['list', '--json']);
  assert.equal(list.status, 0, list.stderr);
  const listed = JSON.parse(list.stdout) as { username: string; passwordHash?: string }[];
  assert.ok(listed.some((u) => u.username === 'ida') && listed.every((u) => u.passwordHash === undefined));
  assert.match((await cli(['list'])).stdout, /^ida\s+Tilsynskonsulent\s+aktiv\s+Ida Inspektør$/m);
  assert.deepEqual([(await cli(['deactivate', 'ida'])).stdout], ['Brugeren "ida" er deaktiveret og logget af.\n']);
  const again = await cli(['deactivate', 'ida']);
  assert.deepEqual([again.status, again.stderr], [1, 'tilsyn: active: Brugeren er allerede deaktiveret.\n']);
  assert.equal((await cli(['reactivate', 'ida'])).status, 0);
  const reset = await cli(['reset-password', 'ida']);
  const password = /Engangsadgangskode \(vises kun nu; skal skiftes ved næste login\): (\S+)/.exec(reset.stdout)?.[1];
  assert.ok(password);
  assert.equal((await login(t.services, { username: 'ida', password, clientKey: 'cli' })).mustChangePassword, true);
  const unknown = await cli(['deactivate', 'findes.ikke']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /findes ikke/);
  assert.equal((await cli(['deactivate'])).status, 2);
  assert.equal((await cli(['slet', 'ida'])).status, 2);
});
