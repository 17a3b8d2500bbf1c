// One inspection with everything the overview shows: the provider or foster family, the
// authority, the model in force, the risk history (oldest first), visits, follow-up data
// collection and decisions, and what the actor may do with it.
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Phase } from '../../core/assessment/assessment-input.ts';
import type { Decision } from '../../core/assessment/decision-options.ts';
import { authorities, decisions, followUps, fosterFamilies, providers, riskChanges, users, visits, designWidenings, inspectionCoInspectors } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import type { Actor } from '../actor.ts';
import { authorize, can } from '../permissions.ts';
import { loadInspection, parseOptions, targetOf } from './shared.ts';
import { type InspectionStatus, type Risk, type VisitStatus } from '../../core/vocabulary.ts';
import { loadRiskFacts } from './risk-facts.ts';
import { riskNotices, type RiskFacts, type RiskNotice } from '../../core/assessment/risk-rules.ts';
import { itemNumber } from '../../core/model/item-number.ts';

export type GetInspectionOptions = z.input<typeof schema>;

export type PersonRef = { id: string; displayName: string } | null;

export type InspectionEntity =
  | { kind: 'provider'; id: string; name: string; municipality: string; legalBases: string[]; flags: string[]; targetGroups: string[]; places: number }
  | { kind: 'fosterFamily'; id: string; name: string; municipality: string; typology: string; childrenInCare: number; approvedOn: string | null };

export type RiskChange = { id: string; risk: Risk; reason: string; changedBy: PersonRef; changedAt: Date };
export type Visit = { id: string; plannedOn: string; announced: boolean; status: VisitStatus; note: string };
export type FollowUp = { id: string; markerId: string; stepIndex: number; method: string; note: string; collectedOn: string | null };
export type DecisionRecord = { id: string; kind: Decision; deadline: string | null; endsOn: string | null; note: string; decidedBy: PersonRef; decidedAt: Date };

export type InspectionDetail = {
  id: string;
  title: string;
  authorityId: string;
  authorityName: string;
  phase: Phase;
  status: InspectionStatus;
  risk: Risk;
  modelId: string;
  modelVersion: string;
  /** The model's title from the registry; the id when the registry no longer has it. */
  modelTitle: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  entity: InspectionEntity;
  /** Oldest first; the first entry is "Første risikovurdering". */
  riskHistory: RiskChange[];
  /** By planned date. */
  visits: Visit[];
  /** Visits held; an aborted visit does not count. */
  heldVisits: number;
  /** Set: a desk-based inspection (no visit needed), with the reason. */
  deskBasedReason: string | null;
  /** What the risk category asks (risk-rules.ts): warnings, what blocks completion, the criteria in doubt and the design's widenings. */
  riskWork: {
    warnings: RiskNotice[];
    blocking: RiskNotice[];
    doubts: RiskFacts['doubts'];
    widenings: { id: string; criterionId: string; criterionLabel: string; description: string; addedBy: PersonRef; addedAt: Date }[];
  };
  followUps: FollowUp[];
  decisions: DecisionRecord[];
  /** Who does it and when (issue 12); `candidates`: the authority's active inspectors, for the assignment form. */
  assignment: { lead: PersonRef; coInspectors: { id: string; displayName: string }[]; plannedFrom: string | null; plannedTo: string | null; candidates: { id: string; displayName: string }[] };
  /** What the actor may do here (the services check again on every write). */
  permissions: { write: boolean; decide: boolean; readAudit: boolean };
};

const schema = z.object({ inspectionId: z.string({ error: 'Tilsynet skal angives.' }) });

const person = (id: string | null, displayName: string | null): PersonRef => (id ? { id, displayName: displayName ?? '' } : null);

export async function getInspection(ctx: ServiceContext, actor: Actor, options: GetInspectionOptions): Promise<InspectionDetail> {
  const input = parseOptions(schema, options);
  const row = await loadInspection(ctx.db, input.inspectionId);
  const target = targetOf(row);
  authorize(actor, 'inspection.read', target);

  const db = ctx.db;
  // The overview's parts are independent: read them at once, not one after another.
  const [[authority], [p], [f], risks, widenRows, visitRows, followUpRows, decisionRows, coRows] = await Promise.all([
    db.select({ name: authorities.name }).from(authorities).where(eq(authorities.id, row.authorityId)),
    row.providerId ? db.select().from(providers).where(eq(providers.id, row.providerId)) : Promise.resolve([]),
    row.providerId ? Promise.resolve([]) : db.select().from(fosterFamilies).where(eq(fosterFamilies.id, row.fosterFamilyId ?? '')),
    db.select({ r: riskChanges, name: users.displayName }).from(riskChanges).leftJoin(users, eq(users.id, riskChanges.changedBy))
      .where(eq(riskChanges.inspectionId, row.id)).orderBy(asc(riskChanges.changedAt)),
    db.select({ w: designWidenings, name: users.displayName }).from(designWidenings).leftJoin(users, eq(users.id, designWidenings.addedBy))
      .where(eq(designWidenings.inspectionId, row.id)).orderBy(asc(designWidenings.addedAt)),
    db.select().from(visits).where(eq(visits.inspectionId, row.id)).orderBy(asc(visits.plannedOn), asc(visits.id)),
    db.select().from(followUps).where(eq(followUps.inspectionId, row.id)).orderBy(asc(followUps.markerId), asc(followUps.stepIndex)),
    db.select({ d: decisions, name: users.displayName }).from(decisions).leftJoin(users, eq(users.id, decisions.decidedBy))
      .where(eq(decisions.inspectionId, row.id)).orderBy(asc(decisions.decidedAt)),
    db.select({ id: inspectionCoInspectors.userId }).from(inspectionCoInspectors).where(eq(inspectionCoInspectors.inspectionId, row.id)),
  ]);
  const entity: InspectionEntity = row.providerId
    ? { kind: 'provider', id: row.providerId, name: p?.name ?? '', municipality: p?.municipality ?? '', legalBases: p?.legalBases ?? [], flags: p?.flags ?? [], targetGroups: p?.targetGroups ?? [], places: p?.places ?? 0 }
    : { kind: 'fosterFamily', id: row.fosterFamilyId ?? '', name: f?.name ?? '', municipality: f?.municipality ?? '', typology: f?.typology ?? '', childrenInCare: f?.childrenInCare ?? 0, approvedOn: f?.approvedOn ?? null };
  const facts = await loadRiskFacts(ctx, db, row, {
    heldVisits: visitRows.filter((v) => v.status === 'held').length,
    widenedCriteria: [...new Set(widenRows.map(({ w }) => w.criterionId))],
  });

  const coIds = coRows.map((r) => r.id);
  const named = [...(row.leadInspectorId ? [row.leadInspectorId] : []), ...coIds];
  const people = await db.select({ id: users.id, displayName: users.displayName, active: users.active, role: users.role }).from(users)
    .where(or(and(eq(users.authorityId, row.authorityId), eq(users.role, 'inspector'), eq(users.active, true)), named.length > 0 ? inArray(users.id, named) : undefined))
    .orderBy(asc(users.displayName));
  const nameOf = (id: string) => ({ id, displayName: people.find((p) => p.id === id)?.displayName ?? '' });

  const visitList: Visit[] = visitRows.map((v) => ({ id: v.id, plannedOn: v.plannedOn, announced: v.announced, status: v.status, note: v.note }));
  return {
    id: row.id,
    title: row.title,
    authorityId: row.authorityId,
    authorityName: authority?.name ?? row.authorityId,
    phase: row.phase,
    status: row.status,
    risk: row.risk,
    modelId: row.modelId,
    modelVersion: row.modelVersion,
    modelTitle: ctx.registry.used(row.modelId, row.modelVersion)?.title ?? row.modelId,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    entity,
    riskHistory: risks.map(({ r, name }) => ({ id: r.id, risk: r.risk, reason: r.reason, changedBy: person(r.changedBy, name), changedAt: r.changedAt })),
    visits: visitList,
    heldVisits: visitList.filter((v) => v.status === 'held').length,
    deskBasedReason: row.deskBasedReason,
    riskWork: { ...riskNotices(facts), doubts: facts.doubts, widenings: widenRows.map(({ w, name }) => ({ id: w.id, criterionId: w.criterionId, criterionLabel: `Kvalitetskriterium ${itemNumber(w.criterionId)}`, description: w.description, addedBy: person(w.addedBy, name), addedAt: w.addedAt })) },
    followUps: followUpRows.map((f) => ({ id: f.id, markerId: f.markerId, stepIndex: f.stepIndex, method: f.method, note: f.note, collectedOn: f.collectedOn })),
    decisions: decisionRows.map(({ d, name }) => ({ id: d.id, kind: d.kind, deadline: d.deadline, endsOn: d.endsOn, note: d.note, decidedBy: person(d.decidedBy, name), decidedAt: d.decidedAt })),
    assignment: {
      lead: row.leadInspectorId ? nameOf(row.leadInspectorId) : null,
      coInspectors: coIds.map(nameOf),
      plannedFrom: row.plannedFrom,
      plannedTo: row.plannedTo,
      candidates: people.filter((p) => p.active && p.role === 'inspector').map(({ id, displayName }) => ({ id, displayName })),
    },
    permissions: {
      write: can(actor, 'inspection.write', target),
      decide: can(actor, 'decision.write', target),
      readAudit: can(actor, 'audit.read', target),
    },
  };
}
