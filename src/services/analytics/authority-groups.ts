// Who is shown by name in analytics: all five authorities (the auditor), or the actor's own with
// the other four pooled as "Øvrige socialtilsyn" (a manager). Every analytics use case groups its
// counts through this, so no other authority's figures reach a manager unpooled.
import { authorities } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';

export const OTHERS = 'oevrige';
export const NATIONAL = 'hele-landet';

export type AuthorityGroups = {
  /** The group keys in display order. */
  keys: string[];
  /** Every authority's id, by name. */
  all: string[];
  groupOf(authorityId: string): string;
  label(key: string): string;
};

// The five authorities come with the migrations and are never changed at run time: read once per database.
const namesByDatabase = new WeakMap<ServiceContext['db'], Promise<Map<string, string>>>();

function authorityNames(ctx: ServiceContext): Promise<Map<string, string>> {
  let names = namesByDatabase.get(ctx.db);
  if (!names) {
    names = ctx.db.select().from(authorities).orderBy(authorities.name).then((rows) => new Map(rows.map((a) => [a.id, a.name])));
    names.catch(() => namesByDatabase.delete(ctx.db));
    namesByDatabase.set(ctx.db, names);
  }
  return names;
}

export async function authorityGroups(ctx: ServiceContext, detail: readonly string[] | null): Promise<AuthorityGroups> {
  const names = await authorityNames(ctx);
  return {
    keys: detail === null ? [...names.keys()] : [...detail, OTHERS],
    all: [...names.keys()],
    groupOf: (id) => (detail === null || detail.includes(id) ? id : OTHERS),
    label: (key) => (key === OTHERS ? 'Øvrige socialtilsyn' : key === NATIONAL ? 'Hele landet' : names.get(key) ?? key),
  };
}
