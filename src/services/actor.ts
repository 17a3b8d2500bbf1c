// Who is acting. Every service takes an actor and checks it (see permissions.ts).
import type { Role } from '../core/vocabulary.ts';

export { ROLES, type Role } from '../core/vocabulary.ts';

export type Actor = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** inspector, manager: the one authority they work in. */
  authorityId: string | null;
  /** provider role: the provider or foster family they represent. */
  providerId: string | null;
  fosterFamilyId: string | null;
};

