// `tilsyn db migrate`
import { openServices } from '../../server/open-services.ts';
import { UsageError } from '../usage-error.ts';
import type { CliIo } from '../cli-io.ts';
import { databaseOptionsFromEnv } from '../../storage/database.ts';

export async function dbCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] !== 'migrate') throw new UsageError('brug "tilsyn db migrate"');
  const { database } = await openServices(databaseOptionsFromEnv(io.env));
  io.stdout.write(`Databasen er migreret (${database.kind}).\n`);
  await database.close();
  return 0;
}
