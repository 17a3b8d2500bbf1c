// Opens the database: embedded PGlite in a data folder by default, a PostgreSQL server when a
// URL is given. Everything above this file sees one Drizzle type and never knows which.
import { lockDataFolder, makePrivate } from './data-folder.ts';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import type { PoolClient } from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: what every write in a service runs on. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Database =
  | { db: Db; kind: 'postgres'; close(): Promise<void> }
  /** `dumpDataDir`: the whole data folder as one tar file (the tests' templates are made with it). */
  | { db: Db; kind: 'pglite'; close(): Promise<void>; dumpDataDir(): Promise<Uint8Array> };

export type OpenDatabaseOptions = {
  /** postgres://… ; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** PGlite only: start from this dump (`dumpDataDir`, a tar file) instead of an empty cluster; tests use a migrated template. */
  loadDataDir?: Uint8Array;
  /** PGlite only: postgresql.conf settings (tests run many small databases with small buffers). */
  settings?: string[];
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
    // A connection in use when the server goes away emits 'error' on its client too; without a
    // listener that ends the process. The query in flight fails (the request gets a 503).
    pool.on('connect', (client) => {
      client.on('error', (err) => console.error(`PostgreSQL: ${err.message}`));
      nameStatements(client);
    });
    const db = drizzle(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dataDir = options.dataDir ?? './data';
  let release = () => {};
  if (!dataDir.startsWith('memory://')) {
    const opened = makePrivate(dataDir);
    if (opened.length > 0) console.error(`tilsyn: ${opened.length} mapper i ${dataDir} kunne åbnes af andre brugere; de er nu kun for denne bruger (0700, filer 0600).`);
    release = lockDataFolder(dataDir);
  }
  const client = new PGlite(dataDir, {
    ...(options.loadDataDir ? { loadDataDir: new BytesBlob(options.loadDataDir) } : {}),
    ...(options.settings ? { postgresqlconf: options.settings } : {}),
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  try {
    await client.waitReady;
  } catch (e) {
    release();
    throw e;
  }
  const close = async () => {
    try {
      await client.close();
    } finally {
      release();
    }
  };
  return { db, kind: 'pglite', close, dumpDataDir: async () => new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer()) };
}

// Every parameterised query gets a name after its text, so that a pooled connection parses and
// plans it once and afterwards only binds and executes it: about 0.1–0.3 ms less per query, in the
// app (the text is not sent again) and in the database. A name stands for one text for the life of
// the process. Queries without parameters (migrations, one-off statements) stay unnamed, and at most
// MAX_NAMED_STATEMENTS texts are named, so that no connection holds more prepared statements.
const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) statementNames.set(text, (name = `tilsyn_${statementNames.size + 1}`));
  return name;
}

function nameStatements(client: PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, ...rest: unknown[]) => unknown;
  const named = (config: unknown, ...rest: unknown[]) => {
    if (typeof config === 'object' && config !== null && 'text' in config && typeof config.text === 'string' && !('name' in config && config.name) && Array.isArray(rest[0]) && rest[0].length > 0) {
      const name = statementName(config.text);
      if (name) return query({ ...config, name }, ...rest);
    }
    return query(config, ...rest);
  };
  client.query = named as PoolClient['query'];
}

/**
 * A data folder for PGlite, which reads it with `arrayBuffer()` only. Node 20's own Blob copies a
 * large blob in small chunks (about half a second of CPU for a 40 MB folder); this hands over the bytes.
 */
class BytesBlob extends Blob {
  readonly #bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    super([]);
    this.#bytes = bytes;
  }
  override get size(): number {
    return this.#bytes.byteLength;
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice().buffer;
  }
}

/**
 * A raw SQL query's rows, on either driver (node-postgres and PGlite wrap them differently). For
 * the few queries the schema cannot express: the migrations table, the catalog of triggers.
 */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
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

// Connection lost, server shutting down or starting, too many connections: the database is
// unavailable for a moment, which is not an error in the request (503, try again).
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);
const UNAVAILABLE_MESSAGES = /Connection terminated|connection (?:is )?(?:closed|ended)|Client has encountered a connection error|terminating connection|the database system is (?:starting up|shutting down)/i;

/** Whether an error means the database cannot be reached right now (rather than a bad query). */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** The rows a raw INSERT/UPDATE/DELETE touched: node-postgres says `rowCount`, PGlite `affectedRows`. */
export function affectedRows(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}

/** The rows of a raw SELECT: node-postgres and PGlite both return `{ rows }`; the caller names their shape. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
