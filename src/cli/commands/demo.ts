// `tilsyn demo seed`: fictional demo data into an empty database.
import { isDatabaseEmpty, seedDemo } from '../../demo/seed-demo.ts';
import { UsageError } from '../usage-error.ts';
import { parseArguments } from '../parse-arguments.ts';
import type { CliIo } from '../cli-io.ts';

export async function demoCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArguments('demo', argv, {}, 1);
  if (positionals[0] !== 'seed') throw new UsageError('brug "tilsyn demo seed"; se "tilsyn demo --help"');
  const { services, close } = await io.openServices();
  try {
    if (!(await isDatabaseEmpty(services))) {
      io.stderr.write('tilsyn: databasen indeholder allerede data; demodata indlæses kun i en tom database\n');
      return 1;
    }
    io.stdout.write(`${await seedDemo(services)}\n`);
    return 0;
  } finally {
    await close();
  }
}
