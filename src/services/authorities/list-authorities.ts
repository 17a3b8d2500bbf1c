// The five authorities (reference data), by name: for choosing one in a form.
import { asc } from 'drizzle-orm';
import { authorities } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';

export type Authority = typeof authorities.$inferSelect;

export function listAuthorities(ctx: ServiceContext): Promise<Authority[]> {
  return ctx.db.select().from(authorities).orderBy(asc(authorities.name));
}
