// `tilsyn db migrate`
import { UsageError } from '../usage-error.ts';
import type { CliIo } from '../cli-io.ts';

export async function dbCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] !== 'migrate') throw new UsageError('brug "tilsyn db migrate"');
  const opened = await io.openServices();
  io.stdout.write(`Databasen er migreret (${opened.kind}).\n`);
  await opened.close();
  return 0;
}
