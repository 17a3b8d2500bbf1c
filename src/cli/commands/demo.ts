// `tilsyn demo seed`: fictional demo data into an empty database.
// `tilsyn demo scale`: the demo and a national-scale fictional history (for the benchmarks).
import { isDatabaseEmpty, seedDemo } from '../../demo/seed-demo.ts';
import { seedScale } from '../../demo/seed-scale.ts';
import { SCALE } from '../../demo/scale-plan.ts';
import { UsageError } from '../usage-error.ts';
import { parseArguments } from '../parse-arguments.ts';
import type { CliIo } from '../cli-io.ts';

export async function demoCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArguments('demo', argv, {}, 1);
  const sub = positionals[0];
  if (sub !== 'seed' && sub !== 'scale') throw new UsageError('brug "tilsyn demo seed" eller "tilsyn demo scale"; se "tilsyn demo --help"');
  const { services, close } = await io.openServices();
  try {
    if (!(await isDatabaseEmpty(services))) {
      io.stderr.write('tilsyn: databasen indeholder allerede data; demodata indlæses kun i en tom database\n');
      return 1;
    }
    io.stdout.write(`${await seedDemo(services)}\n`);
    if (sub === 'scale') {
      const started = Date.now();
      const { inspections, facts } = await seedScale(services, (message) => io.stderr.write(`tilsyn: ${message}\n`));
      io.stdout.write(`Skaladata: ${SCALE.providers} tilbud, ${SCALE.fosterFamilies} plejefamilier, ${SCALE.years} år: ${inspections} tilsyn og ${facts} fakta (${Math.round((Date.now() - started) / 1000)} s).\n`);
    }
    return 0;
  } finally {
    await close();
  }
}
