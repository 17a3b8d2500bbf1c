// A command's arguments: node's parseArgs in strict mode, with its English errors turned into one
// Danish line (exit 2) that says what was wrong and where to read more.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseArguments<T extends Options>(command: string, args: string[], options: T, maxPositionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = /'([^']+)'/.exec((e as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`ukendt tilvalg "${option}" til "tilsyn ${command}"; se "tilsyn ${command} --help"`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option.split(' ')[0] ?? option;
      const takesValue = options[name.replace(/^-+/, '')]?.type === 'string';
      throw new UsageError(`${name} ${takesValue ? 'mangler en værdi' : 'tager ingen værdi'}; se "tilsyn ${command} --help"`);
    }
    throw e;
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`for mange argumenter til "tilsyn ${command}" ("${parsed.positionals[maxPositionals]}"); se "tilsyn ${command} --help"`);
  }
  return parsed;
}
