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
  groupOf(authorityId: string): string;
  label(key: string): string;
};

export async function authorityGroups(ctx: ServiceContext, detail: readonly string[] | null): Promise<AuthorityGroups> {
  const names = new Map((await ctx.db.select().from(authorities).orderBy(authorities.name)).map((a) => [a.id, a.name]));
  return {
    keys: detail === null ? [...names.keys()] : [...detail, OTHERS],
    groupOf: (id) => (detail === null || detail.includes(id) ? id : OTHERS),
    label: (key) => (key === OTHERS ? 'Øvrige socialtilsyn' : key === NATIONAL ? 'Hele landet' : names.get(key) ?? key),
  };
}
