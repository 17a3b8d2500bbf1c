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
  /** region role: the region whose institutions they work with; provider role: the region operating their institution, if any. */
  regionId: string | null;
};


/**
 * Whoever runs `tilsyn user create` on the server: an administrator with no user row (the first
 * administrator is made this way). The audit log records their changes without a user.
 */
export const COMMAND_LINE_OPERATOR: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  username: 'kommandolinjen',
  displayName: 'Kommandolinjen på serveren',
  role: 'admin',
  authorityId: null,
  providerId: null,
  fosterFamilyId: null,
  regionId: null,
};

/** The actor's user row for a "by" column; null for the command-line operator, who has none. */
export const userIdOf = (actor: Actor): string | null => (actor.id === COMMAND_LINE_OPERATOR.id ? null : actor.id);
