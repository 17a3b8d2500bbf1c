// What every administrator's change to a user shares: load the user, check the version the
// administrator saw, keep at least one active administrator, write version-checked, end sessions.
import { and, eq, ne } from 'drizzle-orm';
import { sessions, users } from '../../storage/schema.ts';
import type { Db, Tx } from '../../storage/database.ts';
import { conflict, notFound } from '../service-error.ts';
import { isUuid } from '../service-options.ts';
import type { UserRow } from './user-record.ts';

export async function loadUser(db: Db | Tx, userId: unknown): Promise<UserRow> {
  if (!isUuid(userId)) throw notFound('Brugeren');
  const [row] = await db.select().from(users).where(eq(users.id, userId.toLowerCase()));
  if (!row) throw notFound('Brugeren');
  return row;
}

const STALE = 'Brugeren er blevet ændret af en anden i mellemtiden. Genindlæs siden og prøv igen.';

export function assertUserVersion(row: UserRow, expected: number | null | undefined): void {
  if (expected != null && expected !== row.version) throw conflict(STALE);
}

/**
 * Refuses a change that would leave no active administrator. The active administrators' rows are
 * locked for the rest of the transaction, so two administrators cannot remove each other at once.
 */
export async function keepAnActiveAdmin(tx: Tx, before: UserRow, after: { role: UserRow['role']; active: boolean }, what: string): Promise<void> {
  const wasAdmin = before.role === 'admin' && before.active;
  const staysAdmin = after.role === 'admin' && after.active;
  if (!wasAdmin || staysAdmin) return;
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, before.id)))
    .for('update');
  if (others.length === 0) throw conflict(`Den sidste aktive administrator kan ikke ${what}. Opret eller genaktivér en anden administrator først.`);
}

/** Writes the change if nobody changed the user meanwhile; the new row. */
export async function updateUserRow(tx: Tx, before: UserRow, set: Partial<Omit<UserRow, 'id' | 'version' | 'createdAt'>>): Promise<UserRow> {
  const [after] = await tx
    .update(users)
    .set({ ...set, version: before.version + 1 })
    .where(and(eq(users.id, before.id), eq(users.version, before.version)))
    .returning();
  if (!after) throw conflict(STALE);
  return after;
}

/** Ends every session of the user at once (deactivated, new role or organisation, password reset). */
export async function endSessions(tx: Tx, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}
