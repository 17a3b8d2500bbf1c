// The users an administrator manages: filtered by role, organisation (an authority, a provider or
// a foster family) and active or not, searched by name or username, paged on the server.
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { emptyIsNone, pageField } from '../list-paging.ts';
import { ROLES } from '../../core/vocabulary.ts';
import { users } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { requireAbility } from '../permissions.ts';
import { userAbilities } from '../policies/abilities.ts';
import { parseOptions, uuid } from '../service-options.ts';
import { escapeLike } from '../portal/portal-data.ts';
import { userRecord, type UserRecord } from './user-record.ts';

export const USERS_PAGE_SIZE = 50;


export const listUsersSchema = z.object({
  role: emptyIsNone(z.enum(ROLES, { error: 'Ukendt rolle.' })).describe('Kun brugere med denne rolle.'),
  authorityId: emptyIsNone(z.string().max(50)).describe('Kun brugere i dette socialtilsyn.'),
  providerId: emptyIsNone(uuid()).describe('Kun brugere, der hører til dette tilbud.'),
  fosterFamilyId: emptyIsNone(uuid()).describe('Kun brugere, der hører til denne plejefamilie.'),
  active: emptyIsNone(z.enum(['true', 'false'], { error: 'Aktiv skal være true eller false.' })).describe('Kun aktive (true) eller deaktiverede (false).'),
  search: emptyIsNone(z.string().trim().max(200, 'Søgning må højst være 200 tegn.')).describe('Del af navn eller brugernavn.'),
  page: pageField.describe('Sidenummer, 50 brugere pr. side.'),
});

export type ListUsersOptions = z.input<typeof listUsersSchema>;
export type UserList = { items: UserRecord[]; total: number; page: number; pageSize: number };

export async function listUsers(ctx: ServiceContext, actor: Actor, options: ListUsersOptions = {}): Promise<UserList> {
  requireAbility(userAbilities(actor).administer, 'Kun en administrator kan se brugerne.');
  const input = parseOptions(listUsersSchema, options);
  const where: SQL[] = [];
  if (input.role) where.push(eq(users.role, input.role));
  if (input.authorityId) where.push(eq(users.authorityId, input.authorityId));
  if (input.providerId) where.push(eq(users.providerId, input.providerId.toLowerCase()));
  if (input.fosterFamilyId) where.push(eq(users.fosterFamilyId, input.fosterFamilyId.toLowerCase()));
  if (input.active) where.push(eq(users.active, input.active === 'true'));
  if (input.search) {
    const pattern = `%${escapeLike(input.search)}%`;
    const matches = or(ilike(users.displayName, pattern), ilike(users.username, pattern));
    if (matches) where.push(matches);
  }
  const condition = where.length > 0 ? and(...where) : undefined;
  const [total] = await ctx.db.select({ n: count() }).from(users).where(condition);
  const rows = await ctx.db
    .select()
    .from(users)
    .where(condition)
    .orderBy(asc(users.username))
    .limit(USERS_PAGE_SIZE)
    .offset((input.page - 1) * USERS_PAGE_SIZE);
  return { items: rows.map(userRecord), total: total?.n ?? 0, page: input.page, pageSize: USERS_PAGE_SIZE };
}
