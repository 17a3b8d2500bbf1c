#!/usr/bin/env node
// `npm test`: Node 20's test runner does not expand globs, so collect the files here.
// Usage: node scripts/run-tests.mjs [--storage-only] [folder-or-file …]   (default: test/)
//
// Cost is what this script is about. Loading the app and an embedded PostgreSQL costs a Node
// process a few seconds of CPU, so the test files run in a few processes, not one each: the files
// of a group are imported by one entry file (what Node 22 calls --test-isolation=none). Every
// file still creates its own database. On PGlite every database starts from one migrated template
// instead of migrating on its own, and the ones that need the demo data from a second template
// that has it (see test/support/test-database.ts).
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

function collect(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const full = join(path, name);
      if (statSync(full).isDirectory()) return collect(full);
      return /\.test\.tsx?$/.test(name) ? [full] : [];
    });
}

// --storage-only: the tests that touch the database, for the second CI pass on PostgreSQL.
const STORAGE_ROOTS = ['test/storage', 'test/services'];
const args = process.argv.slice(2);
const storageOnly = args.includes('--storage-only');
const roots = args.filter((a) => a !== '--storage-only');
const chosen = storageOnly ? STORAGE_ROOTS.filter((r) => existsSync(r)) : roots.length ? roots : ['test'];
const files = chosen.flatMap(collect);
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

// A few tests run the real binary, which runs dist/: rebuild it when a source is newer.
function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
const BUILD_INFO = 'dist/.tsbuildinfo';
if (!existsSync(BUILD_INFO) || newestMtime('src') > statSync(BUILD_INFO).mtimeMs) {
  const built = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const env = { ...process.env };
const work = mkdtempSync(join(tmpdir(), 'tilsyn-tests-'));
if (!env.DATABASE_URL && !env.TILSYN_TEST_TEMPLATE) {
  env.TILSYN_TEST_TEMPLATE = join(work, 'migrated.tar');
  env.TILSYN_TEST_DEMO_TEMPLATE = join(work, 'demo.tar');
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/make-template.ts', env.TILSYN_TEST_TEMPLATE, env.TILSYN_TEST_DEMO_TEMPLATE], { stdio: 'inherit' });
  if (made.status !== 0) process.exit(made.status ?? 1);
}

// The groups: the browser suites in two halves (each one server, one browser), the database-backed services and
// storage, the web pages, the command line through the real binary in two halves (the analytics
// commands with the 100,000-line import, and the others), and the quick rest. A file outside them runs in the rest. Each group must finish within
// PER_TEST_TIMEOUT_MS.
const GROUPS = [
  ['browser-inspection', ['test/browser/inspection-']],
  ['browser', ['test/browser/']],
  ['services', ['test/services/', 'test/storage/']],
  ['web', ['test/web/']],
  ['cli-analytics', ['test/cli/analytics-']],
  ['cli', ['test/cli/']],
  ['rest', ['']],
];
const byGroup = new Map(GROUPS.map(([name]) => [name, []]));
for (const file of files) {
  const [name] = GROUPS.find(([, prefixes]) => prefixes.some((p) => file.replaceAll('\\', '/').startsWith(p)));
  byGroup.get(name).push(file);
}
const entries = [...byGroup].filter(([, list]) => list.length > 0).map(([name, list]) => {
  const entry = join(work, `${name}.test.mjs`);
  writeFileSync(entry, list.map((f) => `import ${JSON.stringify(pathToFileURL(resolve(f)).href)};\n`).join(""));
  return entry;
});

// The groups run in parallel, one per core unless TEST_CONCURRENCY says otherwise.
const concurrency = Number(env.TEST_CONCURRENCY ?? availableParallelism());
// A hung test (a browser waiting forever, say) fails instead of stalling CI. A group counts as one
// test: the slowest takes ~100 s here and about twice that on a busy two-core CI machine.
const PER_TEST_TIMEOUT_MS = 480_000;
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, `--test-timeout=${PER_TEST_TIMEOUT_MS}`, ...entries],
  { stdio: 'inherit', env },
);
rmSync(work, { recursive: true, force: true });
process.exit(result.status ?? 1);
