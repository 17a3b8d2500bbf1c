// The `tilsyn` command line as a user or another tool runs it. `runCli` calls `main(argv, io)`
// in this process (no new Node process per call); `spawnCli` runs the real binary, kept for the
// few tests that prove the binary itself (exit codes, stdin, the shebang).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import { openServicesFromEnv } from '../../src/cli/cli-io.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import type { Database } from '../../src/storage/database.ts';

const BIN = fileURLToPath(new URL('../../bin/tilsyn.mjs', import.meta.url));

export type CliResult = { status: number | null; stdout: string; stderr: string };

/**
 * Runs a command in this process. With `open` the command works on that open database (and leaves
 * it open) instead of opening the one `env` names, so a test file opens its database once.
 */
export async function runCli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}, open?: { services: ServiceContext; database: Database }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const fullEnv = { ...process.env, ...env };
  const status = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: () => input ?? '',
    // No input given: as if run at a terminal.
    stdinIsTerminal: input === undefined,
    env: fullEnv,
    openServices: async () => (open ? { services: open.services, database: open.database, close: async () => {} } : openServicesFromEnv(fullEnv)),
  });
  return { status, stdout, stderr };
}

export function spawnCli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
