// A database's contents in a few numbers: per table the row count and a hash of every row, and
// the triggers. Two databases with the same fingerprint hold the same data — how a restore is
// proved identical to what was backed up, on PGlite and on PostgreSQL alike.
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { is, sql } from 'drizzle-orm';
import * as schema from './schema.ts';
import { selectRows, type Db } from './database.ts';

export type Fingerprint = { tables: Record<string, { rows: number; hash: string }>; triggers: string[] };


export async function fingerprint(db: Db): Promise<Fingerprint> {
  const names = Object.values(schema).filter((v) => is(v, PgTable)).map((table) => getTableConfig(table).name).sort();
  const tables: Fingerprint['tables'] = {};
  for (const name of [...names, 'drizzle.__drizzle_migrations']) {
    const [row] = await selectRows<{ rows: string | number; hash: string | null }>(
      db,
      sql.raw(`select count(*) as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from ${name.includes('.') ? name : `"${name}"`} t`),
    );
    tables[name] = { rows: Number(row?.rows ?? 0), hash: row?.hash ?? '' };
  }
  const triggers = (await selectRows<{ name: string }>(db, sql`select c.relname || '.' || t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid where not t.tgisinternal order by 1`)).map((r) => r.name);
  return { tables, triggers };
}
