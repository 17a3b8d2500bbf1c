// The organisation an actor acts for. Access is decided by organisation, not by user: an
// authority's staff act for the authority, a provider's (or foster family's) user for it, the
// audit function and the operator nationally. Regions (seed 003) and municipalities get ids of
// their own when they own records.
import type { Actor } from '../actor.ts';

export type Organisation =
  | { kind: 'authority'; id: string }
  | { kind: 'provider'; id: string }
  | { kind: 'fosterFamily'; id: string }
  | { kind: 'municipality' }
  | { kind: 'region'; id: string }
  | { kind: 'national' }
  | { kind: 'none' };

export function organisationOf(actor: Actor): Organisation {
  switch (actor.role) {
    case 'inspector':
    case 'manager':
      return actor.authorityId ? { kind: 'authority', id: actor.authorityId } : { kind: 'none' };
    case 'provider':
      if (actor.providerId) return { kind: 'provider', id: actor.providerId };
      return actor.fosterFamilyId ? { kind: 'fosterFamily', id: actor.fosterFamilyId } : { kind: 'none' };
    case 'municipality':
      return { kind: 'municipality' };
    case 'auditor':
    case 'admin':
      return { kind: 'national' };
    case 'region':
      return actor.regionId ? { kind: 'region', id: actor.regionId } : { kind: 'none' };
    case 'surveyor':
      // An external surveyor belongs to no organisation: they see only the evaluations they are assigned to.
      return { kind: 'none' };
  }
}

/** A case record: the authority that supervises it and the provider or foster family it is about. */
export type CaseRecord = { authorityId: string; providerId?: string | null; fosterFamilyId?: string | null };

export function actsForAuthority(actor: Actor, record: Pick<CaseRecord, 'authorityId'>): boolean {
  const org = organisationOf(actor);
  return org.kind === 'authority' && org.id === record.authorityId;
}

export function actsForEntity(actor: Actor, record: CaseRecord): boolean {
  const org = organisationOf(actor);
  return (org.kind === 'provider' && org.id === record.providerId) || (org.kind === 'fosterFamily' && org.id === record.fosterFamilyId);
}
