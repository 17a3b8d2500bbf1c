// Issue 9, item 20: --help on every command and subcommand (and it never runs the command),
// unknown options as one Danish line with exit 2, --version, Danish validation messages, and one
// exit-code convention documented in the help.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, spawnCli } from './run-cli.ts';

const COMMANDS = [
  'model', 'model list', 'model show', 'model validate', 'evaluate', 'serve', 'db', 'db migrate', 'db backup', 'db restore',
  'demo', 'demo seed', 'user', 'user create', 'user list', 'user deactivate', 'user reactivate', 'user reset-password', 'report', 'report render',
  'analytics', 'analytics compare', 'analytics agreement',
];
// A data folder that must stay untouched: help opens no database.
const env = { TILSYN_DATA: join(mkdtempSync(join(tmpdir(), 'tilsyn-help-')), 'data') };

test('--help on every command and subcommand: usage and the exit codes on stdout, exit 0, nothing run', async () => {
  for (const command of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      const r = await runCli([...command.split(' '), flag], '', env);
      assert.equal(r.status, 0, `${command} ${flag}: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`^Brug: tilsyn ${command.split(' ')[0]}`), command);
      assert.match(r.stdout, /Afslutningskoder:\n {2}0 {2}udført\n {2}1 {2}inddata er ugyldige/, command);
      assert.equal(r.stderr, '');
    }
  }
  assert.throws(() => readFileSync(join(env.TILSYN_DATA, 'PG_VERSION')), 'no database was created');
});

test('through the real binary: "serve --help" prints help and exits instead of starting a server', () => {
  const r = spawnCli(['serve', '--help'], undefined, { ...env, PORT: '0' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Brug: tilsyn serve \[--demo\]/);
  const top = spawnCli(['--help']);
  assert.equal(top.status, 0);
  assert.match(top.stdout, /"tilsyn KOMMANDO --help" viser kommandoens tilvalg/);
  assert.match(top.stdout, /Afslutningskoder:/);
});

test('through the real binary: --version prints the package version', () => {
  const r = spawnCli(['--version']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, `tilsyn ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
});

test('through the real binary: an unknown option or command is one Danish line on stderr and exit 2 — no stack trace', () => {
  for (const [args, message] of [
    [['model', 'list', '--bogus'], 'tilsyn: ukendt tilvalg "--bogus" til "tilsyn model"; se "tilsyn model --help"'],
    [['evaluate', '-', '--colour'], 'tilsyn: ukendt tilvalg "--colour" til "tilsyn evaluate"; se "tilsyn evaluate --help"'],
    [['evaluate', '-', '--json=ja'], 'tilsyn: --json tager ingen værdi; se "tilsyn evaluate --help"'],
    [['demo', 'seed', '--force'], 'tilsyn: ukendt tilvalg "--force" til "tilsyn demo"; se "tilsyn demo --help"'],
    [['serve', '--port', '80'], 'tilsyn: ukendt tilvalg "--port" til "tilsyn serve"; se "tilsyn serve --help"'],
    [['user', 'list', '--all'], 'tilsyn: ukendt tilvalg "--all" til "tilsyn user list"; se "tilsyn user list --help"'],
    [['frobnicate'], 'tilsyn: ukendt kommando "frobnicate"; se "tilsyn --help"'],
  ] as const) {
    const r = spawnCli([...args], '', env);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr, `${message}\n`, args.join(' '));
    assert.equal(r.stdout, '');
  }
});

test('validation messages are Danish: a catalog with a wrong value, and an assessment of the wrong shape', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tilsyn-da-'));
  const file = join(dir, 'model.yaml');
  writeFileSync(file, readFileSync('models/tilbud-2017.yaml', 'utf8').replace('excludedFor: [sel-66-1-6-sikret]', 'excludedFor: [sel-66-1-6-lukket]'));
  const catalog = await runCli(['model', 'validate', file]);
  assert.equal(catalog.status, 1);
  assert.match(catalog.stderr, /Ugyldigt valg: forventede en af følgende/);
  assert.doesNotMatch(catalog.stderr, /Invalid|expected/);
  const shape = await runCli(['evaluate', '-', '--json'], JSON.stringify({ model: 'tilbud-2017', phase: 'operation', entity: { legalBases: ['sel-107'], flags: [] }, indicators: { '1.a': { score: 'fem', text: 'x' } } }));
  assert.equal(shape.status, 1);
  const messages = JSON.parse(shape.stdout).errors.map((e: { message: string }) => e.message).join('\n');
  assert.match(messages, /Ugyldigt input: forventede tal, fik streng/);
  assert.doesNotMatch(messages, /Invalid input|expected number/);
});
