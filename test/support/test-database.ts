// Where a test's database comes from. On PGlite (the default) every test file starts from a copy
// of a template `npm test` migrated once (TILSYN_TEST_TEMPLATE; scripts/run-tests.mjs), or of the
// same template with the demo data (TILSYN_TEST_DEMO_TEMPLATE); a file run on its own migrates
// (and seeds) from scratch. With DATABASE_URL each file gets a new database on that server.
import { readFileSync } from 'node:fs';
import type { OpenDatabaseOptions } from '../../src/storage/database.ts';

// A test database holds a few hundred rows: PGlite's default 128 MB of shared buffers costs more
// to set up (about half a second of CPU per database) than the buffers save.
export const TEST_DATABASE_SETTINGS = ['shared_buffers=8MB'];

export type TemplateName = 'migrated' | 'demo';

const TEMPLATE_ENV: Record<TemplateName, string> = { migrated: 'TILSYN_TEST_TEMPLATE', demo: 'TILSYN_TEST_DEMO_TEMPLATE' };

/** An in-memory PGlite, from the named template when there is one (else empty: migrate and seed it yourself). */
export function memoryDatabase(template: TemplateName = 'migrated'): { options: OpenDatabaseOptions; fromTemplate: boolean } {
  const file = process.env[TEMPLATE_ENV[template]];
  return {
    options: { dataDir: 'memory://', settings: TEST_DATABASE_SETTINGS, ...(file ? { loadDataDir: readFileSync(file) } : {}) },
    fromTemplate: Boolean(file),
  };
}
