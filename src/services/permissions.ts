// Every permission in one place. Services call `authorize` before they read or write;
// the web layer never decides access on its own. See test/services/permissions.test.ts.
import type { Actor } from './actor.ts';
import { forbidden } from './service-error.ts';

export type Action =
  | 'register.read' // providers, departments, foster families of an authority
  | 'register.write'
  | 'inspection.read' // inspections, visits, risk, follow-ups, assessments, decisions
  | 'inspection.write'
  | 'decision.write'
  | 'audit.read'
  | 'authority.read'
  | 'report.write' // edit a draft, send to review, hearing, finalise, send, correct
  | 'report.review' // approve or send back a report in quality review (the service also refuses the author)
  | 'report.hearing' // read the draft in hearing and answer it: the provider or foster family itself
  | 'report.read_final'; // read final reports

/** What an action is about: the authority that owns it, and for provider users the entity. */
export type Target = { authorityId: string; providerId?: string | null; fosterFamilyId?: string | null };

const ownAuthority = (actor: Actor, target: Target) => actor.authorityId !== null && actor.authorityId === target.authorityId;

const rules: Record<Action, (actor: Actor, target: Target) => boolean> = {
  'register.read': (a, t) =>
    a.role === 'auditor' || a.role === 'admin' || a.role === 'municipality' ||
    ((a.role === 'inspector' || a.role === 'manager') && ownAuthority(a, t)) ||
    (a.role === 'provider' && isOwnEntity(a, t)),
  'register.write': (a, t) => a.role === 'admin' || ((a.role === 'inspector' || a.role === 'manager') && ownAuthority(a, t)),
  // Provider users see only final reports (a later capability), never work in progress.
  'inspection.read': (a, t) => a.role === 'auditor' || ((a.role === 'inspector' || a.role === 'manager') && ownAuthority(a, t)),
  'inspection.write': (a, t) => (a.role === 'inspector' || a.role === 'manager') && ownAuthority(a, t),
  'decision.write': (a, t) => a.role === 'manager' && ownAuthority(a, t),
  'audit.read': (a, t) => a.role === 'auditor' || (a.role === 'manager' && ownAuthority(a, t)),
  'authority.read': (a, t) => a.role === 'auditor' || a.role === 'admin' || ownAuthority(a, t),
  'report.write': (a, t) => (a.role === 'inspector' || a.role === 'manager') && ownAuthority(a, t),
  'report.review': (a, t) => (a.role === 'inspector' || a.role === 'manager') && ownAuthority(a, t),
  'report.hearing': (a, t) => a.role === 'provider' && isOwnEntity(a, t),
  'report.read_final': (a, t) =>
    a.role === 'auditor' || ((a.role === 'inspector' || a.role === 'manager') && ownAuthority(a, t)) || (a.role === 'provider' && isOwnEntity(a, t)),
};

function isOwnEntity(a: Actor, t: Target): boolean {
  return (!!t.providerId && t.providerId === a.providerId) || (!!t.fosterFamilyId && t.fosterFamilyId === a.fosterFamilyId);
}

export function can(actor: Actor, action: Action, target: Target): boolean {
  return rules[action](actor, target);
}

export function authorize(actor: Actor, action: Action, target: Target): void {
  if (!can(actor, action, target)) throw forbidden();
}

/** Authorities whose cases an actor may list; null means all of them. */
export function visibleAuthorities(actor: Actor, action: 'register.read' | 'inspection.read'): string[] | null {
  if (actor.role === 'auditor') return null;
  if (action === 'register.read' && (actor.role === 'admin' || actor.role === 'municipality')) return null;
  if (actor.role === 'inspector' || actor.role === 'manager') return actor.authorityId ? [actor.authorityId] : [];
  return [];
}
