// Migrates an in-memory PGlite once and writes its data folder as a tar file: the template every
// test file's database starts from. With a second file name it also writes the same database
// with the demo data, for the tests that need the demo (the browser suites, the list scopes).
//   node --import tsx test/support/make-template.ts MIGRATED.tar [DEMO.tar]
import { writeFileSync } from 'node:fs';
import { openServices } from '../../src/server/open-services.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { Database } from '../../src/storage/database.ts';
import { TEST_DATABASE_SETTINGS } from './test-database.ts';

const [file, demoFile] = process.argv.slice(2);
if (!file) throw new Error('usage: make-template.ts MIGRATED.tar [DEMO.tar]');

async function dump(database: Database, to: string): Promise<void> {
  if (database.kind !== 'pglite') throw new Error('the template is a PGlite database');
  writeFileSync(to, await database.dumpDataDir());
}

const { services, database } = await openServices({ dataDir: 'memory://', settings: TEST_DATABASE_SETTINGS });
await dump(database, file);
if (demoFile) {
  await seedDemo(services);
  await dump(database, demoFile);
}
await database.close();
