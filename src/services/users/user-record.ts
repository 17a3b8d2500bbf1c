// A user as the administration shows it: never the password hash.
import { users } from '../../storage/schema.ts';

export type UserRow = typeof users.$inferSelect;
export type UserRecord = Omit<UserRow, 'passwordHash'>;

export function userRecord({ passwordHash: _hash, ...rest }: UserRow): UserRecord {
  return rest;
}
