// `tilsyn user create USERNAME --role ROLE --name "NAME" [--authority ID] [--provider ID] [--foster-family ID]`
// Creates a user as the operator on the server (the first administrator is made this way). The
// password is read from standard input; at a terminal with nothing piped in, one is generated,
// printed once, and must be changed at the first login. Exit 0 created, 1 refused (the reasons,
// one per line), 2 unusable arguments.
import { randomBytes } from 'node:crypto';
import { COMMAND_LINE_OPERATOR } from '../../services/actor.ts';
import { ServiceError } from '../../services/service-error.ts';
import { createUser } from '../../services/users/create-user.ts';
import { ROLE_LABEL } from '../../core/labels.ts';
import { ROLES, type Role } from '../../core/vocabulary.ts';
import { UsageError } from '../usage-error.ts';
import type { CliIo } from '../cli-io.ts';

const USAGE = 'brug "tilsyn user create BRUGERNAVN --role ROLLE --name NAVN [--authority ID] [--provider ID] [--foster-family ID]"';
const OPTIONS = { role: 'role', name: 'displayName', authority: 'authorityId', provider: 'providerId', 'foster-family': 'fosterFamilyId' } as const;
type OptionName = keyof typeof OPTIONS;
const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

const FIELD_NAMES: Record<string, string> = { username: 'brugernavn', displayName: '--name', role: '--role', authorityId: '--authority', providerId: '--provider', fosterFamilyId: '--foster-family', password: 'adgangskode' };

export type UserCreateArgs = { username: string; role: Role; displayName: string; authorityId?: string; providerId?: string; fosterFamilyId?: string };

export function parseUserCreateArgs(argv: string[]): UserCreateArgs {
  const positional: string[] = [];
  const options: Partial<Record<(typeof OPTIONS)[OptionName], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!isOption(name)) throw new UsageError(`ukendt tilvalg "--${name}"; ${USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} mangler en værdi; ${USAGE}`);
    if (options[OPTIONS[name]] !== undefined) throw new UsageError(`--${name} er angivet mere end én gang`);
    options[OPTIONS[name]] = value;
  }
  if (positional.length !== 1) throw new UsageError(`angiv ét brugernavn; ${USAGE}`);
  const role = ROLES.find((r) => r === options.role);
  if (!role) throw new UsageError(`--role skal være en af: ${ROLES.join(', ')}`);
  if (options.displayName === undefined) throw new UsageError(`--name mangler; ${USAGE}`);
  return { ...options, username: positional[0] ?? '', role, displayName: options.displayName };
}

export async function userCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'create') throw new UsageError(USAGE);
  const args = parseUserCreateArgs(rest);
  const piped = io.stdinIsTerminal ? '' : io.readStdin().replace(/\r?\n$/, '');
  const generated = piped === '' ? randomBytes(15).toString('base64url') : null;
  const { services, close } = await io.openServices();
  try {
    const user = await createUser(services, COMMAND_LINE_OPERATOR, {
      ...args,
      password: generated ?? piped,
      mustChangePassword: generated !== null,
    });
    io.stdout.write(`Brugeren "${user.username}" er oprettet: ${user.displayName} (${ROLE_LABEL[user.role]}).\n`);
    if (generated) io.stdout.write(`Adgangskode (vises kun nu; skal skiftes ved første login): ${generated}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    const reasons = e.fields.length > 0 ? e.fields.map((f) => `${FIELD_NAMES[f.field] ?? f.field}: ${f.message}`) : [e.message];
    for (const reason of reasons) io.stderr.write(`tilsyn: ${reason}\n`);
    return 1;
  } finally {
    await close();
  }
}
