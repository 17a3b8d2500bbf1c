#!/usr/bin/env node
// `npm test`: Node 20's test runner does not expand globs, so collect the files here.
// Usage: node scripts/run-tests.mjs [folder-or-file …]   (default: test/)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
// A hung test (a browser waiting forever, say) fails instead of stalling CI; the slowest test takes ~1 min.
const PER_TEST_TIMEOUT_MS = 300_000;
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-timeout=${PER_TEST_TIMEOUT_MS}`, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
