// A user as the administration shows it and the JSON API returns it: never the password hash.
import { z } from 'zod';
import { createSelectSchema } from 'drizzle-zod';
import { users } from '../../storage/schema.ts';

export type UserRow = typeof users.$inferSelect;
export type UserRecord = Omit<UserRow, 'passwordHash'>;

export function userRecord({ passwordHash: _hash, ...rest }: UserRow): UserRecord {
  return rest;
}

/** The record as JSON, generated from the table (drizzle-zod) for the OpenAPI document. */
export const userJsonRecord = createSelectSchema(users, { createdAt: z.iso.datetime() }).omit({ passwordHash: true });
