// Migrates an in-memory PGlite once and writes its data folder as a tar file: the template every
// test file's database starts from (`node --import tsx test/support/make-template.ts FILE`).
import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: make-template.ts FILE');
const client = new PGlite('memory://');
await migrate(drizzle(client), { migrationsFolder: new URL('../../migrations', import.meta.url).pathname });
const dump = await client.dumpDataDir('none');
writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
await client.close();
