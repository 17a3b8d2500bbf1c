// `tilsyn` command line: the models and the engine, the server and its database, and the reports.
import { modelCommand } from './commands/model.ts';
import { evaluateCommand } from './commands/evaluate.ts';
import { UsageError } from './usage-error.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { DataFolderLocked } from '../storage/data-folder.ts';
import { ChangedModelVersion } from '../services/models/changed-model-version.ts';

const USAGE = `Brug: tilsyn <kommando>

  model list [--json]            Vis kvalitetsmodellerne
  model show ID [--json]         Vis en kvalitetsmodel
  model validate FIL             Kontrollér en katalogfil
  evaluate FIL|- [--json]        Vurdér en vurdering (JSON) efter modellens regler
  serve [--demo]                 Start webapplikationen (PORT, TILSYN_DATA, DATABASE_URL);
                                 --demo: fiktive demodata i en tom database
  db migrate                     Migrér databasen
  demo seed                      Indlæs demodata i en tom database
  user create BRUGERNAVN --role ROLLE --name NAVN [--authority ID] [--provider ID] [--foster-family ID]
                                 Opret en bruger (adgangskode fra standard input, ellers dannet og vist)
  user list [--json]             Vis brugerne
  user deactivate|reactivate|reset-password BRUGERNAVN
                                 Deaktivér, genaktivér, eller nulstil adgangskoden (vises én gang)
  report render ID|--authority A --format pdf|html|json --out FIL|MAPPE   Skriv afsluttede rapporter
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  model: async () => modelCommand,
  evaluate: async () => evaluateCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  db: async () => (await import('./commands/db.ts')).dbCommand,
  demo: async () => (await import('./commands/demo.ts')).demoCommand,
  report: async () => (await import('./commands/report.ts')).reportCommand,
  user: async () => (await import('./commands/user.ts')).userCommand,
};

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(`tilsyn: ukendt kommando "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tilsyn: ${e.message}\n`);
      return 2;
    }
    if (e instanceof DataFolderLocked || e instanceof ChangedModelVersion) {
      io.stderr.write(`tilsyn: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
