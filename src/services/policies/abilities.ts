// What an actor may do with one record, per entity, in one shape: `xAbilities(actor, record)`
// returns every ability at once, so a page shows exactly the buttons the services will accept.
// The only place (with scopes.ts) where roles are looked at. See test/services/policies.test.ts.
import type { Actor } from '../actor.ts';
import type { CalibrationStatus, ExternalEvaluationStatus } from '../../core/vocabulary.ts';
import { actsForAuthority, actsForEntity, type CaseRecord } from './organisation.ts';

const isStaff = (a: Actor) => a.role === 'inspector' || a.role === 'manager';
const staffOf = (a: Actor, r: Pick<CaseRecord, 'authorityId'>) => isStaff(a) && actsForAuthority(a, r);

/** Providers, departments and foster families. */
export function registerAbilities(actor: Actor, record: CaseRecord) {
  return {
    read:
      actor.role === 'auditor' || actor.role === 'admin' || actor.role === 'municipality' ||
      staffOf(actor, record) || (actor.role === 'provider' && actsForEntity(actor, record)),
    write: actor.role === 'admin' || staffOf(actor, record),
  };
}

/** Inspections with their visits, risk, follow-ups, assessments and decisions. */
export function inspectionAbilities(actor: Actor, record: CaseRecord) {
  return {
    // Provider users see only final reports, never work in progress.
    read: actor.role === 'auditor' || staffOf(actor, record),
    write: staffOf(actor, record),
    decide: actor.role === 'manager' && actsForAuthority(actor, record),
    readAudit: actor.role === 'auditor' || (actor.role === 'manager' && actsForAuthority(actor, record)),
  };
}

/** A report: its draft, review, hearing and final versions. */
export function reportAbilities(actor: Actor, record: CaseRecord) {
  const party = actor.role === 'provider' && actsForEntity(actor, record);
  return {
    /** Edit a draft, send to review and hearing, finalise, send, correct. */
    write: staffOf(actor, record),
    /** Approve or send back in quality review (the service also refuses the author). */
    review: staffOf(actor, record),
    /** Read the draft in hearing and answer it: the provider or foster family itself. */
    answerHearing: party,
    /** Read a draft in hearing: the party, and those who may read the inspection. */
    readHearingDraft: party || inspectionAbilities(actor, record).read,
    readFinal: actor.role === 'auditor' || staffOf(actor, record) || party,
    /** Final versions not yet sent: the authority's side only; the party receives a version when it is sent. */
    readUnsent: actor.role === 'auditor' || staffOf(actor, record),
  };
}

/** An authority's own data (names, lists of its staff). */
export function authorityAbilities(actor: Actor, record: Pick<CaseRecord, 'authorityId'>) {
  return { read: actor.role === 'auditor' || actor.role === 'admin' || actsForAuthority(actor, record) };
}

/** What the public portal shows beyond the public pages. */
export function portalAbilities(actor: Actor | null) {
  return { readMunicipalityConclusions: !!actor && (actor.role === 'municipality' || actor.role === 'auditor') };
}

/** User administration: only an administrator manages users; everyone manages their own password. */
export function userAbilities(actor: Actor) {
  return { administer: actor.role === 'admin' };
}

/**
 * Analytics (seed 001): the auditor sees all five authorities by name; a manager sees their own in
 * detail and the others only pooled; inspectors are named only to their own manager. The facts are
 * rebuilt and imported by an administrator (or the operator on the server).
 */
export function analyticsAbilities(actor: Actor) {
  const ownAuthority = actor.role === 'manager' ? actor.authorityId : null;
  return {
    read: actor.role === 'auditor' || ownAuthority !== null,
    /** Authorities shown by name and in detail; null means all of them. */
    detailAuthorities: actor.role === 'auditor' ? null : ownAuthority !== null ? [ownAuthority] : [],
    /** The authority whose inspectors are shown by name (and get their own funnel plot). */
    inspectorNamesOf: ownAuthority,
    /** Record an authority's local rules for special situations: the auditor for all, a manager for their own. */
    editLocalRulesOf: (authorityId: string) => actor.role === 'auditor' || ownAuthority === authorityId,
    /** The consistency list quotes assessments: only for those who may read the inspection anyway. */
    readAssessmentTextsOf: (authorityId: string) => inspectionAbilities(actor, { authorityId, providerId: null, fosterFamilyId: null }).read,
    /** An authority's annual figures: the auditor and the operator for any, a manager for their own. */
    annualOf: (authorityId: string) => actor.role === 'auditor' || actor.role === 'admin' || ownAuthority === authorityId,
    rebuild: actor.role === 'admin',
    import: actor.role === 'admin',
  };
}

/** The places in the main menu: each role sees the places it can use. */
export function placeAbilities(actor: Actor) {
  const caseWork = isStaff(actor) || actor.role === 'auditor';
  const party = actor.role === 'provider';
  return {
    inspections: caseWork,
    providers: caseWork || actor.role === 'municipality' || actor.role === 'admin',
    fosterFamilies: caseWork || actor.role === 'admin',
    reports: caseWork || party,
    hearings: party,
    models: caseWork || actor.role === 'admin',
    municipalityConclusions: actor.role === 'municipality',
    portal: actor.role !== 'admin',
    users: userAbilities(actor).administer,
    analytics: analyticsAbilities(actor).read,
    /** Consistency (issue 13): calibration rounds and the sampled quality review of reports. */
    consistency: isStaff(actor) || actor.role === 'auditor',
    /** The regions' model: the region's consultants, the surveyors and the institutions a region operates. */
    standards: actor.role === 'region' || actor.role === 'surveyor' || (actor.role === 'provider' && actor.regionId !== null),
    /** Report lists show the party's own view (received reports, hearings to answer). */
    partyView: party,
  };
}
export type PlaceAbilities = ReturnType<typeof placeAbilities>;

/** Which work list a start page holds (issue 12), and which links: a role's own work, nobody else's. */
export type WorkListKind = 'caseWork' | 'review' | 'party' | 'municipality' | 'none';
export function startPageAbilities(actor: Actor): { workList: WorkListKind; links: ('analytics' | 'users')[] } {
  const places = placeAbilities(actor);
  const workList: WorkListKind = actor.role === 'inspector' ? 'caseWork' : actor.role === 'manager' ? 'review' : actor.role === 'provider' ? 'party' : actor.role === 'municipality' ? 'municipality' : 'none';
  const links = [...(places.analytics ? ['analytics' as const] : []), ...(places.users ? ['users' as const] : [])];
  return { workList, links };
}

/** An institution of the regions' model (seed 003): the provider a region operates. */
export type InstitutionRecord = { providerId: string; regionId: string | null; authorityId: string; sharedWithAuthority: boolean };

/**
 * The regions' quality work of one institution: the region's consultant approves and plans; the
 * institution's own user writes; a surveyor evaluates only where assigned; the supervising
 * authority's staff read it only when the institution shares it; the operator reads everything.
 */
export function institutionAbilities(actor: Actor, institution: InstitutionRecord, assignedSurveyor = false) {
  const region = actor.role === 'region' && actor.regionId !== null && actor.regionId === institution.regionId;
  const own = actor.role === 'provider' && actor.providerId === institution.providerId;
  const surveyor = actor.role === 'surveyor' && assignedSurveyor;
  return {
    read: region || own || surveyor || actor.role === 'admin' || (institution.sharedWithAuthority && staffOf(actor, institution)),
    write: own,
    approve: region,
    evaluate: surveyor,
  };
}

/** The quality models' catalogs: read by case workers and the operator; new versions uploaded by the operator only. */
export function catalogAbilities(actor: Actor) {
  return { read: placeAbilities(actor).models, upload: actor.role === 'admin' };
}

/** Guiding documents an institution shares as examples are read by the region and its other institutions. */
export function regionExampleAbilities(actor: Actor, regionId: string | null) {
  return { read: regionId !== null && (actor.role === 'region' || actor.role === 'provider') && actor.regionId === regionId };
}

/** One external evaluation: what its status and the actor's part in it allow. */
export type EvaluationRecord = { status: ExternalEvaluationStatus; surveyorIds: readonly string[]; commented: boolean };

/**
 * The external evaluation (seed 003): the region plans it and assigns surveyors; only an assigned
 * surveyor records findings and the report, sends the draft and, once the institution has answered,
 * makes it final; the institution comments on the draft; the region follows up on actions.
 */
export function externalEvaluationAbilities(actor: Actor, institution: InstitutionRecord, evaluation: EvaluationRecord) {
  const assigned = actor.role === 'surveyor' && evaluation.surveyorIds.includes(actor.id);
  const on = institutionAbilities(actor, institution, assigned);
  const open = evaluation.status === 'planned' || evaluation.status === 'in_progress';
  return {
    /** The findings and the report: the surveyors' working notes reach the institution as the draft, and other readers only when final. */
    read: on.approve || assigned || actor.role === 'admin' || (on.write && (evaluation.status === 'draft' || evaluation.status === 'final')) || (on.read && actor.role !== 'surveyor' && evaluation.status === 'final'),
    record: assigned && open,
    comment: on.write && evaluation.status === 'draft' && !evaluation.commented,
    finalise: assigned && evaluation.status === 'draft' && evaluation.commented,
    followUp: on.approve && evaluation.status === 'final',
  };
}

/** Which institutions an actor's overview of the regions' model holds; null: none at all. */
export type InstitutionScope = { kind: 'all' } | { kind: 'region'; id: string } | { kind: 'provider'; id: string } | { kind: 'assigned'; userId: string } | { kind: 'shared'; authorityId: string };

export function institutionScope(actor: Actor): InstitutionScope | null {
  switch (actor.role) {
    case 'admin':
      return { kind: 'all' };
    case 'region':
      return actor.regionId ? { kind: 'region', id: actor.regionId } : null;
    case 'provider':
      return actor.providerId ? { kind: 'provider', id: actor.providerId } : null;
    case 'surveyor':
      return { kind: 'assigned', userId: actor.id };
    case 'inspector':
    case 'manager':
      return actor.authorityId ? { kind: 'shared', authorityId: actor.authorityId } : null;
    case 'auditor':
    case 'municipality':
      return null;
  }
}

/** A calibration round (issue 13): its owner, its status and who was invited from which authority. */
export type CalibrationRecord = { ownerId: string; ownerAuthorityId: string | null; status: CalibrationStatus; invited: readonly { userId: string; authorityId: string }[] };

/**
 * Calibration rounds (seed 001): a manager creates them for their own authority's inspectors, the
 * auditor across authorities. Invited inspectors answer blind; nobody — the owner included — sees an
 * answer or the distribution before the round is closed. Then the participants, the managers of the
 * authorities that took part and the auditor read the results; each inspector's deviation by name
 * and the discussion are the owner's.
 */
export function calibrationAbilities(actor: Actor, round: CalibrationRecord) {
  const owner = actor.id === round.ownerId;
  const invited = actor.role === 'inspector' && round.invited.some((i) => i.userId === actor.id);
  const manager = actor.role === 'manager' && actor.authorityId !== null && (round.ownerAuthorityId === actor.authorityId || round.invited.some((i) => i.authorityId === actor.authorityId));
  const closed = round.status === 'closed';
  const read = owner || invited || manager || actor.role === 'auditor';
  return {
    read,
    answer: invited && !closed,
    close: owner && !closed,
    readResults: read && closed,
    readDeviations: owner && closed,
    discuss: owner && closed,
  };
}

/** Who may start a round, and whom they may invite: a manager their own authority's inspectors, the auditor anyone's (null). */
export function calibrationCreateAbilities(actor: Actor): { create: boolean; inviteFrom: string[] | null } {
  if (actor.role === 'auditor') return { create: true, inviteFrom: null };
  if (actor.role === 'manager' && actor.authorityId) return { create: true, inviteFrom: [actor.authorityId] };
  return { create: false, inviteFrom: [] };
}

/** Which rounds a list holds: all (the auditor), an authority's (owned or taken part in), or those one inspector was invited to. */
export type CalibrationScope = { kind: 'all' } | { kind: 'authority'; id: string; userId: string } | { kind: 'invited'; userId: string };
export function calibrationScope(actor: Actor): CalibrationScope | null {
  switch (actor.role) {
    case 'auditor':
      return { kind: 'all' };
    case 'manager':
      return actor.authorityId ? { kind: 'authority', id: actor.authorityId, userId: actor.id } : null;
    case 'inspector':
      return { kind: 'invited', userId: actor.id };
    case 'admin':
    case 'provider':
    case 'municipality':
    case 'region':
    case 'surveyor':
      return null;
  }
}

/**
 * The sampled quality review of final reports (ledelsestilsyn, seed 001): a manager draws and
 * reviews their own authority's reports and sees the summary per inspector; an inspector reads the
 * feedback on their own reports; the auditor sees the summary per authority, never a single review.
 */
export function qualityReviewAbilities(actor: Actor) {
  const ownAuthority = actor.role === 'manager' ? actor.authorityId : null;
  return {
    /** Draw samples and review their reports: a manager, for their own authority. */
    reviewOf: (authorityId: string) => ownAuthority !== null && ownAuthority === authorityId,
    drawFor: ownAuthority,
    /** The feedback on the reports one wrote. */
    ownFeedback: actor.role === 'inspector' || actor.role === 'manager',
    summaryByAuthority: actor.role === 'auditor',
  };
}
