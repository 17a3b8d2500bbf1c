// Whether the database answers and has every migration this version of tilsyn ships: what a
// load balancer asks (/readyz) before it sends an instance requests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { selectRows, type Db } from './database.ts';

const JOURNAL = fileURLToPath(new URL('../../migrations/meta/_journal.json', import.meta.url));

/** The newest migration's timestamp as the journal records it (drizzle stores it as created_at). */
function newestMigration(): number {
  const journal = JSON.parse(readFileSync(JOURNAL, 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

export type Readiness = { ready: true } | { ready: false; reason: string };

export async function checkReadiness(db: Db): Promise<Readiness> {
  let applied: number;
  try {
    const [first] = await selectRows<{ newest: string | number | null }>(db, sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
    applied = Number(first?.newest ?? 0);
  } catch {
    return { ready: false, reason: 'Databasen svarer ikke.' };
  }
  return applied >= newestMigration() ? { ready: true } : { ready: false, reason: 'Databasen mangler migreringer (tilsyn db migrate).' };
}
