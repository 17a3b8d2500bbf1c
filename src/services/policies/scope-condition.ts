// A list scope as a Drizzle condition on a table's authority and entity columns.
import { eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ListScope } from './scopes.ts';

export type ScopeColumns = { authorityId: PgColumn; providerId?: PgColumn; fosterFamilyId?: PgColumn };

/** undefined: no condition (all rows); null: no row at all. */
export function scopeCondition(scope: ListScope, columns: ScopeColumns): SQL | undefined | null {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'none':
      return null;
    case 'authorities':
      return scope.ids.length > 0 ? inArray(columns.authorityId, scope.ids) : null;
    case 'entity':
      if (scope.providerId && columns.providerId) return eq(columns.providerId, scope.providerId);
      if (scope.fosterFamilyId && columns.fosterFamilyId) return eq(columns.fosterFamilyId, scope.fosterFamilyId);
      return null;
  }
}
