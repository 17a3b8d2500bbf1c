// `tilsyn db migrate`
import { openServices } from '../../server/open-services.ts';
import { UsageError } from '../usage-error.ts';

export async function dbCommand(argv: string[]): Promise<number> {
  if (argv[0] !== 'migrate') throw new UsageError('brug "tilsyn db migrate"');
  const { database } = await openServices();
  console.log(`Databasen er migreret (${database.kind}).`);
  await database.close();
  return 0;
}
