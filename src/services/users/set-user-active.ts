// An administrator deactivates a user (their sessions end at once; they cannot log in) or
// reactivates them. Users are never deleted: the audit log names them. The last active
// administrator cannot be deactivated.
import { z } from 'zod';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { requireAbility } from '../permissions.ts';
import { userAbilities } from '../policies/abilities.ts';
import { invalid } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import { recordAudit } from '../audit.ts';
import { expectedVersionField } from '../inspections/shared.ts';
import { assertUserVersion, endSessions, keepAnActiveAdmin, loadUser, updateUserRow } from './user-changes.ts';
import { userRecord, type UserRecord } from './user-record.ts';

export const setUserActiveSchema = z.object(
  {
    userId: z.string({ error: 'Brugeren skal angives.' }),
    active: z.boolean({ error: 'Angiv, om brugeren skal være aktiv.' }),
    expectedVersion: expectedVersionField,
  },
  { error: 'Oplysningerne mangler.' },
);

export type SetUserActiveOptions = z.input<typeof setUserActiveSchema>;

export async function setUserActive(ctx: ServiceContext, actor: Actor, options: SetUserActiveOptions): Promise<UserRecord> {
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan deaktivere og genaktivere brugere.');
  const input = parseOptions(setUserActiveSchema, options);
  const before = await loadUser(ctx.db, input.userId);
  assertUserVersion(before, input.expectedVersion);
  if (before.active === input.active) {
    throw invalid([{ field: 'active', message: input.active ? 'Brugeren er allerede aktiv.' : 'Brugeren er allerede deaktiveret.' }]);
  }
  return ctx.db.transaction(async (tx) => {
    await keepAnActiveAdmin(tx, before, { role: before.role, active: input.active }, 'deaktiveres');
    const after = await updateUserRow(tx, before, { active: input.active });
    if (!input.active) await endSessions(tx, after.id);
    await recordAudit(tx, actor, {
      action: input.active ? 'user.reactivate' : 'user.deactivate',
      entityType: 'user',
      entityId: after.id,
      before: userRecord(before),
      after: userRecord(after),
    });
    return userRecord(after);
  });
}
