// Every access decision, in the words the services use: `authorize(actor, action, target)` before
// a read or a write. The decisions themselves are the per-entity abilities and list scopes in
// policies/; this file names them as actions. See test/services/permissions.test.ts and
// test/services/policies.test.ts.
import type { Actor } from './actor.ts';
import { forbidden } from './service-error.ts';
import { authorityAbilities, inspectionAbilities, registerAbilities, reportAbilities } from './policies/abilities.ts';
import type { CaseRecord } from './policies/organisation.ts';
import { scope } from './policies/scopes.ts';

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
export type Target = CaseRecord;

const rules: Record<Action, (actor: Actor, target: Target) => boolean> = {
  'register.read': (a, t) => registerAbilities(a, t).read,
  'register.write': (a, t) => registerAbilities(a, t).write,
  'inspection.read': (a, t) => inspectionAbilities(a, t).read,
  'inspection.write': (a, t) => inspectionAbilities(a, t).write,
  'decision.write': (a, t) => inspectionAbilities(a, t).decide,
  'audit.read': (a, t) => inspectionAbilities(a, t).readAudit,
  'authority.read': (a, t) => authorityAbilities(a, t).read,
  'report.write': (a, t) => reportAbilities(a, t).write,
  'report.review': (a, t) => reportAbilities(a, t).review,
  'report.hearing': (a, t) => reportAbilities(a, t).answerHearing,
  'report.read_final': (a, t) => reportAbilities(a, t).readFinal,
};

export function can(actor: Actor, action: Action, target: Target): boolean {
  return rules[action](actor, target);
}

export function authorize(actor: Actor, action: Action, target: Target): void {
  if (!can(actor, action, target)) throw forbidden();
}

/** Check an ability already computed (`xAbilities(actor, record).y`). */
export function requireAbility(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}

/** Authorities whose cases an actor may list; null means all of them. */
export function visibleAuthorities(actor: Actor, action: 'register.read' | 'inspection.read'): string[] | null {
  const s = scope(actor, action === 'register.read' ? 'providers' : 'inspections');
  if (s?.kind === 'all') return null;
  return s?.kind === 'authorities' ? s.ids : [];
}
