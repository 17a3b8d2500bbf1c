// Where a command reads and writes: the process and the database the environment names for the
// real binary; buffers and an already open database in tests that run the command line
// in-process (`main(argv, io)`), so a test needs no new Node process and no new database per call.
import { readFileSync } from 'node:fs';
import type { ServiceContext } from '../services/context.ts';
import type { Database } from '../storage/database.ts';

export type OutputStream = { write(text: string): unknown; isTTY?: boolean; columns?: number };

export type OpenedServices = { services: ServiceContext; database: Database; close(): Promise<void> };

export type CliIo = {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The whole of standard input (for "-" as a file name). */
  readStdin(): string;
  /** Standard input is a terminal (nothing piped in). */
  stdinIsTerminal: boolean;
  env: NodeJS.ProcessEnv;
  /** Opens (and migrates) the database the command works on; the command closes it when done. */
  openServices(): Promise<OpenedServices>;
};

/** The database named by `env` (DATABASE_URL, else TILSYN_DATA or ./data), opened on first use. */
export async function openServicesFromEnv(env: NodeJS.ProcessEnv): Promise<OpenedServices> {
  // Loaded on use: `model` and `evaluate` never touch a database and start faster without it.
  const { openServices } = await import('../server/open-services.ts');
  const { databaseOptionsFromEnv } = await import('../storage/database.ts');
  const { services, database } = await openServices(databaseOptionsFromEnv(env));
  return { services, database, close: () => database.close() };
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0, 'utf8'),
    stdinIsTerminal: Boolean(process.stdin.isTTY),
    env: process.env,
    openServices: () => openServicesFromEnv(process.env),
  };
}
