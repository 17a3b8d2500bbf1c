// An administrator resets a user's password: a one-time password, shown to the administrator
// once, which the user must replace at the next login. The user's sessions end at once.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { requireAbility } from '../permissions.ts';
import { userAbilities } from '../policies/abilities.ts';
import { parseOptions } from '../service-options.ts';
import { recordAudit } from '../audit.ts';
import { hashPassword } from '../auth/password.ts';
import { expectedVersionField } from '../inspections/shared.ts';
import { assertUserVersion, endSessions, loadUser, updateUserRow } from './user-changes.ts';
import { userRecord, type UserRecord } from './user-record.ts';

export const resetPasswordSchema = z.object(
  { userId: z.string({ error: 'Brugeren skal angives.' }), expectedVersion: expectedVersionField },
  { error: 'Oplysningerne mangler.' },
);

export type ResetPasswordOptions = z.input<typeof resetPasswordSchema>;

/** 20 characters from 15 random bytes: far past the password rule, easy to copy. */
export const oneTimePassword = () => randomBytes(15).toString('base64url');

export async function resetPassword(ctx: ServiceContext, actor: Actor, options: ResetPasswordOptions): Promise<{ user: UserRecord; oneTimePassword: string }> {
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan nulstille adgangskoder.');
  const input = parseOptions(resetPasswordSchema, options);
  const before = await loadUser(ctx.db, input.userId);
  assertUserVersion(before, input.expectedVersion);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await ctx.db.transaction(async (tx) => {
    const after = await updateUserRow(tx, before, { passwordHash, mustChangePassword: true });
    await endSessions(tx, after.id);
    await recordAudit(tx, actor, { action: 'user.password_reset', entityType: 'user', entityId: after.id, before: null, after: { mustChangePassword: true, version: after.version } });
    return userRecord(after);
  });
  return { user, oneTimePassword: password };
}
