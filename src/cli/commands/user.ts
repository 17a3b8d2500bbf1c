// User administration as the operator on the server (the first administrator is made this way):
//   tilsyn user create USERNAME --role ROLE --name "NAME" [--authority ID] [--provider ID] [--foster-family ID] [--region ID]
//       the password from standard input; at a terminal with nothing piped in, one is generated,
//       printed once, and must be changed at the first login
//   tilsyn user list [--json]
//   tilsyn user deactivate|reactivate USERNAME
//   tilsyn user reset-password USERNAME      a one-time password, printed once
// Exit 0 done, 1 refused (the reasons, one per line), 2 unusable arguments.
import { COMMAND_LINE_OPERATOR } from '../../services/actor.ts';
import { createUser } from '../../services/users/create-user.ts';
import { getUserByUsername } from '../../services/users/get-user.ts';
import { listUsers } from '../../services/users/list-users.ts';
import { oneTimePassword, resetPassword } from '../../services/users/reset-password.ts';
import { setUserActive } from '../../services/users/set-user-active.ts';
import type { UserRecord } from '../../services/users/user-record.ts';
import type { ServiceContext } from '../../services/context.ts';
import { ROLE_LABEL } from '../../core/labels.ts';
import { ROLES, type Role } from '../../core/vocabulary.ts';
import { UsageError } from '../usage-error.ts';
import { parseArguments } from '../parse-arguments.ts';
import type { CliIo } from '../cli-io.ts';
import { withServices } from '../with-services.ts';

const USAGE = 'se "tilsyn user --help"';

const FIELD_NAMES: Record<string, string> = { username: 'brugernavn', displayName: '--name', role: '--role', authorityId: '--authority', providerId: '--provider', fosterFamilyId: '--foster-family', regionId: '--region', email: '--email', password: 'adgangskode' };

export type UserCreateArgs = { username: string; role: Role; displayName: string; authorityId?: string; providerId?: string; fosterFamilyId?: string; regionId?: string; email?: string };

export function parseUserCreateArgs(argv: string[]): UserCreateArgs {
  const { values, positionals } = parseArguments('user create', argv, {
    role: { type: 'string' },
    name: { type: 'string' },
    authority: { type: 'string' },
    provider: { type: 'string' },
    'foster-family': { type: 'string' },
    region: { type: 'string' },
    email: { type: 'string' },
  }, 1);
  if (positionals.length !== 1) throw new UsageError(`angiv ét brugernavn; ${USAGE}`);
  const role = ROLES.find((r) => r === values.role);
  if (!role) throw new UsageError(`--role skal være en af: ${ROLES.join(', ')}`);
  if (values.name === undefined) throw new UsageError(`--name mangler; ${USAGE}`);
  return {
    username: positionals[0] ?? '',
    role,
    displayName: values.name,
    ...(values.authority !== undefined ? { authorityId: values.authority } : {}),
    ...(values.provider !== undefined ? { providerId: values.provider } : {}),
    ...(values['foster-family'] !== undefined ? { fosterFamilyId: values['foster-family'] } : {}),
    ...(values.region !== undefined ? { regionId: values.region } : {}),
    ...(values.email !== undefined ? { email: values.email } : {}),
  };
}

export async function userCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'create':
      return createCommand(rest, io);
    case 'list': {
      const { values } = parseArguments('user list', rest, { json: { type: 'boolean', default: false } }, 0);
      return withServices(io, async (services) => {
        const users = await allUsers(services);
        if (values.json) io.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        else for (const u of users) io.stdout.write(`${u.username.padEnd(24)} ${ROLE_LABEL[u.role].padEnd(14)} ${u.active ? 'aktiv' : 'deaktiveret'}  ${u.displayName}\n`);
        return 0;
      }, { fieldNames: FIELD_NAMES });
    }
    case 'deactivate':
    case 'reactivate':
    case 'reset-password': {
      const [username] = parseArguments(`user ${sub}`, rest, {}, 1).positionals;
      if (!username) throw new UsageError(`angiv ét brugernavn; ${USAGE}`);
      return withServices(io, async (services) => {
        const user = await getUserByUsername(services, COMMAND_LINE_OPERATOR, { username });
        if (sub === 'reset-password') {
          const { oneTimePassword } = await resetPassword(services, COMMAND_LINE_OPERATOR, { userId: user.id, expectedVersion: user.version });
          io.stdout.write(`Adgangskoden for "${user.username}" er nulstillet, og brugeren er logget af.\nEngangsadgangskode (vises kun nu; skal skiftes ved næste login): ${oneTimePassword}\n`);
        } else {
          const active = sub === 'reactivate';
          await setUserActive(services, COMMAND_LINE_OPERATOR, { userId: user.id, active, expectedVersion: user.version });
          io.stdout.write(active ? `Brugeren "${user.username}" er genaktiveret.\n` : `Brugeren "${user.username}" er deaktiveret og logget af.\n`);
        }
        return 0;
      }, { fieldNames: FIELD_NAMES });
    }
    default:
      throw new UsageError(USAGE);
  }
}

/** Every user, page by page (the list service pages on the server). */
async function allUsers(services: ServiceContext): Promise<UserRecord[]> {
  const out: UserRecord[] = [];
  for (let page = 1; ; page++) {
    const list = await listUsers(services, COMMAND_LINE_OPERATOR, { page });
    out.push(...list.items);
    if (out.length >= list.total || list.items.length === 0) return out;
  }
}

async function createCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseUserCreateArgs(argv);
  const piped = io.stdinIsTerminal ? '' : io.readStdin().replace(/\r?\n$/, '');
  const generated = piped === '' ? oneTimePassword() : null;
  return withServices(io, async (services) => {
    const user = await createUser(services, COMMAND_LINE_OPERATOR, { ...args, password: generated ?? piped, mustChangePassword: generated !== null });
    io.stdout.write(`Brugeren "${user.username}" er oprettet: ${user.displayName} (${ROLE_LABEL[user.role]}).\n`);
    if (generated) io.stdout.write(`Adgangskode (vises kun nu; skal skiftes ved første login): ${generated}\n`);
    return 0;
  }, { fieldNames: FIELD_NAMES });
}
