// `tilsyn` command line: the models and the engine, the server and its database, and the reports.
import { modelCommand } from './commands/model.ts';
import { evaluateCommand } from './commands/evaluate.ts';
import { UsageError } from './usage-error.ts';
import { COMMAND_HELP, EXIT_CODES, USAGE, type CommandName } from './help.ts';
import { createRequire } from 'node:module';
import { processIo, type CliIo } from './cli-io.ts';
import { DataFolderLocked } from '../storage/data-folder.ts';
import { ChangedModelVersion } from '../services/models/changed-model-version.ts';

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<CommandName, () => Promise<Command>> = {
  model: async () => modelCommand,
  evaluate: async () => evaluateCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  db: async () => (await import('./commands/db.ts')).dbCommand,
  demo: async () => (await import('./commands/demo.ts')).demoCommand,
  report: async () => (await import('./commands/report.ts')).reportCommand,
  user: async () => (await import('./commands/user.ts')).userCommand,
  analytics: async () => (await import('./commands/analytics.ts')).analyticsCommand,
  standards: async () => (await import('./commands/standards.ts')).standardsCommand,
};

const isCommand = (name: string): name is CommandName => Object.hasOwn(commands, name);
const wantsHelp = (args: string[]) => args.some((a) => a === '--help' || a === '-h');

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`tilsyn ${version()}\n`);
    return 0;
  }
  if (!isCommand(name)) {
    io.stderr.write(`tilsyn: ukendt ${name.startsWith('-') ? 'tilvalg' : 'kommando'} "${name}"; se "tilsyn --help"\n`);
    return 2;
  }
  // Help never runs the command: "serve --help" starts no server, "db migrate --help" opens no database.
  if (wantsHelp(rest)) {
    io.stdout.write(`${COMMAND_HELP[name]}\n\n${EXIT_CODES}\n`);
    return 0;
  }
  try {
    return await (await commands[name]())(rest, io);
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

/** The version in package.json (read where the command runs: from src/ or from dist/). */
function version(): string {
  const pkg: unknown = createRequire(import.meta.url)('../../package.json');
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : 'ukendt';
}
