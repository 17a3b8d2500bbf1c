// The demo seed: what an empty database gets, that every completed assessment is valid by the
// engine's own rules, that every sent report version is exactly what finalisation would store,
// the fixed inspection the browser tests use, and that seeding twice is refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { asc, eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import {
  AUTHORITIES,
  BROWSER_TEST_INSPECTION_TITLE,
  BROWSER_TEST_PROVIDER_NAME,
  DEMO_PASSWORD,
  NO_CHILD_FOSTER_FAMILY_NAME,
  PUBLISHED_DEMO_PROVIDER_NAME,
  buildDemoPlan,
  isDatabaseEmpty,
  seedDemo,
} from '../../src/demo/seed-demo.ts';
import { DEMO_REPORT_SPECS } from '../../src/demo/demo-reports.ts';
import {
  assessments,
  auditLog,
  authorities,
  decisions,
  departments,
  followUps,
  fosterFamilies,
  inspections,
  providers,
  reportDispatches,
  reports,
  reportVersions,
  riskChanges,
  users,
  visits,
} from '../../src/storage/schema.ts';
import { LEGAL_BASES, TYPOLOGIES, type LegalBasis, type ProviderFlag, type Typology } from '../../src/core/model/catalog-parts.ts';
import type { Entity } from '../../src/core/assessment/assessment-input.ts';
import { evaluate } from '../../src/core/assessment/evaluate.ts';
import { isAssessable, type AssessableModel } from '../../src/core/model/schema.ts';
import { criterionColour } from '../../src/core/assessment/documentation-depth.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import { checkReport, statesDisproportionatelyExpensive } from '../../src/core/report/check-report.ts';
import { contentHash } from '../../src/core/report/content-hash.ts';
import { publicSummary, type PublicReport } from '../../src/core/report/public-report.ts';
import type { ReportDocument } from '../../src/core/report/report-document.ts';
import { evaluateReport } from '../../src/core/report/report-evaluation.ts';
import type { ReportContent } from '../../src/core/report/report-input.ts';
import { buildReportInput } from '../../src/services/reports/build-report-input.ts';
import { getProviderPage } from '../../src/services/portal/get-provider-page.ts';
import { loadFosterFamilyPublications, loadProviderPublications } from '../../src/services/portal/portal-data.ts';
import { verifyPassword } from '../../src/services/auth/password.ts';
import { ServiceError } from '../../src/services/service-error.ts';

/** The depth the brief asks of the demo's justifications (stricter than config/assessment.json). */
const DEMO_DEPTH = { red: 450, yellow: 250, green: 60 } as const;

let t: TestServices;
let summary: string;
let seedMs: number;

type Db = TestServices['services']['db'];
async function load(db: Db) {
  return {
    authorities: await db.select().from(authorities),
    users: await db.select().from(users),
    providers: await db.select().from(providers).orderBy(asc(providers.createdAt)),
    departments: await db.select().from(departments),
    families: await db.select().from(fosterFamilies).orderBy(asc(fosterFamilies.createdAt)),
    inspections: await db.select().from(inspections).orderBy(asc(inspections.createdAt)),
    riskChanges: await db.select().from(riskChanges).orderBy(asc(riskChanges.changedAt)),
    visits: await db.select().from(visits),
    followUps: await db.select().from(followUps),
    assessments: await db.select().from(assessments),
    decisions: await db.select().from(decisions),
    reports: await db.select().from(reports),
    versions: await db.select().from(reportVersions).orderBy(asc(reportVersions.number)),
    dispatches: await db.select().from(reportDispatches),
  };
}
let d: Awaited<ReturnType<typeof load>>;

before(async () => {
  t = await createTestServices();
  const start = performance.now();
  summary = await seedDemo(t.services);
  seedMs = performance.now() - start;
  d = await load(t.services.db);
});

after(async () => {
  await t?.close();
});

function entityOf(inspection: (typeof d.inspections)[number]): Entity {
  if (inspection.providerId) {
    const p = d.providers.find((x) => x.id === inspection.providerId)!;
    return { legalBases: p.legalBases as LegalBasis[], flags: p.flags as ProviderFlag[] };
  }
  const f = d.families.find((x) => x.id === inspection.fosterFamilyId)!;
  return { legalBases: [], flags: [], typology: f.typology as Typology };
}

function modelOf(id: string): AssessableModel {
  const model = t.services.registry.get(id);
  assert.ok(model && isAssessable(model), `model ${id}`);
  return model;
}

/** The engine's input for a stored row; a department row takes the economy of the provider as a whole. */
function engineInput(inspection: (typeof d.inspections)[number], row: (typeof d.assessments)[number]) {
  const data = row.data as Record<string, unknown>;
  const input: Record<string, unknown> = { model: row.modelId, phase: inspection.phase, entity: entityOf(inspection), ...data };
  if (row.departmentId) {
    const whole = d.assessments.find((a) => a.inspectionId === inspection.id && a.departmentId === null)!;
    // A department takes the economy (and, in the scored model, the conclusion) of the provider as a whole.
    const { economy, conclusion } = whole.data as { economy?: unknown; conclusion?: unknown };
    if (economy) input.economy = economy;
    if (conclusion) input.conclusion = conclusion;
  }
  return input;
}

const depth = () => t.services.config.documentationDepth;

test('the summary names the counts and every demo login', (ctx) => {
  ctx.diagnostic(`seedDemo took ${Math.round(seedMs)} ms`);
  assert.match(summary, /40 tilbud/);
  assert.match(summary, /40 plejefamilier/);
  assert.match(
    summary,
    /17 tilsynsrapporter: 12 offentliggjort for tilbud \(2 med en rettet version 2\), 3 sendt til kommunerne for plejefamilier, 1 i faktuel høring og 1 til kvalitetssikring/,
    'the summary counts the reports',
  );
  assert.ok(summary.includes(DEMO_PASSWORD), 'the summary names the password');
  for (const u of d.users) assert.ok(summary.includes(u.username), u.username);
});

test('the five authorities and users of every role, sharing one password hash', async () => {
  assert.deepEqual(d.authorities.map((a) => a.id).sort(), AUTHORITIES.map((a) => a.id).sort());
  const byName = new Map(d.users.map((u) => [u.username, u]));
  for (const a of AUTHORITIES) {
    assert.equal(byName.get(`inspektoer-${a.id}`)?.role, 'inspector');
    assert.equal(byName.get(`inspektoer2-${a.id}`)?.role, 'inspector');
    assert.equal(byName.get(`leder-${a.id}`)?.role, 'manager');
    assert.equal(byName.get(`inspektoer2-${a.id}`)?.authorityId, a.id);
  }
  assert.equal(byName.get('kommune-demo')?.role, 'municipality');
  assert.equal(byName.get('revisor')?.role, 'auditor');
  assert.equal(byName.get('admin')?.role, 'admin');

  const firstNord = d.providers.find((p) => p.authorityId === 'nord')!;
  const providerUser = byName.get('tilbud-demo');
  assert.equal(providerUser?.role, 'provider');
  assert.equal(providerUser?.providerId, firstNord.id);
  const familyUser = byName.get('plejefamilie-demo');
  assert.equal(familyUser?.role, 'provider');
  const family = d.families.find((f) => f.id === familyUser?.fosterFamilyId);
  assert.equal(family?.authorityId, 'nord');

  assert.equal(new Set(d.users.map((u) => u.passwordHash)).size, 1, 'the demo password is hashed once');
  assert.equal(await verifyPassword(DEMO_PASSWORD, d.users[0]!.passwordHash), true);
});

test('about 40 providers with varied legal bases, departments, a board, one crisis centre and one respite-only', () => {
  assert.ok(d.providers.length >= 35 && d.providers.length <= 45, `${d.providers.length} providers`);
  for (const a of AUTHORITIES) assert.ok(d.providers.filter((p) => p.authorityId === a.id).length >= 5, a.id);
  const used = new Set(d.providers.flatMap((p) => p.legalBases));
  for (const basis of LEGAL_BASES) assert.ok(used.has(basis), `legal basis ${basis} is used`);
  assert.ok(d.providers.some((p) => p.legalBases.length === 2), 'some providers have two legal bases');
  assert.equal(d.providers.filter((p) => p.legalBases.includes('sel-109')).length, 1, 'exactly one crisis centre');
  const respite = d.providers.filter((p) => p.flags.includes('aflastning'));
  assert.equal(respite.length, 1, 'exactly one respite-only provider');
  assert.deepEqual(respite[0]!.legalBases, ['sel-66-1-5']);
  assert.ok(d.providers.filter((p) => p.flags.includes('bestyrelse')).length >= 3, 'private providers with a board');
  const withDepartments = d.providers.filter((p) => {
    const n = d.departments.filter((x) => x.providerId === p.id).length;
    return n >= 2 && n <= 3;
  });
  assert.ok(withDepartments.length >= 5, `${withDepartments.length} providers with 2–3 departments`);
  assert.ok(new Set(d.providers.map((p) => p.municipality)).size >= 10, 'varied municipalities');
  assert.ok(d.providers.every((p) => p.targetGroups.length > 0 && p.methods.length > 0 && p.places > 0));
  assert.equal(new Set(d.providers.map((p) => p.name)).size, d.providers.length, 'names are unique');
});

test('about 40 foster families of all three typologies, some without a child in care', () => {
  assert.ok(d.families.length >= 35 && d.families.length <= 45, `${d.families.length} families`);
  for (const typology of TYPOLOGIES) assert.ok(d.families.some((f) => f.typology === typology), typology);
  assert.ok(d.families.every((f) => f.childrenInCare >= 0 && f.childrenInCare <= 3));
  assert.ok(d.families.filter((f) => f.childrenInCare === 0).length >= 5, 'at least 5 families without a child in care');
  assert.ok(d.families.filter((f) => f.approvedOn !== null).length >= 35, 'approved families have an approval date');
  for (const a of AUTHORITIES) assert.ok(d.families.some((f) => f.authorityId === a.id), a.id);
});

test('inspections in every state and both phases, with risk history, visits and follow-ups', async () => {
  for (const status of ['planned', 'in_progress', 'completed', 'cancelled']) {
    assert.ok(d.inspections.some((i) => i.status === status), `an inspection is ${status}`);
  }
  for (const phase of ['approval', 'operation']) assert.ok(d.inspections.some((i) => i.phase === phase), phase);
  for (const risk of ['green', 'yellow', 'red']) assert.ok(d.inspections.some((i) => i.risk === risk), risk);
  assert.equal(new Set(d.inspections.map((i) => i.title)).size, d.inspections.length, 'titles are unique');
  for (const i of d.inspections) {
    const model = t.services.registry.get(i.modelId);
    assert.equal(i.modelVersion, model?.version, `${i.title}: model version`);
    assert.ok((i.providerId === null) !== (i.fosterFamilyId === null), `${i.title}: provider or foster family`);
    const history = d.riskChanges.filter((r) => r.inspectionId === i.id);
    assert.ok(history.length >= 1 && history.every((r) => r.reason.length > 20), `${i.title}: risk history with reasons`);
    assert.equal(history.at(-1)!.risk, i.risk, `${i.title}: the current risk is the latest change`);
  }
  assert.ok(d.riskChanges.some((r) => r.risk !== 'green'), 'some risk was raised');
  assert.ok(d.visits.some((v) => v.status === 'held'));
  assert.ok(d.visits.some((v) => v.status === 'planned'));
  const aborted = d.visits.filter((v) => v.status === 'aborted');
  assert.equal(aborted.length, 1, 'one visit aborted on arrival');
  assert.match(aborted[0]!.note, /afbrudt ved ankomst/);
  assert.ok(d.visits.some((v) => v.announced) && d.visits.some((v) => !v.announced));
  assert.ok(d.followUps.length > 0 && d.followUps.some((f) => f.collectedOn === null) && d.followUps.some((f) => f.collectedOn !== null));
  for (const f of d.followUps) {
    const i = d.inspections.find((x) => x.id === f.inspectionId)!;
    const model = modelOf(i.modelId);
    assert.equal(model.kind, 'binary');
    if (model.kind !== 'binary') continue;
    const marker = model.themes.flatMap((th) => th.criteria.flatMap((c) => c.markers)).find((m) => m.id === f.markerId);
    assert.equal(marker?.investigationDesign[f.stepIndex]?.method, f.method, `${i.title}: follow-up names a step of the marker's design`);
  }
  const seeded = await t.services.db.select().from(auditLog).where(eq(auditLog.action, 'demo.seed'));
  assert.equal(seeded.filter((a) => a.entityType === 'inspection').length, d.inspections.length, 'each demo inspection has an audit entry');
  assert.equal(seeded.filter((a) => a.entityType === 'report').length, d.reports.length, 'each demo report has an audit entry');
});

test('every completed assessment is complete and valid, with justifications as deep as their colour asks', () => {
  const completed = d.inspections.filter((i) => i.status === 'completed');
  assert.ok(completed.length >= 30);
  for (const i of completed) {
    const rows = d.assessments.filter((a) => a.inspectionId === i.id);
    assert.ok(rows.some((r) => r.departmentId === null), `${i.title}: an assessment of the whole`);
    const model = modelOf(i.modelId);
    for (const row of rows) {
      assert.equal(row.modelId, i.modelId);
      assert.equal(row.modelVersion, i.modelVersion);
      const data = row.data as Record<string, unknown>;
      for (const key of ['model', 'phase', 'entity']) assert.ok(!(key in data), `${i.title}: data has no ${key}`);
      const result = evaluate(model, engineInput(i, row), { depth: depth() });
      const where = `${i.title}${row.departmentId ? ` (afdeling)` : ''}`;
      assert.equal(result.valid, true, `${where}: ${JSON.stringify(result.errors)}`);
      assert.deepEqual(result.warnings, [], `${where}: no warnings`);
      if (model.kind === 'binary') {
        const criteria = (data.criteria ?? {}) as Record<string, { result: 'met' | 'not_met'; doubt?: boolean; justification: string }>;
        for (const [id, c] of Object.entries(criteria)) {
          const colour = criterionColour({ result: c.result, doubt: c.doubt ?? false });
          assert.ok(c.justification.trim().length >= DEMO_DEPTH[colour], `${where} ${id}: ${colour} justification of ${c.justification.length} characters`);
        }
        if (row.departmentId) assert.ok(!('economy' in data), `${where}: the economy belongs to the provider as a whole`);
      }
    }
  }
});

test('completed scored assessments: one for a provider, one per department plus the whole for a provider with departments', () => {
  const scored = d.inspections.filter((i) => i.status === 'completed' && i.modelId === 'tilbud-2017');
  assert.ok(scored.length >= 2);
  const departmentCount = (providerId: string | null) => d.departments.filter((x) => x.providerId === providerId).length;
  assert.ok(scored.some((i) => departmentCount(i.providerId) === 0 && d.assessments.filter((a) => a.inspectionId === i.id).length === 1));
  const perDepartment = scored.find((i) => d.assessments.some((a) => a.inspectionId === i.id && a.departmentId !== null));
  assert.ok(perDepartment, 'a scored inspection with department rows');
  const rows = d.assessments.filter((a) => a.inspectionId === perDepartment.id);
  const own = d.departments.filter((x) => x.providerId === perDepartment.providerId).map((x) => x.id).sort();
  assert.deepEqual(rows.filter((r) => r.departmentId).map((r) => r.departmentId).sort(), own, 'one row per department');
  assert.equal(rows.filter((r) => r.departmentId === null).length, 1, 'and one for the provider as a whole');
  // The scored model's applicability rules are exercised: the respite-only provider skips its excluded indicators.
  const respite = d.providers.find((p) => p.flags.includes('aflastning'))!;
  const respiteScored = scored.find((i) => i.providerId === respite.id);
  assert.ok(respiteScored, 'the respite-only provider has a scored assessment');
  const indicators = (d.assessments.find((a) => a.inspectionId === respiteScored.id)!.data as { indicators: Record<string, unknown> }).indicators;
  assert.ok(!('2.c' in indicators) && !('14.c' in indicators));
});

test('decisions on completed inspections without sufficient quality: an injunction with a deadline, enhanced supervision within 6 months', () => {
  assert.ok(d.decisions.length > 0);
  for (const decision of d.decisions) {
    const i = d.inspections.find((x) => x.id === decision.inspectionId)!;
    assert.equal(i.status, 'completed', `${i.title}: decided after completion`);
    const whole = d.assessments.find((a) => a.inspectionId === i.id && a.departmentId === null)!;
    const result = evaluate(modelOf(i.modelId), engineInput(i, whole), { depth: depth() });
    assert.equal(result.kind, 'binary');
    if (result.kind !== 'binary') continue;
    assert.equal(result.sufficientQuality, false, `${i.title}: a decision needs insufficient quality`);
    assert.ok(result.decisionOptions.includes(decision.kind as never), `${i.title}: ${decision.kind} is possible in ${i.phase}`);
    if (decision.kind.includes('injunction')) assert.ok(decision.deadline, `${i.title}: an injunction has a deadline`);
    if (decision.kind.startsWith('enhanced_supervision')) {
      assert.ok(decision.endsOn, `${i.title}: enhanced supervision ends`);
      const limit = new Date(decision.decidedAt);
      limit.setUTCMonth(limit.getUTCMonth() + 6);
      assert.ok(decision.endsOn <= limit.toISOString().slice(0, 10), `${i.title}: at most 6 months`);
    }
  }
  assert.ok(d.decisions.some((x) => x.kind === 'injunction' && x.deadline));
  assert.ok(d.decisions.some((x) => x.kind === 'enhanced_supervision' && x.endsOn));
  for (const i of d.inspections.filter((x) => x.status !== 'completed')) {
    assert.ok(!d.decisions.some((x) => x.inspectionId === i.id), `${i.title}: no decision before completion`);
  }
});

test('in-progress assessments are partial; planned and cancelled inspections have none yet', () => {
  const inProgress = d.inspections.filter((i) => i.status === 'in_progress');
  for (const i of inProgress) {
    const row = d.assessments.find((a) => a.inspectionId === i.id && a.departmentId === null);
    assert.ok(row, `${i.title}: an assessment row`);
    const result = evaluate(modelOf(i.modelId), engineInput(i, row), { depth: depth() });
    assert.equal(result.valid, false, `${i.title}: not complete yet`);
    assert.ok(!result.errors.some((e) => e.code === 'invalid_input' || e.code.startsWith('unknown_')), `${i.title}: the shape is right`);
  }
  assert.ok(
    inProgress.some((i) => Object.keys((d.assessments.find((a) => a.inspectionId === i.id)!.data as { criteria?: object }).criteria ?? {}).length > 0),
    'some are partly assessed',
  );
  for (const i of d.inspections.filter((x) => x.status === 'planned' || x.status === 'cancelled')) {
    assert.ok(!d.assessments.some((a) => a.inspectionId === i.id), `${i.title}: no assessment`);
  }
});

// ── reports ───────────────────────────────────────────────────────────────────────────────

const inspectionOf = (report: (typeof d.reports)[number]) => d.inspections.find((i) => i.id === report.inspectionId)!;
const reportOf = (version: (typeof d.versions)[number]) => d.reports.find((r) => r.id === version.reportId)!;
const dispatchOf = (version: (typeof d.versions)[number]) => d.dispatches.find((x) => x.versionId === version.id);
const lastHeldVisit = (inspectionId: string) =>
  d.visits
    .filter((v) => v.inspectionId === inspectionId && v.status === 'held')
    .map((v) => v.plannedOn)
    .sort()
    .at(-1);
/** The written content a final document was built from (as "Ret rapporten" reads it back). */
function contentOfDocument(document: ReportDocument): ReportContent {
  return {
    overallAssessment: document.overallAssessment,
    themeAssessments: Object.fromEntries(document.themes.filter((th) => th.assessment.trim() !== '').map((th) => [th.id, th.assessment])),
    developmentPoints: [...document.developmentPoints],
    disproportionatelyExpensive: document.economy.disproportionatelyExpensive,
  };
}

test('every report version is sent and is exactly what finalisation stores: no check errors, the same document, hash and public summary', async () => {
  assert.ok(d.versions.length > 0, 'there are report versions');
  for (const v of d.versions) {
    const report = reportOf(v);
    const inspection = inspectionOf(report);
    const where = `${inspection.title} v${v.number}`;
    const document = v.document as ReportDocument;
    const dispatch = dispatchOf(v);
    assert.ok(dispatch, `${where}: sent`);
    assert.equal(report.status, 'sent', `${where}: the report is sent`);

    // The report services' own assembly from the tables, with the version's content, number and date.
    const input = await buildReportInput(t.services, t.services.db, inspection, contentOfDocument(document), {
      version: { number: v.number, supersedes: document.version.supersedes },
      reportDate: document.reportDate ?? undefined,
    });
    const check = checkReport(input, evaluateReport(input, depth()), t.services.reportConfig);
    assert.deepEqual(check.errors, [], `${where}: no check errors`);
    assert.deepEqual(check.warnings, [], `${where}: no warnings`);
    assert.deepEqual(buildReport(input, { depth: depth(), report: t.services.reportConfig }), document, `${where}: the stored document is the one production builds`);
    assert.equal(contentHash(document), v.contentHash, `${where}: content hash`);
    assert.deepEqual(v.publicSummary, publicSummary(document), `${where}: public summary`);

    assert.equal(v.audience, inspection.fosterFamilyId ? 'municipality' : 'public', `${where}: audience`);
    assert.equal(document.audience, v.audience, `${where}: the document's audience`);
    assert.equal(document.reportDate, lastHeldVisit(inspection.id), `${where}: dated the last held visit`);
    assert.equal(document.complete, true, `${where}: complete`);
    assert.equal(v.finalisedBy, report.authorId, `${where}: finalised by the author`);
    assert.equal(dispatch.sentBy, report.authorId, `${where}: sent by the author`);
    const author = d.users.find((u) => u.id === report.authorId);
    assert.equal(author?.role, 'inspector', `${where}: written by an inspector`);
    assert.equal(author?.authorityId, inspection.authorityId, `${where}: of the inspection's authority`);
    assert.ok(v.finalisedAt.toISOString().slice(0, 10) > document.reportDate!, `${where}: finalised after the visit`);
    assert.ok(dispatch.sentAt >= v.finalisedAt, `${where}: sent after finalisation`);
    if (v.number === 1) {
      assert.equal(v.supersedesId, null, `${where}: version 1 supersedes nothing`);
    } else {
      const previous = d.versions.find((x) => x.reportId === v.reportId && x.number === v.number - 1);
      assert.equal(v.supersedesId, previous?.id, `${where}: supersedes the version before`);
      assert.equal(document.version.supersedes, v.number - 1, `${where}: the document says which version it replaces`);
      assert.ok(previous && dispatchOf(previous)!.sentAt < dispatch.sentAt, `${where}: sent after the version it corrects`);
    }
  }
});

test('reports: about 12 published provider reports across authorities and models, two corrected, three for foster families, one in hearing, one in review', () => {
  const sent = d.reports.filter((r) => r.status === 'sent');
  const providerReports = sent.filter((r) => inspectionOf(r).providerId !== null);
  const familyReports = sent.filter((r) => inspectionOf(r).fosterFamilyId !== null);
  const versionsOf = (r: (typeof d.reports)[number]) => d.versions.filter((v) => v.reportId === r.id);

  assert.equal(providerReports.length, 12, 'published provider reports');
  assert.equal(new Set(providerReports.map((r) => inspectionOf(r).authorityId)).size, AUTHORITIES.length, 'from all five authorities');
  const models = new Set(providerReports.map((r) => inspectionOf(r).modelId));
  assert.ok(models.has('tilbud') && models.has('tilbud-2017'), 'on the binary and the scored model');
  const corrected = providerReports.filter((r) => versionsOf(r).length === 2);
  assert.equal(corrected.length, 2, 'two corrected reports');
  assert.ok(providerReports.every((r) => versionsOf(r).length >= 1 && versionsOf(r).every((v) => v.audience === 'public')), 'provider versions are public');
  assert.ok(
    providerReports.some((r) => d.assessments.some((a) => a.inspectionId === r.inspectionId && a.departmentId !== null)),
    'some reports include department assessments',
  );

  const latest = (r: (typeof d.reports)[number]) => versionsOf(r).at(-1)!;
  const summaries = providerReports.map((r) => latest(r).publicSummary as PublicReport);
  assert.ok(summaries.some((s) => s.enhancedSupervision?.endsOn), 'one provider is under enhanced supervision');
  for (const r of providerReports) {
    const s = latest(r).publicSummary as PublicReport;
    if (!s.enhancedSupervision) continue;
    const sentOn = dispatchOf(latest(r))!.sentAt.toISOString().slice(0, 10);
    assert.ok(s.enhancedSupervision.endsOn! >= sentOn, `${inspectionOf(r).title}: enhanced supervision in force when published`);
  }
  const expensive = providerReports.filter((r) => (latest(r).document as ReportDocument).economy.disproportionatelyExpensive);
  assert.equal(expensive.length, 1, 'one provider is disproportionately expensive');
  const doc = latest(expensive[0]!).document as ReportDocument;
  assert.ok(statesDisproportionatelyExpensive(doc.overallAssessment), 'the overall assessment says "uforholdsmæssigt dyrt"');
  assert.ok(statesDisproportionatelyExpensive(doc.economy.justification), 'the economy says "uforholdsmæssigt dyrt"');
  assert.ok(d.versions.filter((v) => v.hearingAnswer).length >= 2, 'some versions carry a hearing answer');

  for (const r of sent) {
    const inspection = inspectionOf(r);
    assert.equal(inspection.status, 'completed', `${inspection.title}: a report of a completed inspection`);
    const review = r.reviewComments as { by: string; byName: string; at: string; decision: string; comment: string }[];
    const manager = d.users.find((u) => u.role === 'manager' && u.authorityId === inspection.authorityId)!;
    assert.equal(review.length, 1, `${inspection.title}: one review in the last round`);
    assert.deepEqual(
      { by: review[0]!.by, byName: review[0]!.byName, decision: review[0]!.decision },
      { by: manager.id, byName: manager.displayName, decision: 'approved' },
      `${inspection.title}: approved by the authority's manager`,
    );
    assert.ok(review[0]!.comment.length > 0 && !Number.isNaN(Date.parse(review[0]!.at)), `${inspection.title}: a comment and a time`);
    assert.ok(r.hearingDeadline !== null, `${inspection.title}: has been in hearing`);
  }

  assert.equal(familyReports.length, 3, 'three foster-family reports');
  for (const r of familyReports) {
    assert.ok(versionsOf(r).length > 0 && versionsOf(r).every((v) => v.audience === 'municipality'), `${inspectionOf(r).title}: for municipalities only`);
  }

  const hearing = d.reports.filter((r) => r.status === 'hearing');
  assert.equal(hearing.length, 1, 'one report in hearing');
  assert.match(hearing[0]!.hearingDeadline ?? '', /^2026-12-\d\d$/, 'the hearing deadline is in December 2026');
  assert.equal(hearing[0]!.hearingAnswer, null, 'not answered yet');
  const review = d.reports.filter((r) => r.status === 'review');
  assert.equal(review.length, 1, 'one report in review');
  assert.equal((review[0]!.reviewComments as { decision: string }[]).at(-1)?.decision, 'returned', 'sent back once, waiting for a new review');
  for (const r of [...hearing, ...review]) {
    assert.equal(versionsOf(r).length, 0, `${inspectionOf(r).title}: no final version yet`);
    assert.equal(inspectionOf(r).providerId !== null, true, `${inspectionOf(r).title}: a provider report`);
  }
  assert.equal(d.reports.length, sent.length + hearing.length + review.length, 'no other report statuses');
});

test("no report exists for any inspection of the provider the browser tests drive", () => {
  const provider = d.providers.find((p) => p.name === BROWSER_TEST_PROVIDER_NAME)!;
  const own = d.inspections.filter((i) => i.providerId === provider.id).map((i) => i.id);
  assert.ok(own.length > 0, 'the provider has inspections');
  assert.equal(d.reports.filter((r) => own.includes(r.inspectionId)).length, 0, `${BROWSER_TEST_PROVIDER_NAME} has no reports`);
});

test('the report texts still fit the assessments they were written for', () => {
  for (const spec of DEMO_REPORT_SPECS) {
    const inspection = d.inspections.find((i) => i.title === spec.inspection)!;
    assert.ok(inspection, `${spec.inspection}: exists`);
    const whole = d.assessments.find((a) => a.inspectionId === inspection.id && a.departmentId === null)!;
    const model = modelOf(inspection.modelId);
    if (model.kind === 'binary') {
      const criteria = (whole.data as { criteria: Record<string, { result: string; doubt?: boolean }> }).criteria;
      const outcomes = Object.fromEntries(
        Object.entries(criteria)
          .map(([id, c]) => [id, c.result === 'not_met' ? 'not_met' : c.doubt ? 'doubt' : 'met'] as const)
          .filter(([, o]) => o !== 'met'),
      );
      assert.deepEqual(outcomes, spec.expects ?? {}, `${spec.inspection}: the criteria the texts describe as doubtful or not met`);
    } else {
      const result = evaluate(model, engineInput(inspection, whole), { depth: depth() });
      assert.equal(result.kind, 'scored', `${spec.inspection}: scored`);
      if (result.kind !== 'scored') continue;
      const averages = Object.fromEntries(result.themes.filter((th) => th.average !== null).map((th) => [th.id, Math.round(th.average! * 10) / 10]));
      assert.deepEqual(averages, spec.expectsAverages ?? {}, `${spec.inspection}: the theme averages the texts describe`);
    }
  }
});

test('the portal shows the published reports: the named provider with its history, foster families only to municipalities', async () => {
  const provider = d.providers.find((p) => p.name === PUBLISHED_DEMO_PROVIDER_NAME);
  assert.ok(provider, `${PUBLISHED_DEMO_PROVIDER_NAME} exists`);
  const page = await getProviderPage(t.services, { id: provider.id });
  assert.equal(page.latest?.version, 2, 'the corrected version is the latest');
  assert.deepEqual(page.history.map((h) => h.version), [1], 'version 1 in the history');
  assert.ok((page.latest?.themes.length ?? 0) >= 5, 'with its theme assessments');

  const publications = await loadProviderPublications(t.services, d.providers.map((p) => p.id));
  assert.equal(publications.size, 12, 'twelve providers have published reports');
  const families = await loadFosterFamilyPublications(t.services, null);
  assert.equal(families.length, 3, 'three foster families for municipalities');
  const familyNames = new Set(d.families.map((f) => f.name));
  assert.ok(families.every((f) => familyNames.has(f.family.name)), 'they are foster families');
});

test('the browser-test inspection is exactly as the browser tests expect', () => {
  const firstNord = d.providers.find((p) => p.authorityId === 'nord')!;
  assert.equal(firstNord.name, 'Bostedet Lærkereden');
  assert.deepEqual(firstNord.legalBases, ['sel-107']);
  assert.deepEqual(firstNord.flags, []);
  assert.equal(BROWSER_TEST_INSPECTION_TITLE, 'Driftsorienteret tilsyn 2026 – Bostedet Lærkereden');
  const matches = d.inspections.filter((i) => i.title === BROWSER_TEST_INSPECTION_TITLE);
  assert.equal(matches.length, 1);
  const i = matches[0]!;
  assert.equal(i.providerId, firstNord.id);
  assert.equal(i.authorityId, 'nord');
  assert.equal(i.phase, 'operation');
  assert.equal(i.modelId, 'tilbud');
  assert.equal(i.modelVersion, t.services.registry.get('tilbud')!.version);
  assert.equal(i.status, 'in_progress');
  assert.equal(i.risk, 'green');
  const v = d.visits.filter((x) => x.inspectionId === i.id);
  assert.equal(v.length, 1);
  assert.equal(v[0]!.status, 'held');
  assert.equal(v[0]!.announced, false);
  const rows = d.assessments.filter((a) => a.inspectionId === i.id);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.departmentId, null);
  assert.deepEqual(rows[0]!.data, { markers: {}, criteria: {} });
  assert.equal(d.decisions.filter((x) => x.inspectionId === i.id).length, 0);
});

test('a Nord foster family without a child in care: a completed earlier assessment and a newer, empty one', () => {
  const family = d.families.find((f) => f.name === NO_CHILD_FOSTER_FAMILY_NAME)!;
  assert.equal(family.authorityId, 'nord');
  assert.equal(family.childrenInCare, 0);
  const own = d.inspections.filter((i) => i.fosterFamilyId === family.id); // oldest first
  assert.equal(own.length, 2);
  const [earlier, newer] = own as [(typeof own)[number], (typeof own)[number]];
  assert.ok(earlier.createdAt < newer.createdAt);
  assert.equal(earlier.status, 'completed');
  assert.equal(earlier.modelId, 'plejefamilie');
  const earlierRow = d.assessments.find((a) => a.inspectionId === earlier.id)!;
  const result = evaluate(modelOf('plejefamilie'), engineInput(earlier, earlierRow), { depth: depth() });
  assert.equal(result.valid, true, JSON.stringify(result.errors));
  assert.equal(newer.status, 'in_progress');
  assert.equal(newer.modelId, 'plejefamilie');
  const newerRows = d.assessments.filter((a) => a.inspectionId === newer.id);
  assert.equal(newerRows.length, 1);
  assert.deepEqual(newerRows[0]!.data, { markers: {}, criteria: {} });
  assert.equal(d.users.find((u) => u.username === 'plejefamilie-demo')?.fosterFamilyId, family.id);
});

test('the demo is deterministic: building it twice gives the same data', () => {
  assert.deepEqual(buildDemoPlan(t.services.registry), buildDemoPlan(t.services.registry));
});

test('the database is no longer empty, and seeding again is refused without writing anything', async () => {
  assert.equal(await isDatabaseEmpty(t.services), false);
  await assert.rejects(seedDemo(t.services), (e: unknown) => e instanceof ServiceError && e.code === 'conflict');
  const again = await load(t.services.db);
  assert.equal(again.providers.length, d.providers.length);
  assert.equal(again.users.length, d.users.length);
  assert.equal(again.inspections.length, d.inspections.length);
});
