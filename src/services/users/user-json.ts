// A user as the JSON API returns it, generated from the table (drizzle-zod) without the hash.
import { z } from 'zod';
import { createSelectSchema } from 'drizzle-zod';
import { users } from '../../storage/schema.ts';

export const userJsonRecord = createSelectSchema(users, { createdAt: z.iso.datetime() }).omit({ passwordHash: true });
