// An administrator changes a user's name, role or organisation. A new role or organisation ends
// the user's sessions (what they may see changed); the last active administrator keeps the role.
import { z } from 'zod';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { requireAbility } from '../permissions.ts';
import { userAbilities } from '../policies/abilities.ts';
import { invalid } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';
import { recordAudit } from '../audit.ts';
import { expectedVersionField } from '../inspections/shared.ts';
import { requiredText } from '../register/create-provider.ts';
import { emailField, missingOrganisation, organisationIssues, userOrganisationFields } from './create-user.ts';
import { assertUserVersion, endSessions, keepAnActiveAdmin, loadUser, updateUserRow } from './user-changes.ts';
import { userRecord, type UserRecord } from './user-record.ts';

export const updateUserSchema = z.object(
  {
    userId: z.string({ error: 'Brugeren skal angives.' }),
    displayName: requiredText('Navn'),
    email: emailField,
    ...userOrganisationFields,
    expectedVersion: expectedVersionField,
  },
  { error: 'Oplysningerne mangler.' },
);

export type UpdateUserOptions = z.input<typeof updateUserSchema>;

export async function updateUser(ctx: ServiceContext, actor: Actor, options: UpdateUserOptions): Promise<UserRecord> {
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan ændre brugere.');
  const input = parseOptions(updateUserSchema, options);
  const before = await loadUser(ctx.db, input.userId);
  assertUserVersion(before, input.expectedVersion);
  const issues = organisationIssues(input);
  if (issues.length === 0) issues.push(...(await missingOrganisation(ctx, input)));
  if (issues.length > 0) throw invalid(issues);
  const organisation = { role: input.role, authorityId: input.authorityId, providerId: input.providerId, fosterFamilyId: input.fosterFamilyId, regionId: input.regionId };
  const moved = (Object.keys(organisation) as (keyof typeof organisation)[]).some((k) => organisation[k] !== before[k]);
  return ctx.db.transaction(async (tx) => {
    await keepAnActiveAdmin(tx, before, { role: input.role, active: before.active }, 'miste rollen som administrator');
    const after = await updateUserRow(tx, before, { displayName: input.displayName, email: input.email, ...organisation });
    if (moved) await endSessions(tx, after.id);
    await recordAudit(tx, actor, { action: 'user.update', entityType: 'user', entityId: after.id, before: userRecord(before), after: userRecord(after) });
    return userRecord(after);
  });
}
