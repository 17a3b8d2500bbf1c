// Which rows of a list an actor may see, as a condition the list services apply in SQL
// (scope-condition.ts). `null`: the actor may not use the list at all.
import type { Actor } from '../actor.ts';
import { organisationOf } from './organisation.ts';

export type ListScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'authorities'; ids: string[] }
  | { kind: 'entity'; providerId: string | null; fosterFamilyId: string | null };

export type ListName = 'providers' | 'fosterFamilies' | 'inspections' | 'finalReports' | 'hearingDrafts';

export function scope(actor: Actor, list: ListName): ListScope | null {
  const org = organisationOf(actor);
  const own: ListScope = org.kind === 'authority' ? { kind: 'authorities', ids: [org.id] } : { kind: 'none' };
  const entity: ListScope =
    org.kind === 'provider' ? { kind: 'entity', providerId: org.id, fosterFamilyId: null }
    : org.kind === 'fosterFamily' ? { kind: 'entity', providerId: null, fosterFamilyId: org.id }
    : { kind: 'none' };
  switch (actor.role) {
    case 'auditor':
      return { kind: 'all' };
    case 'inspector':
    case 'manager':
      return own;
    case 'provider':
      return list === 'inspections' ? { kind: 'none' } : entity;
    case 'municipality':
    case 'admin':
      if (list === 'providers' || list === 'fosterFamilies') return { kind: 'all' };
      return list === 'inspections' ? { kind: 'none' } : null;
    case 'region':
    case 'surveyor':
      // The regions' quality work has its own area; the authorities' lists are not theirs.
      return null;
  }
}

/** The provider or foster family receives a final version when it is sent; until then it is the authority's. */
export function sentVersionsOnly(actor: Actor): boolean {
  return actor.role === 'provider';
}
