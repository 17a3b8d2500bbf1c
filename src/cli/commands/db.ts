// `tilsyn db migrate | backup FILE | restore FILE`
//   backup: the embedded database as one file (its data folder), or on PostgreSQL a pg_dump archive
//   restore: into an empty data folder (PGlite; move the old one away first) or, on PostgreSQL,
//            with pg_restore into the database DATABASE_URL names (replacing what is there)
// Exit 0 done, 1 refused or failed (one line saying why), 2 unusable arguments.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { UsageError } from '../usage-error.ts';
import { parseArguments } from '../parse-arguments.ts';
import type { CliIo } from '../cli-io.ts';

const USAGE = 'brug "tilsyn db migrate", "tilsyn db backup FIL" eller "tilsyn db restore FIL"';

export async function dbCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, file] = parseArguments('db', argv, {}, 2).positionals;
  if (sub === 'migrate' && file === undefined) {
    const opened = await io.openServices();
    io.stdout.write(`Databasen er migreret (${opened.database.kind}).\n`);
    await opened.close();
    return 0;
  }
  if ((sub !== 'backup' && sub !== 'restore') || !file) throw new UsageError(USAGE);
  const url = io.env.DATABASE_URL;
  if (url) return postgresTool(io, sub === 'backup' ? 'pg_dump' : 'pg_restore', sub === 'backup' ? ['--format=custom', `--file=${file}`, url] : ['--clean', '--if-exists', '--no-owner', `--dbname=${url}`, file], file);
  return sub === 'backup' ? backupEmbedded(io, file) : restoreEmbedded(io, file);
}

async function backupEmbedded(io: CliIo, file: string): Promise<number> {
  const opened = await io.openServices();
  try {
    if (opened.database.kind !== 'pglite') throw new Error('unreachable: no DATABASE_URL but not PGlite');
    writeFileSync(file, await opened.database.dumpDataDir(), { mode: 0o600 });
  } finally {
    await opened.close();
  }
  io.stdout.write(`Sikkerhedskopien er skrevet til ${file}.\n`);
  return 0;
}

async function restoreEmbedded(io: CliIo, file: string): Promise<number> {
  const folder = io.env.TILSYN_DATA ?? './data';
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    io.stderr.write(`tilsyn: datamappen ${folder} er ikke tom; flyt den væk (eller vælg en anden med TILSYN_DATA), og gendan så i en tom mappe\n`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    io.stderr.write(`tilsyn: ${file} kan ikke læses: ${(e as NodeJS.ErrnoException).code ?? 'fejl'}\n`);
    return 1;
  }
  const { openServices } = await import('../../server/open-services.ts');
  const { database } = await openServices({ dataDir: folder, loadDataDir: bytes });
  await database.close();
  io.stdout.write(`Databasen er gendannet i ${folder}.\n`);
  return 0;
}

function postgresTool(io: CliIo, tool: 'pg_dump' | 'pg_restore', args: string[], file: string): number {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    io.stderr.write(`tilsyn: ${tool} findes ikke; installér PostgreSQL-klientværktøjerne (fx Debians postgresql-client) i samme hovedversion som serveren\n`);
    return 1;
  }
  if (r.status !== 0) {
    io.stderr.write(`tilsyn: ${tool} fejlede: ${(r.stderr || '').trim().split('\n')[0] ?? ''}\n`);
    return 1;
  }
  io.stdout.write(tool === 'pg_dump' ? `Sikkerhedskopien er skrevet til ${file}.\n` : `Databasen er gendannet fra ${file}.\n`);
  return 0;
}
