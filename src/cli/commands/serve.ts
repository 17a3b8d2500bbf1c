// `tilsyn serve`: the same as `npm start`. Runs until SIGINT/SIGTERM.
import { startServer } from '../../server/start-server.ts';
import { databaseOptionsFromEnv } from '../../storage/database.ts';
import type { CliIo } from '../cli-io.ts';

export async function serveCommand(_argv: string[], io: CliIo): Promise<number> {
  const server = await startServer({
    port: Number(io.env.PORT ?? 3000),
    database: databaseOptionsFromEnv(io.env),
    log: (line) => io.stdout.write(`${line}\n`),
  });
  return new Promise((resolve) => {
    const stop = () => void server.stop().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
