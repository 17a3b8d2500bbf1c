// Opens the database: embedded PGlite in a data folder by default, a PostgreSQL server when a
// URL is given. Everything above this file sees one Drizzle type and never knows which.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: what every write in a service runs on. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Database = { db: Db; kind: 'pglite' | 'postgres'; close(): Promise<void> };

export type OpenDatabaseOptions = {
  /** postgres://… ; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** PGlite only: start from this dump (`dumpDataDir`) instead of an empty cluster; tests use a migrated template. */
  loadDataDir?: Blob;
};

const MIGRATIONS = fileURLToPath(new URL('../../migrations', import.meta.url));

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new pg.Pool({ connectionString: options.url, max: 5 });
    // An idle connection the server closes (restart, admin command) must not crash the process;
    // the pool replaces it on the next query. Only the message is logged, never parameters.
    pool.on('error', (err) => console.error(`PostgreSQL: ${err.message}`));
    const db = drizzle(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dataDir = options.dataDir ?? './data';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(database.db as never, { migrationsFolder: MIGRATIONS });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder: MIGRATIONS });
  }
}

/** The database the environment asks for: DATABASE_URL, else PGlite in TILSYN_DATA (default ./data). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenDatabaseOptions {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.TILSYN_DATA ?? './data' };
}
