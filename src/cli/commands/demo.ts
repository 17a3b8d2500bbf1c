// `tilsyn demo seed`: fictional demo data into an empty database.
import { openServices } from '../../server/open-services.ts';
import { isDatabaseEmpty, seedDemo } from '../../demo/seed-demo.ts';
import { UsageError } from '../usage-error.ts';

export async function demoCommand(argv: string[]): Promise<number> {
  if (argv[0] !== 'seed') throw new UsageError('brug "tilsyn demo seed"');
  const { services, database } = await openServices();
  try {
    if (!(await isDatabaseEmpty(services))) {
      process.stderr.write('tilsyn: databasen indeholder allerede data; demodata indlæses kun i en tom database\n');
      return 1;
    }
    console.log(await seedDemo(services));
    return 0;
  } finally {
    await database.close();
  }
}
