// Fictional demo data (the five authorities themselves are reference data every database gets
// from migration 0006): users of every role, providers, foster families,
// inspections in every state and reports (sent, in hearing, in review). Everything here is
// invented. The content is built as plain data by demo-plan.ts and demo-reports.ts
// (deterministic); this file writes it in one transaction.
import { sql } from 'drizzle-orm';
import { rebuildNativeFacts } from '../services/analytics/rebuild-facts.ts';
import { SEED_001_LOCAL_RULES } from './scale-plan.ts';
import { seedStandardsDemo, standardsLoginLines } from './demo-standards.ts';
import { seedConsistencyDemo } from './demo-consistency.ts';
import { standardsModelOf } from '../services/standards/get-standards-overview.ts';
import { randomUUID } from 'node:crypto';
import type { BinaryModel } from '../core/kinds/binary/catalog.ts';
import type { ScoredModel } from '../core/kinds/scored/catalog.ts';
import {
  assessments,
  auditLog,
  installation,
  decisions,
  departments,
  followUps,
  fosterFamilies,
  inspections,
  providers,
  reportDispatches,
  reports,
  reportVersions,
  analyticsLocalRules,
  riskChanges,
  users,
  visits,
} from '../storage/schema.ts';
import type { Db, Tx } from '../storage/database.ts';
import type { ServiceContext } from '../services/context.ts';
import { REGION_LABEL, ROLE_LABEL } from '../core/labels.ts';
import { ServiceError } from '../services/service-error.ts';
import { hashPassword } from '../services/auth/password.ts';
import { buildDemoPlan, type DemoPlan } from './demo-plan.ts';
import { demoReportInput, finalVersion, type DemoReportSubject } from './demo-reports.ts';

export { BROWSER_TEST_INSPECTION_TITLE, BROWSER_TEST_PROVIDER_NAME, NO_CHILD_FOSTER_FAMILY_NAME, buildDemoPlan } from './demo-plan.ts';
export { PUBLISHED_DEMO_PROVIDER_NAME } from './demo-reports.ts';

export const DEMO_PASSWORD = 'demo-tilsyn';

/** The five authorities, as migration 0006 creates them. */
export const AUTHORITIES = [
  { id: 'nord', name: 'Socialtilsyn Nord' },
  { id: 'midt', name: 'Socialtilsyn Midt' },
  { id: 'syd', name: 'Socialtilsyn Syd' },
  { id: 'oest', name: 'Socialtilsyn Øst' },
  { id: 'hovedstaden', name: 'Socialtilsyn Hovedstaden' },
] as const;

/** Empty: no users and nothing registered (the authorities and models are always there). */
async function holdsData(db: Db | Tx): Promise<boolean> {
  const user = await db.select({ id: users.id }).from(users).limit(1);
  const provider = await db.select({ id: providers.id }).from(providers).limit(1);
  const family = await db.select({ id: fosterFamilies.id }).from(fosterFamilies).limit(1);
  return user.length + provider.length + family.length > 0;
}

export async function isDatabaseEmpty(services: ServiceContext): Promise<boolean> {
  return !(await holdsData(services.db));
}

/** Whether the database holds the fictional demo data (then every page says so). */
export async function isDemoDatabase(services: ServiceContext): Promise<boolean> {
  const [row] = await services.db.select({ demo: installation.demo }).from(installation);
  return row?.demo ?? false;
}

const refused = () => new ServiceError('conflict', 'Databasen indeholder allerede data; demodata indlæses kun i en tom database.');

function need<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo: ${what} "${key}" findes ikke`);
  return value;
}

/**
 * Seeds an empty database with the demo, all in one transaction. A database that already has
 * data is refused with a `conflict` ServiceError (checked again inside the transaction), and
 * nothing is written.
 */
export async function seedDemo(services: ServiceContext): Promise<string> {
  if (!(await isDatabaseEmpty(services))) throw refused();
  const plan = buildDemoPlan(services.registry);
  // argon2id is slow on purpose: hash once, every demo user shares the hash.
  const hash = await hashPassword(DEMO_PASSWORD);

  await services.db.transaction(async (tx) => {
    if (await holdsData(tx)) throw refused();
    await tx.insert(installation).values({ id: 1, demo: true }).onConflictDoUpdate({ target: installation.id, set: { demo: true } });

    // Creation times follow the list order, so "the first Nord provider" is well defined.
    const registered = Date.UTC(2026, 0, 5, 8, 0, 0);
    const providerRows = await tx
      .insert(providers)
      .values(
        plan.providers.map((p, i) => ({
          authorityId: p.authorityId,
          name: p.name,
          municipality: p.municipality,
          ownership: p.ownership,
          legalBases: [...p.legalBases],
          flags: [...p.flags],
          targetGroups: [...p.targetGroups],
          methods: [...p.methods],
          places: p.places,
          createdAt: new Date(registered + i * 60_000),
        })),
      )
      .returning({ id: providers.id, name: providers.name });
    const providerIds = new Map(providerRows.map((r) => [r.name, r.id]));

    const departmentRows = await tx
      .insert(departments)
      .values(plan.providers.flatMap((p) => p.departments.map((d) => ({ providerId: need(providerIds, p.name, 'tilbuddet'), name: d.name, places: d.places }))))
      .returning({ id: departments.id, providerId: departments.providerId, name: departments.name });
    const departmentIds = new Map(departmentRows.map((r) => [`${r.providerId}/${r.name}`, r.id]));

    const familyRows = await tx
      .insert(fosterFamilies)
      .values(
        plan.fosterFamilies.map((f, i) => ({
          authorityId: f.authorityId,
          name: f.name,
          municipality: f.municipality,
          typology: f.typology,
          approvedOn: f.approvedOn,
          childrenInCare: f.childrenInCare,
          createdAt: new Date(registered + i * 60_000),
        })),
      )
      .returning({ id: fosterFamilies.id, name: fosterFamilies.name });
    const familyIds = new Map(familyRows.map((r) => [r.name, r.id]));

    const userRows = await tx
      .insert(users)
      .values(
        plan.users.map((u) => ({
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          passwordHash: hash,
          authorityId: u.authorityId,
          providerId: u.providerName ? need(providerIds, u.providerName, 'tilbuddet') : null,
          fosterFamilyId: u.fosterFamilyName ? need(familyIds, u.fosterFamilyName, 'plejefamilien') : null,
        })),
      )
      .returning({ id: users.id, username: users.username });
    const userIds = new Map(userRows.map((r) => [r.username, r.id]));

    const inspectionRows = await tx
      .insert(inspections)
      .values(
        plan.inspections.map((i) => ({
          authorityId: i.authorityId,
          providerId: i.providerName ? need(providerIds, i.providerName, 'tilbuddet') : null,
          fosterFamilyId: i.fosterFamilyName ? need(familyIds, i.fosterFamilyName, 'plejefamilien') : null,
          phase: i.phase,
          modelId: i.modelId,
          modelVersion: i.modelVersion,
          status: i.status,
          risk: i.risk,
          title: i.title,
          createdAt: i.createdAt,
          updatedAt: i.updatedAt,
        })),
      )
      .returning({ id: inspections.id, title: inspections.title });
    const inspectionIds = new Map(inspectionRows.map((r) => [r.title, r.id]));

    const each = <T>(pick: (i: DemoPlan['inspections'][number], id: string) => T[]): T[] =>
      plan.inspections.flatMap((i) => pick(i, need(inspectionIds, i.title, 'tilsynet')));

    const riskValues = each((i, id) => i.riskChanges.map((r) => ({ inspectionId: id, risk: r.risk, reason: r.reason, changedBy: need(userIds, r.changedBy, 'brugeren'), changedAt: r.changedAt })));
    if (riskValues.length > 0) await tx.insert(riskChanges).values(riskValues);
    const visitValues = each((i, id) => i.visits.map((v) => ({ inspectionId: id, ...v })));
    if (visitValues.length > 0) await tx.insert(visits).values(visitValues);
    const followUpValues = each((i, id) => i.followUps.map((f) => ({ inspectionId: id, ...f })));
    if (followUpValues.length > 0) await tx.insert(followUps).values(followUpValues);
    const assessmentValues = each((i, id) =>
      i.assessments.map((a) => {
        const providerId = i.providerName ? need(providerIds, i.providerName, 'tilbuddet') : null;
        return {
          inspectionId: id,
          departmentId: a.departmentName && providerId ? need(departmentIds, `${providerId}/${a.departmentName}`, 'afdelingen') : null,
          modelId: i.modelId,
          modelVersion: i.modelVersion,
          data: a.data,
          updatedBy: need(userIds, a.updatedBy, 'brugeren'),
          updatedAt: a.updatedAt,
        };
      }),
    );
    if (assessmentValues.length > 0) await tx.insert(assessments).values(assessmentValues);
    const decisionValues = each((i, id) => i.decisions.map((d) => ({ inspectionId: id, ...d, decidedBy: need(userIds, d.decidedBy, 'brugeren') })));
    if (decisionValues.length > 0) await tx.insert(decisions).values(decisionValues);

    // Reports: the row as the lifecycle left it, and each final version built exactly as
    // finalisation builds it (checks, document, public summary, hash), then sent.
    const displayName = new Map(plan.users.map((u) => [u.username, u.displayName]));
    const reportRows = plan.reports.length
      ? await tx
          .insert(reports)
          .values(
            plan.reports.map((r) => ({
              inspectionId: need(inspectionIds, r.inspectionTitle, 'tilsynet'),
              status: r.status,
              content: r.content,
              authorId: need(userIds, r.author, 'brugeren'),
              reviewComments: r.reviewComments.map((c) => ({
                by: need(userIds, c.by, 'brugeren'),
                byName: need(displayName, c.by, 'brugeren'),
                at: c.at.toISOString(),
                decision: c.decision,
                comment: c.comment,
              })),
              hearingDeadline: r.hearingDeadline,
              hearingAnswer: r.hearingAnswer,
              hearingAnsweredAt: r.hearingAnsweredAt,
              version: r.rowVersion,
              createdAt: r.createdAt,
              updatedAt: r.updatedAt,
            })),
          )
          .returning({ id: reports.id, inspectionId: reports.inspectionId })
      : [];
    const reportIds = new Map(reportRows.map((r) => [r.inspectionId, r.id]));
    const versionValues: (typeof reportVersions.$inferInsert)[] = [];
    const dispatchValues: (typeof reportDispatches.$inferInsert)[] = [];
    const depth = services.config.documentationDepth;
    for (const r of plan.reports) {
      const inspection = plan.inspections.find((i) => i.title === r.inspectionTitle)!;
      const inspectionId = need(inspectionIds, r.inspectionTitle, 'tilsynet');
      const model = services.registry.get(inspection.modelId);
      if (!model || model.kind === 'standards') throw new Error(`demo: modellen ${inspection.modelId} findes ikke`);
      const subject = reportSubject(plan, inspection, providerIds, departmentIds);
      const author = need(userIds, r.author, 'brugeren');
      let previous: { id: string; number: number } | null = null;
      for (const v of r.versions) {
        const input = demoReportInput({
          authority: { id: inspection.authorityId, name: AUTHORITIES.find((a) => a.id === inspection.authorityId)!.name },
          inspection,
          inspectionId,
          subject,
          model: model as BinaryModel | ScoredModel,
          content: v.content,
          version: { number: v.number, supersedes: previous?.number ?? null },
          reportDate: v.reportDate,
        });
        const built = finalVersion(input, { depth, report: services.reportConfig });
        const id = randomUUID();
        versionValues.push({
          id,
          reportId: need(reportIds, inspectionId, 'rapporten'),
          number: v.number,
          document: built.document,
          publicSummary: built.publicSummary,
          audience: built.document.audience,
          contentHash: built.contentHash,
          supersedesId: previous?.id ?? null,
          hearingAnswer: v.hearingAnswer,
          finalisedBy: author,
          finalisedAt: v.finalisedAt,
        });
        dispatchValues.push({ versionId: id, sentBy: author, sentAt: v.sentAt });
        previous = { id, number: v.number };
      }
    }
    if (versionValues.length > 0) await tx.insert(reportVersions).values(versionValues);
    if (dispatchValues.length > 0) await tx.insert(reportDispatches).values(dispatchValues);
    await rebuildNativeFacts(tx, services.registry);
    // Each authority's local rule for foster families without a child, as seed 001 found them.
    await tx.insert(analyticsLocalRules).values(SEED_001_LOCAL_RULES.map((r) => ({ ...r, note: 'Demodata: reglen, som undersøgelsen af kvalitetsmodellen beskriver den.' })));
    // The regions' model: four institutions at different stages, and its three logins.
    await seedStandardsDemo(tx, standardsModelOf(services.registry), hash);

    // Each authority's first inspector leads its inspections under way and done; the planned ones wait for a manager to assign them.
    await tx.execute(sql`update inspections set lead_inspector_id = users.id from users where users.username = 'inspektoer-' || inspections.authority_id and inspections.status in ('in_progress', 'completed')`);
    // The audit trail says where the demo inspections came from.
    await tx.insert(auditLog).values(
      each((i, id) => [
        {
          at: i.createdAt,
          actorId: null,
          action: 'demo.seed',
          entityType: 'inspection',
          entityId: id,
          before: null,
          after: { title: i.title, status: i.status, phase: i.phase, modelId: i.modelId, modelVersion: i.modelVersion, risk: i.risk },
        },
      ]),
    );
    if (plan.reports.length > 0) {
      await tx.insert(auditLog).values(
        plan.reports.map((r) => ({
          at: r.createdAt,
          actorId: null,
          action: 'demo.seed',
          entityType: 'report',
          entityId: need(reportIds, need(inspectionIds, r.inspectionTitle, 'tilsynet'), 'rapporten'),
          before: null,
          after: {
            inspectionTitle: r.inspectionTitle,
            status: r.status,
            versions: r.versions.map((v) => ({ number: v.number, reportDate: v.reportDate, correctionReason: v.correctionReason })),
          },
        })),
      );
    }
  });
  await seedConsistencyDemo(services);
  return demoSummary(plan);
}

/** The provider (with its departments' ids) or foster family a demo report is about. */
function reportSubject(
  plan: DemoPlan,
  inspection: DemoPlan['inspections'][number],
  providerIds: Map<string, string>,
  departmentIds: Map<string, string>,
): DemoReportSubject {
  if (inspection.providerName) {
    const spec = plan.providers.find((p) => p.name === inspection.providerName)!;
    const providerId = need(providerIds, spec.name, 'tilbuddet');
    return { kind: 'provider', spec, departments: spec.departments.map((d) => ({ id: need(departmentIds, `${providerId}/${d.name}`, 'afdelingen'), name: d.name })) };
  }
  const spec = plan.fosterFamilies.find((f) => f.name === inspection.fosterFamilyName);
  if (!spec) throw new Error(`demo: plejefamilien til "${inspection.title}" findes ikke`);
  return { kind: 'fosterFamily', spec };
}

const STATUS_LABEL = { planned: 'planlagte', in_progress: 'i gang', completed: 'afsluttede', cancelled: 'aflyste' } as const;

/** "17 tilsynsrapporter: 12 offentliggjort for tilbud (2 med en rettet version 2), …" */
function reportLine(plan: DemoPlan): string {
  const sent = plan.reports.filter((r) => r.status === 'sent');
  const published = sent.filter((r) => r.audience === 'public');
  const corrected = published.filter((r) => r.versions.length > 1).length;
  const families = sent.filter((r) => r.audience === 'municipality').length;
  const hearing = plan.reports.filter((r) => r.status === 'hearing').length;
  const review = plan.reports.filter((r) => r.status === 'review').length;
  return (
    `  ${plan.reports.length} tilsynsrapporter: ${published.length} offentliggjort for tilbud` +
    `${corrected > 0 ? ` (${corrected} med en rettet version 2)` : ''}, ${families} sendt til kommunerne for plejefamilier, ` +
    `${hearing} i faktuel høring og ${review} til kvalitetssikring`
  );
}

const REGION_NAMES = new Map<string, string>(Object.entries(REGION_LABEL));

/** The Danish summary `tilsyn demo seed` prints: counts and the demo logins. */
export function demoSummary(plan: DemoPlan): string {
  const all = plan.inspections;
  const visitsAll = all.flatMap((i) => i.visits);
  const byStatus = (Object.keys(STATUS_LABEL) as (keyof typeof STATUS_LABEL)[])
    .map((s) => `${all.filter((i) => i.status === s).length} ${STATUS_LABEL[s]}`)
    .join(', ');
  const authorityName = (id: string | null) => AUTHORITIES.find((a) => a.id === id)?.name;
  const width = Math.max(...plan.users.map((u) => u.username.length)) + 2;
  const logins = plan.users.map((u) => {
    const where = authorityName(u.authorityId) ?? u.providerName ?? u.fosterFamilyName;
    return `  ${u.username.padEnd(width)}${ROLE_LABEL[u.role]}${where ? `, ${where}` : ''}`;
  });
  return [
    'Demodata indlæst (alt er opdigtet):',
    `  ${AUTHORITIES.length} socialtilsyn og ${plan.users.length} brugere`,
    `  ${plan.providers.length} tilbud med ${plan.providers.reduce((n, p) => n + p.departments.length, 0)} afdelinger og ${plan.fosterFamilies.length} plejefamilier`,
    `  ${all.length} tilsyn: ${byStatus}`,
    `  ${visitsAll.length} tilsynsbesøg (${visitsAll.filter((v) => v.status === 'held').length} gennemført, ${visitsAll.filter((v) => v.status === 'planned').length} planlagt, ${visitsAll.filter((v) => v.status === 'aborted').length} afbrudt ved ankomst)`,
    `  ${all.reduce((n, i) => n + i.riskChanges.length, 0)} risikovurderinger, ${all.reduce((n, i) => n + i.followUps.length, 0)} opfølgninger, ${all.reduce((n, i) => n + i.assessments.length, 0)} vurderinger og ${all.reduce((n, i) => n + i.decisions.length, 0)} afgørelser`,
    reportLine(plan),
    '',
    `Logins (adgangskode for alle: ${DEMO_PASSWORD}):`,
    ...logins,
    ...standardsLoginLines(width, (role) => ROLE_LABEL[role], (id) => REGION_NAMES.get(id) ?? id),
  ].join('\n');
}
