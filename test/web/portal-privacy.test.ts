// THE SENTINEL TEST. A unique sentinel string is planted in every private field — criterion
// justifications, marker notes, indicator texts (with their scores), the scored model's criterion
// assessments and conclusion, desk-based reasons, design widenings, decision notes and their basis,
// the economy justification of unpublished versions,
// development points, hearing answers (reports and report_versions), review comments, audit-log
// before/after, user names and usernames (author, finaliser, sender, decider, hearing), department
// names, inspection titles and notes, a draft report's whole content, a final version that was
// never sent, and the foster family's report (for municipalities only) — and a CPR-like number
// in a public field of a sent version. The report versions are built as the report services build
// them: buildReport + publicSummary + contentHash over those inputs. Then every public page, the
// public API and the open-data exports are fetched without a session, with every filter used, and
// no response may contain a sentinel or the CPR number; the published texts must be there. Analytics
// (issue 10) plants a local rule's note and proves its pages show counts, not assessment texts; the
// regions' model (issue 11) plants an institution's traffic light, self-evaluation, local description,
// guiding documents (with a file), step evidence, external evaluation, surveys and competence plan.
import type { LegalBasis } from '../../src/core/model/catalog-parts.ts';
import type { InspectionStatus, ReportStatus, Role } from '../../src/core/vocabulary.ts';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { webSession } from '../support/web-session.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import {
  assessments,
  auditLog,
  decisions,
  designWidenings,
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
  analyticsFacts,
  analyticsLocalRules,
  localDescriptions,
  selfEvaluationEntries,
  selfEvaluations,
  trafficLightItems,
  guidingDocuments,
  stepEvidence,
  externalEvaluations,
  externalEvaluationFindings,
  evaluationActions,
  surveyRounds,
  surveyResults,
  competenceModules,
  competenceParticipants,
  calibrationRounds,
  calibrationInvitations,
  calibrationAnswers,
  calibrationAttachments,
  calibrationDiscussions,
  reviewSamples,
  qualityReviews,
} from '../../src/storage/schema.ts';
import { and, eq } from 'drizzle-orm';
import { rebuildNativeFacts } from '../../src/services/analytics/rebuild-facts.ts';
import { indicatorApplies, markerApplies, themeApplies } from '../../src/core/assessment/applicability.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import type { ScoredModel } from '../../src/core/kinds/scored/catalog.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import { contentHash } from '../../src/core/report/content-hash.ts';
import { publicSummary, type PublicReport } from '../../src/core/report/public-report.ts';
import type { ReportDocument } from '../../src/core/report/report-document.ts';
import { reportEntity } from '../../src/core/report/report-evaluation.ts';
import type { ReportAssessmentData, ReportContent, ReportInput } from '../../src/core/report/report-input.ts';

const CPR = '010203-1234';
// Letters only: eight random hex digits can look like a Danish phone number, which the
// personal-data guard would then (rightly) refuse to publish.
const RUN = randomBytes(4).toString('hex').replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!);
/** Every sentinel planted, so that a leak names the field it came from. */
const planted: string[] = [];
const S = (field: string) => {
  const value = `SENTINEL-${field}-${RUN}`;
  planted.push(value);
  return value;
};

let t: TestServices;
let s: ServiceContext;
let app: ReturnType<typeof createApp>;
let tilbud: BinaryModel;
let plejefamilie: BinaryModel;
let tilbud2017: ScoredModel;

const ids = { solsikken: '', kloever: '', lyset: '', family: '' };
const people = { author: '', finaliser: '', sender: '', decider: '', hearing: '', familyHearing: '' };

/** What the portal must show (and must not hide) for the providers. */
const published = {
  solsikkenOverall: 'Socialtilsynet vurderer, at Bostedet Solsikken har den fornødne kvalitet, og at beboerne trives med faste rutiner i hverdagen.',
  solsikkenTheme: (n: number) => `Offentlig vurdering af tema ${n} for Bostedet Solsikken i anden version: personalet arbejder systematisk med beboernes egne mål.`,
  solsikkenV1Overall: 'Første version af den samlede vurdering af Bostedet Solsikken, som senere blev rettet.',
  kloeverTheme: (n: number) => `Offentlig vurdering af tema ${n} for Botilbuddet Kløverhuset: beboerne deltager i planlægningen af deres dag.`,
  // Seed 004: the economy's assessment is published with the theme assessments.
  solsikkenEconomy: 'Offentlig vurdering af økonomien i Bostedet Solsikken: taksten svarer til indsatsen, og regnskabet er gennemsigtigt.',
  kloeverEconomy: 'Offentlig vurdering af økonomien i Botilbuddet Kløverhuset: økonomien er bæredygtig.',
};

// ---- the rows ---------------------------------------------------------------------------------------

async function addUser(role: Role, field: string, extra: { providerId?: string; fosterFamilyId?: string; authorityId?: string } = {}): Promise<string> {
  const [row] = await s.db
    .insert(users)
    .values({ username: S(`${field}-username`), displayName: S(`${field}-display-name`), email: S(`${field}-email`), passwordHash: 'not-a-hash', role, authorityId: extra.authorityId ?? null, providerId: extra.providerId ?? null, fosterFamilyId: extra.fosterFamilyId ?? null })
    .returning({ id: users.id });
  return row!.id;
}

/** An inspection with a held visit, a risk change, a follow-up and a decision, every note a sentinel. */
async function addInspection(tag: string, entity: { providerId?: string; fosterFamilyId?: string }, model: BinaryModel | ScoredModel, status: InspectionStatus = 'completed'): Promise<string> {
  const [row] = await s.db
    .insert(inspections)
    .values({ authorityId: 'oest', providerId: entity.providerId ?? null, fosterFamilyId: entity.fosterFamilyId ?? null, phase: 'operation', modelId: model.id, modelVersion: model.version, status, risk: 'yellow', title: S(`${tag}-inspection-title`), deskBasedReason: S(`${tag}-desk-based-reason`), leadInspectorId: people.author })
    .returning({ id: inspections.id });
  const id = row!.id;
  await s.db.insert(visits).values({ inspectionId: id, plannedOn: '2025-03-04', status: 'held', note: S(`${tag}-visit-note`) });
  await s.db.insert(riskChanges).values({ inspectionId: id, risk: 'yellow', reason: S(`${tag}-risk-reason`), changedBy: people.author });
  await s.db.insert(followUps).values({ inspectionId: id, markerId: 'k1.1', stepIndex: 0, method: 'interview', note: S(`${tag}-follow-up-note`) });
  await s.db.insert(designWidenings).values({ inspectionId: id, criterionId: 'k1', description: S(`${tag}-design-widening`), addedBy: people.author });
  await s.db.insert(auditLog).values({ actorId: people.author, action: 'update', entityType: 'inspection', entityId: id, before: { note: S(`${tag}-audit-before`) }, after: { note: S(`${tag}-audit-after`) } });
  return id;
}

function binaryData(model: BinaryModel, input: Pick<ReportInput, 'entity'>, tag: string, economyText = S(`${tag}-economy-justification`)): ReportAssessmentData {
  const entity = reportEntity(input);
  const markers: NonNullable<ReportAssessmentData['markers']> = {};
  const markerNotes: Record<string, string> = {};
  const criteria: NonNullable<ReportAssessmentData['criteria']> = {};
  for (const c of model.themes.flatMap((th) => th.criteria)) {
    for (const m of c.markers) {
      markers[m.id] = markerApplies(m, entity) ? 'present' : 'not_applicable';
      markerNotes[m.id] = S(`${tag}-marker-note-${m.id}`);
    }
    criteria[c.id] = { result: 'met', justification: S(`${tag}-criterion-justification-${c.id}`), doubt: false };
  }
  return { markers, markerNotes, criteria, economy: { result: 'met', justification: economyText } };
}

function scoredData(model: ScoredModel, input: Pick<ReportInput, 'entity'>, tag: string, economyText = S(`${tag}-economy-justification`)): ReportAssessmentData {
  const entity = reportEntity(input);
  const indicators: NonNullable<ReportAssessmentData['indicators']> = {};
  let n = 0;
  for (const th of model.themes) {
    if (!themeApplies(th, entity)) continue;
    for (const ind of th.criteria.flatMap((c) => c.indicators)) {
      if (!indicatorApplies(ind, entity)) continue;
      indicators[ind.id] = { score: (n++ % 5) + 1, text: S(`${tag}-indicator-text-${ind.id}`) };
    }
  }
  const criteria = Object.fromEntries(model.themes.flatMap((th) => th.criteria).map((c) => [c.id, { justification: S(`${tag}-criterion-assessment-${c.id}`) }]));
  return { indicators, criteria, economy: { result: 'met', justification: economyText }, conclusion: { sufficientQuality: true, justification: S(`${tag}-conclusion-justification`) } };
}

async function addAssessment(inspectionId: string, model: BinaryModel | ScoredModel, data: ReportAssessmentData, departmentId: string | null = null) {
  await s.db.insert(assessments).values({ inspectionId, departmentId, modelId: model.id, modelVersion: model.version, data, updatedBy: people.author });
}

/** A report row; its review comments and hearing answer are sentinels. */
async function addReport(tag: string, inspectionId: string, status: ReportStatus, content: ReportContent): Promise<string> {
  const [row] = await s.db
    .insert(reports)
    .values({
      inspectionId,
      status,
      content,
      authorId: people.author,
      reviewComments: [{ by: people.finaliser, byName: S(`${tag}-review-by-name`), at: '2025-03-20T10:00:00Z', decision: 'returned', comment: S(`${tag}-review-comment`) }],
      hearingDeadline: '2025-04-01',
      hearingAnswer: S(`${tag}-report-hearing-answer`),
      hearingAnsweredAt: new Date('2025-03-28T10:00:00Z'),
      hearingAnsweredBy: people.hearing,
    })
    .returning({ id: reports.id });
  await s.db.insert(auditLog).values({ actorId: people.author, action: 'update', entityType: 'report', entityId: row!.id, before: { content: S(`${tag}-report-audit-before`) }, after: { content: S(`${tag}-report-audit-after`) } });
  return row!.id;
}

/** A final version as the report services make it; `publish` overrides the stored summary (for the CPR case). */
async function addVersion(
  tag: string,
  reportId: string,
  input: ReportInput,
  options: { sentAt: Date | null; supersedesId?: string | null; summary?: (s: PublicReport) => PublicReport },
): Promise<{ id: string; document: ReportDocument; summary: PublicReport }> {
  const document = buildReport(input, { depth: s.config.documentationDepth, report: s.reportConfig });
  let summary = publicSummary(document);
  if (options.summary) summary = options.summary(summary);
  const [row] = await s.db
    .insert(reportVersions)
    .values({
      reportId,
      number: input.version?.number ?? 1,
      document,
      publicSummary: summary,
      audience: document.audience,
      contentHash: contentHash(document),
      supersedesId: options.supersedesId ?? null,
      hearingAnswer: S(`${tag}-version-hearing-answer`),
      finalisedBy: people.finaliser,
    })
    .returning({ id: reportVersions.id });
  if (options.sentAt) await s.db.insert(reportDispatches).values({ versionId: row!.id, sentBy: people.sender, sentAt: options.sentAt });
  await s.db.insert(auditLog).values({ actorId: people.finaliser, action: 'finalise', entityType: 'report_version', entityId: row!.id, before: { note: S(`${tag}-version-audit-before`) }, after: { note: S(`${tag}-version-audit-after`) } });
  return { id: row!.id, document, summary };
}

function themeTexts(model: BinaryModel | ScoredModel, text: (n: number, id: string) => string): Record<string, string> {
  return Object.fromEntries(model.themes.map((th, i) => [th.id, text(i + 1, th.id)]));
}

const inputBase = (model: BinaryModel | ScoredModel, inspectionId: string, tag: string) => ({
  authority: { id: 'oest', name: 'Socialtilsyn Øst' },
  inspection: { id: inspectionId, title: S(`${tag}-document-inspection-title`), phase: 'operation' as const, modelId: model.id, modelVersion: model.version, risk: 'yellow' as const, visits: [{ plannedOn: '2025-03-04', announced: false, status: 'held' as const }] },
  model,
});

const SOLSIKKEN = { kind: 'provider' as const, name: 'Bostedet Solsikken', municipality: 'Roskilde', legalBases: ['sel-107', 'sel-108'] as LegalBasis[], flags: [] as string[] };
const KLOEVER = { kind: 'provider' as const, name: 'Botilbuddet Kløverhuset', municipality: 'Køge', legalBases: ['sel-107'] as LegalBasis[], flags: [] as string[] };

before(async () => {
  t = await createTestServices();
  s = t.services;
  await seedAuthorities(s);
  app = createApp(s);
  tilbud = s.registry.get('tilbud') as BinaryModel;
  plejefamilie = s.registry.get('plejefamilie') as BinaryModel;
  tilbud2017 = s.registry.get('tilbud-2017') as ScoredModel;

  people.author = await addUser('inspector', 'author', { authorityId: 'oest' });
  people.finaliser = await addUser('manager', 'finaliser', { authorityId: 'oest' });
  people.sender = await addUser('inspector', 'sender', { authorityId: 'oest' });
  people.decider = await addUser('manager', 'decider', { authorityId: 'oest' });

  // ---- Bostedet Solsikken: binary model, a department, two sent versions of the 2025 report,
  // a 2024 report whose sent version has a CPR number in its overall assessment, a draft report
  // and a final version that was never sent.
  const [p1] = await s.db
    .insert(providers)
    .values({ authorityId: 'oest', name: SOLSIKKEN.name, municipality: SOLSIKKEN.municipality, legalBases: SOLSIKKEN.legalBases, targetGroups: ['Voksne med udviklingshæmning'], methods: [S('provider-method')], places: 12 })
    .returning({ id: providers.id });
  ids.solsikken = p1!.id;
  people.hearing = await addUser('provider', 'hearing', { providerId: ids.solsikken });
  const [dept] = await s.db.insert(departments).values({ providerId: ids.solsikken, name: S('department-name'), places: 6 }).returning({ id: departments.id });

  const i1 = await addInspection('solsikken-2025', { providerId: ids.solsikken }, tilbud);
  await s.db.insert(decisions).values({ inspectionId: i1, kind: 'injunction', deadline: '2099-06-01', note: S('solsikken-decision-note'), canMeetSoon: true, basisReason: S('solsikken-decision-basis'), decidedBy: people.decider });
  const data1 = binaryData(tilbud, { entity: SOLSIKKEN }, 'solsikken-2025', published.solsikkenEconomy);
  const deptData = binaryData(tilbud, { entity: SOLSIKKEN }, 'solsikken-department');
  await addAssessment(i1, tilbud, data1);
  await addAssessment(i1, tilbud, deptData, dept!.id);
  const content = (overall: string, theme: (n: number) => string): ReportContent => ({
    overallAssessment: overall,
    themeAssessments: themeTexts(tilbud, (n) => theme(n)),
    developmentPoints: [S('solsikken-development-point-1'), S('solsikken-development-point-2')],
    disproportionatelyExpensive: false,
  });
  const r1 = await addReport('solsikken-2025', i1, 'sent', content(published.solsikkenOverall, published.solsikkenTheme));
  const input1 = (number: number, overall: string, theme: (n: number) => string): ReportInput => ({
    ...inputBase(tilbud, i1, `solsikken-2025-v${number}`),
    entity: SOLSIKKEN,
    assessment: { data: data1 },
    departmentAssessments: [{ departmentId: dept!.id, departmentName: S(`solsikken-v${number}-department-assessment-name`), data: deptData }],
    content: content(overall, theme),
    decision: { kind: 'injunction', deadline: '2099-06-01', note: S(`solsikken-v${number}-document-decision-note`) },
    version: { number, supersedes: number > 1 ? number - 1 : null },
    reportDate: number === 1 ? '2025-04-01' : '2025-04-20',
  });
  const v1 = await addVersion('solsikken-2025-v1', r1, input1(1, published.solsikkenV1Overall, (n) => `Første version af temavurdering ${n} for Bostedet Solsikken.`), { sentAt: new Date('2025-04-02T09:00:00Z') });
  await addVersion('solsikken-2025-v2', r1, input1(2, published.solsikkenOverall, published.solsikkenTheme), { sentAt: new Date('2025-04-22T09:00:00Z'), supersedesId: v1.id });

  const i0 = await addInspection('solsikken-2024', { providerId: ids.solsikken }, tilbud);
  const data0 = binaryData(tilbud, { entity: SOLSIKKEN }, 'solsikken-2024');
  await addAssessment(i0, tilbud, data0);
  const r0Content = content('Samlet vurdering fra 2024.', (n) => `Temavurdering ${n} fra 2024.`);
  const r0 = await addReport('solsikken-2024', i0, 'sent', r0Content);
  await addVersion('solsikken-2024-v1', r0, { ...inputBase(tilbud, i0, 'solsikken-2024'), entity: SOLSIKKEN, assessment: { data: data0 }, content: r0Content, reportDate: '2024-05-01' }, {
    sentAt: new Date('2024-05-03T09:00:00Z'),
    // The CPR-like number in a public field of a sent version: stored as if a check had missed it.
    summary: (sum) => ({ ...sum, overallAssessment: `Samlet vurdering fra 2024. Borgeren med CPR-nummer ${CPR} blev interviewet.`, themes: sum.themes.map((th, i) => (i === 0 ? { ...th, assessment: `Oplyst ved ${CPR}.` } : th)) }),
  });

  const i2 = await addInspection('solsikken-draft', { providerId: ids.solsikken }, tilbud, 'in_progress');
  await addAssessment(i2, tilbud, binaryData(tilbud, { entity: SOLSIKKEN }, 'solsikken-draft'));
  await addReport('solsikken-draft', i2, 'draft', {
    overallAssessment: S('draft-overall-assessment'),
    themeAssessments: themeTexts(tilbud, (n) => S(`draft-theme-assessment-${n}`)),
    developmentPoints: [S('draft-development-point')],
    disproportionatelyExpensive: true,
  });

  const i3 = await addInspection('solsikken-unsent', { providerId: ids.solsikken }, tilbud);
  const data3 = binaryData(tilbud, { entity: SOLSIKKEN }, 'solsikken-unsent');
  await addAssessment(i3, tilbud, data3);
  const unsentContent: ReportContent = { overallAssessment: S('unsent-overall-assessment'), themeAssessments: themeTexts(tilbud, (n) => S(`unsent-theme-assessment-${n}`)), developmentPoints: [S('unsent-development-point')], disproportionatelyExpensive: false };
  const r3 = await addReport('solsikken-unsent', i3, 'final', unsentContent);
  await addVersion('solsikken-unsent-v1', r3, { ...inputBase(tilbud, i3, 'solsikken-unsent'), entity: SOLSIKKEN, assessment: { data: data3 }, content: unsentContent, reportDate: '2026-01-10' }, { sentAt: null });

  // ---- Botilbuddet Kløverhuset: the scored model (scores, spider web, indicator texts), enhanced
  // supervision in force, and the CPR-like number in the overall assessment of its latest sent version.
  const [p2] = await s.db
    .insert(providers)
    .values({ authorityId: 'oest', name: KLOEVER.name, municipality: KLOEVER.municipality, legalBases: KLOEVER.legalBases, targetGroups: ['Voksne med sindslidelse'], methods: [S('kloever-method')], places: 20 })
    .returning({ id: providers.id });
  ids.kloever = p2!.id;
  const i4 = await addInspection('kloever', { providerId: ids.kloever }, tilbud2017);
  await s.db.insert(decisions).values({ inspectionId: i4, kind: 'enhanced_supervision', endsOn: '2099-01-01', note: S('kloever-decision-note'), canMeetSoon: true, basisReason: S('kloever-decision-basis'), decidedBy: people.decider });
  const data4 = scoredData(tilbud2017, { entity: KLOEVER }, 'kloever', published.kloeverEconomy);
  await addAssessment(i4, tilbud2017, data4);
  const kloeverContent: ReportContent = { overallAssessment: 'Botilbuddet Kløverhuset leverer en stabil indsats.', themeAssessments: themeTexts(tilbud2017, (n) => published.kloeverTheme(n)), developmentPoints: [S('kloever-development-point')], disproportionatelyExpensive: false };
  const r4 = await addReport('kloever', i4, 'sent', kloeverContent);
  await addVersion('kloever-v1', r4, { ...inputBase(tilbud2017, i4, 'kloever'), entity: KLOEVER, assessment: { data: data4 }, content: kloeverContent, decision: { kind: 'enhanced_supervision', endsOn: '2099-01-01', note: S('kloever-document-decision-note') }, reportDate: '2025-09-01' }, {
    sentAt: new Date('2025-09-03T09:00:00Z'),
    summary: (sum) => ({ ...sum, overallAssessment: `Botilbuddet Kløverhuset leverer en stabil indsats. Sagen vedrører ${CPR}.` }),
  });

  // ---- Herberget Lyset: nothing published.
  const [p3] = await s.db.insert(providers).values({ authorityId: 'oest', name: 'Herberget Lyset', municipality: 'Roskilde', legalBases: ['sel-110'], targetGroups: ['Hjemløse voksne'], methods: [S('lyset-method')] }).returning({ id: providers.id });
  ids.lyset = p3!.id;

  // ---- A foster family: its sent report is for municipalities only.
  const [f] = await s.db
    .insert(fosterFamilies)
    .values({ authorityId: 'oest', name: S('family-name'), municipality: 'Roskilde', typology: 'almindelig', childrenInCare: 1 })
    .returning({ id: fosterFamilies.id });
  ids.family = f!.id;
  people.familyHearing = await addUser('provider', 'family-hearing', { fosterFamilyId: ids.family });
  const family = { kind: 'fosterFamily' as const, name: S('family-document-name'), municipality: 'Roskilde', typology: 'almindelig', childrenInCare: 1 };
  const i5 = await addInspection('family', { fosterFamilyId: ids.family }, plejefamilie);
  const data5 = binaryData(plejefamilie, { entity: family }, 'family');
  await addAssessment(i5, plejefamilie, data5);
  const familyContent: ReportContent = { overallAssessment: S('family-overall-assessment'), themeAssessments: themeTexts(plejefamilie, (n) => S(`family-theme-assessment-${n}`)), developmentPoints: [S('family-development-point')], disproportionatelyExpensive: false };
  const r5 = await addReport('family', i5, 'sent', familyContent);
  await addVersion('family-v1', r5, { ...inputBase(plejefamilie, i5, 'family'), entity: family, assessment: { data: data5 }, content: familyContent, reportDate: '2025-10-01' }, { sentAt: new Date('2025-10-02T09:00:00Z') });

  // ---- Analytics (issue 10): the facts of the final versions, a local rule's note, and one
  // indicator whose text is flagged as contradicting its score (the consistency list quotes it).
  await s.db.transaction((tx) => rebuildNativeFacts(tx, s.registry));
  await s.db.insert(analyticsLocalRules).values({ authorityId: 'oest', situation: 'without_child', rule: 'score_1_all', note: S('local-rule-note') });
  await s.db.update(analyticsFacts).set({ consistency: 'scale_wording' }).where(and(eq(analyticsFacts.itemKind, 'indicator'), eq(analyticsFacts.authorityId, 'oest')));

  // ---- The regions' model (issue 11): an institution's traffic light, self-evaluation and local description.
  await s.db.insert(trafficLightItems).values({ providerId: ids.kloever, unit: S('traffic-light-unit'), matter: S('traffic-light-matter'), colour: 'yellow', agreedOn: '2025-06-01', agreedWith: S('traffic-light-agreed-with') });
  const [selfEvaluation] = await s.db.insert(selfEvaluations).values({ providerId: ids.kloever, status: 'submitted', submittedOn: '2025-06-02' }).returning({ id: selfEvaluations.id });
  await s.db.insert(selfEvaluationEntries).values({ selfEvaluationId: selfEvaluation!.id, standardId: 'kommunikation', position: S('self-evaluation-position'), distance: S('self-evaluation-distance'), gaps: S('self-evaluation-gaps'), action: S('self-evaluation-action'), actionOwner: S('self-evaluation-action-owner') });
  await s.db.insert(localDescriptions).values({ providerId: ids.kloever, standardId: 'kommunikation', version: 1, text: S('local-description'), status: 'approved' });
  // Steps with evidence, the external evaluation, surveys and the competence plan.
  await s.db.insert(guidingDocuments).values({ providerId: ids.kloever, standardId: 'kommunikation', title: S('guiding-document-title'), kind: 'instruks', fileName: S('guiding-document-file-name'), fileType: 'text/plain; charset=utf-8', fileData: new TextEncoder().encode(`SENTINEL-guiding-document-file-${RUN}`), owner: S('guiding-document-owner'), reviewOn: '2027-01-01', sharedAsExample: true });
  await s.db.insert(stepEvidence).values({ providerId: ids.kloever, standardId: 'kommunikation', step: 2, kind: 'staff_asked', heldOn: '2025-06-03', description: S('step-evidence-description') });
  const [evaluation] = await s.db.insert(externalEvaluations).values({ providerId: ids.kloever, status: 'final', plannedOn: '2025-05-01', finalOn: '2025-06-01', report: S('external-evaluation-report'), institutionComment: S('external-evaluation-comment') }).returning({ id: externalEvaluations.id });
  await s.db.insert(externalEvaluationFindings).values({ evaluationId: evaluation!.id, standardId: 'kommunikation', finding: 'partly', justification: S('external-evaluation-justification') });
  await s.db.insert(evaluationActions).values({ evaluationId: evaluation!.id, standardId: 'kommunikation', action: S('evaluation-action'), owner: S('evaluation-action-owner'), deadline: '2025-12-01' });
  const [round] = await s.db.insert(surveyRounds).values({ providerId: ids.kloever, audience: 'relatives', heldOn: '2025-04-01', invited: 10, responded: 5 }).returning({ id: surveyRounds.id });
  await s.db.insert(surveyResults).values({ roundId: round!.id, questionNo: 1, question: S('survey-question'), answers: 5, positive: 4 });
  const [module] = await s.db.insert(competenceModules).values({ providerId: ids.kloever, topic: S('competence-topic'), targetGroup: S('competence-target-group'), startsOn: '2025-01-01', endsOn: '2025-02-01' }).returning({ id: competenceModules.id });
  await s.db.insert(competenceParticipants).values({ moduleId: module!.id, name: S('competence-participant') });

  // ---- Consistency (issue 13): a closed calibration round — its case, file, reasons and discussion —
  // and a quality review's comments and summary on a published report.
  const calibrator = await addUser('inspector', 'calibration-inspector', { authorityId: 'oest' });
  const [calibration] = await s.db.insert(calibrationRounds).values({ title: S('calibration-title'), ownerId: people.author, ownerAuthorityId: 'oest', caseText: S('calibration-case'), modelId: tilbud2017.id, modelVersion: tilbud2017.version, itemIds: ['1.a'], deadline: '2030-01-01', status: 'closed', closedAt: new Date() }).returning({ id: calibrationRounds.id });
  await s.db.insert(calibrationInvitations).values([{ roundId: calibration!.id, userId: calibrator, authorityId: 'oest' }, { roundId: calibration!.id, userId: people.author, authorityId: 'oest' }]);
  await s.db.insert(calibrationAnswers).values({ roundId: calibration!.id, userId: calibrator, itemId: '1.a', value: '4', reason: S('calibration-reason') });
  await s.db.insert(calibrationAttachments).values({ roundId: calibration!.id, fileName: S('calibration-file-name'), fileType: 'text/plain; charset=utf-8', fileData: new TextEncoder().encode(`SENTINEL-calibration-file-${RUN}`) });
  await s.db.insert(calibrationDiscussions).values({ roundId: calibration!.id, itemId: '1.a', note: S('calibration-discussion'), agreedValue: '4' });
  const [sampled] = await s.db.select({ id: reportVersions.id }).from(reportVersions).limit(1);
  const [sample] = await s.db.insert(reviewSamples).values({ authorityId: 'oest', periodFrom: '2020-01-01', periodTo: '2030-01-01', size: 1, strata: [], seed: 1, versionIds: [sampled!.id] }).returning({ id: reviewSamples.id });
  await s.db.insert(qualityReviews).values({ sampleId: sample!.id, versionId: sampled!.id, authorityId: 'oest', inspectorId: people.author, points: { economy_assessed: { met: false, comment: S('quality-review-comment') } }, summary: S('quality-review-summary') });
});
after(() => t.close());

// ---- what is fetched -------------------------------------------------------------------------------------

/** Every filter combination used in the portal tests, as query strings (none of them holds a sentinel). */
const FILTERS: Record<string, string>[] = [
  {},
  { navn: 'Solsikken' },
  { navn: 'bo' },
  { navn: 'kløver' },
  { navn: '%' },
  { navn: '_' },
  { kommune: 'Roskilde' },
  { kommune: 'køge' },
  { lovgrundlag: 'sel-107' },
  { lovgrundlag: 'sel-110' },
  { målgruppe: 'udviklingshæmning' },
  { målgruppe: 'voksne' },
  { navn: 'bo', kommune: 'Roskilde' },
  { kommune: 'Roskilde', lovgrundlag: 'sel-108' },
  { navn: 'bo', målgruppe: 'sindslidelse' },
  { navn: 'bo', kommune: 'Roskilde', lovgrundlag: 'sel-107', målgruppe: 'voksne' },
  { navn: 'findes ikke' },
  { lovgrundlag: 'ugyldig' },
];

const qs = (f: Record<string, string>) => {
  const q = new URLSearchParams(f).toString();
  return q ? `?${q}` : '';
};

function publicPaths(): string[] {
  const paths: string[] = [];
  for (const f of FILTERS) {
    for (const base of ['/portal', '/api/portal/providers', '/portal/open-data', '/portal/open-data.csv', '/portal/open-data.json', '/api/portal/open-data.json']) paths.push(`${base}${qs(f)}`);
  }
  for (const id of [ids.solsikken, ids.kloever, ids.lyset, ids.family]) paths.push(`/portal/providers/${id}`, `/api/portal/providers/${id}`);
  paths.push('/portal/providers/ikke-et-id', '/api/portal/providers/ikke-et-id', '/api/openapi.json', '/municipality/foster-families');
  return paths;
}

type Fetched = { path: string; status: number; body: string };
let cache: Fetched[] | null = null;

/** Every public response, fetched once without a session. */
async function fetchAll(): Promise<Fetched[]> {
  if (cache) return cache;
  const out: Fetched[] = [];
  for (const path of publicPaths()) {
    const res = await app.request(path);
    out.push({ path, status: res.status, body: await res.text() });
  }
  cache = out;
  return out;
}

const get = async (path: string) => (await fetchAll()).find((f) => f.path === path) ?? assert.fail(`not fetched: ${path}`);

// ---- the tests -------------------------------------------------------------------------------------------------

test('the sentinels are planted: every one is stored somewhere in the database', async () => {
  const tables = [users, providers, departments, fosterFamilies, inspections, visits, riskChanges, followUps, designWidenings, decisions, assessments, auditLog, reports, reportVersions, analyticsLocalRules, trafficLightItems, selfEvaluationEntries, localDescriptions, guidingDocuments, stepEvidence, externalEvaluations, externalEvaluationFindings, evaluationActions, surveyResults, competenceModules, competenceParticipants, calibrationRounds, calibrationAnswers, calibrationAttachments, calibrationDiscussions, qualityReviews];
  const dump = (await Promise.all(tables.map((table) => s.db.select().from(table)))).map((rows) => JSON.stringify(rows)).join('\n');
  const missing = planted.filter((p) => !dump.includes(p));
  assert.deepEqual(missing, [], 'every planted sentinel is stored');
  assert.ok(planted.length > 150, `many private fields are covered (${planted.length})`);
  const versions = await s.db.select({ summary: reportVersions.publicSummary }).from(reportVersions);
  assert.ok(JSON.stringify(versions).includes('SENTINEL-solsikken-2024-economy-justification'), 'an earlier version\'s economy is in a stored public_summary; only the latest version\'s is published');
  assert.ok(JSON.stringify(versions).includes(CPR), 'the CPR-like number is in a stored public_summary');
});

test('no public page, API response or export contains a sentinel or the CPR-like number', async () => {
  const fetched = await fetchAll();
  assert.ok(fetched.length > 100, `every public response is fetched (${fetched.length})`);
  const leaks: string[] = [];
  for (const f of fetched) {
    if (f.body.includes('SENTINEL')) {
      const which = planted.filter((p) => f.body.includes(p));
      leaks.push(`${f.path}: ${which.length ? which.join(', ') : 'SENTINEL'}`);
    }
    if (f.body.includes(CPR) || f.body.includes(CPR.replace('-', ''))) leaks.push(`${f.path}: CPR`);
  }
  assert.deepEqual(leaks, [], 'no private field leaves through a public response');
});

test('the public responses answer as expected, without a session', async () => {
  for (const f of await fetchAll()) {
    const expected =
      f.path.includes('lovgrundlag=ugyldig') && !f.path.startsWith('/portal/open-data?') ? 400
      : f.path.includes(ids.family) || f.path.includes('ikke-et-id') ? 404
      : f.path === '/municipality/foster-families' ? 302
      : 200;
    assert.equal(f.status, expected, `status of ${f.path}`);
  }
  const csv = await app.request('/portal/open-data.csv');
  assert.match(csv.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/, 'CSV in UTF-8');
  const bytes = new Uint8Array(await csv.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with the UTF-8 byte order mark');
  assert.ok(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).startsWith('\uFEFFtilbud_id,tilbud,kommune,'), 'then the header row');
});

test('the published overall assessment and theme assessments do appear', async () => {
  const page = (await get(`/portal/providers/${ids.solsikken}`)).body;
  assert.ok(page.includes(published.solsikkenOverall), 'the overall assessment of the latest version is on the page');
  for (let n = 1; n <= tilbud.themes.length; n++) assert.ok(page.includes(published.solsikkenTheme(n)), `theme ${n} is on the page`);
  for (const th of tilbud.themes) assert.ok(page.includes(`>${th.title}<`), `the theme title ${th.title} is a heading`);
  assert.ok(page.includes(published.solsikkenV1Overall), 'the earlier version is in the history');
  assert.ok(page.includes('[Teksten er tilbageholdt]'), 'the 2024 overall assessment with the CPR-like number is withheld');
  assert.ok(!page.includes('Første version af temavurdering'), 'the history shows overall assessments only');

  const kloever = (await get(`/portal/providers/${ids.kloever}`)).body;
  assert.ok(kloever.includes('[Teksten er tilbageholdt]'), 'the latest overall assessment with the CPR-like number is withheld');
  assert.ok(!kloever.includes('leverer en stabil indsats'), 'no part of the withheld text is shown');
  for (const [n, th] of tilbud2017.themes.entries()) {
    if (th.id === 'organisation-og-ledelse' && !themeApplies(th, reportEntity({ entity: KLOEVER }))) continue;
    assert.ok(kloever.includes(published.kloeverTheme(n + 1)), `scored theme ${th.id} is on the page`);
  }
  assert.ok(kloever.includes('Skærpet tilsyn indtil 1. januar 2099'), 'enhanced supervision in force is shown');

  const api = JSON.parse((await get(`/api/portal/providers/${ids.solsikken}`)).body) as { provider: { latest: { overallAssessment: string; themes: { assessment: string }[] } } };
  assert.equal(api.provider.latest.overallAssessment, published.solsikkenOverall, 'the API has the overall assessment');
  assert.deepEqual(api.provider.latest.themes.map((th) => th.assessment), tilbud.themes.map((_, i) => published.solsikkenTheme(i + 1)), 'the API has the theme assessments');
  assert.equal((api.provider.latest as { economy?: string }).economy, published.solsikkenEconomy, 'and the economy (seed 004: published with the theme assessments)');
  assert.ok(page.includes('<h4 id="theme-economy">Økonomi</h4>') && page.includes(published.solsikkenEconomy), 'the page shows the economy with the themes');
  assert.ok(kloever.includes(published.kloeverEconomy), 'also for the scored model');
  for (const path of ['/portal/open-data.csv', '/portal/open-data.json', '/api/portal/open-data.json', '/portal/open-data.csv?kommune=Roskilde']) {
    const body = (await get(path)).body;
    assert.ok(body.includes(published.solsikkenOverall), `${path} has the overall assessment`);
    assert.ok(body.includes(published.solsikkenTheme(3)), `${path} has the theme assessments`);
    assert.ok(body.includes(published.solsikkenEconomy), `${path} has the economy`);
  }
  const search = (await get('/portal?navn=Solsikken')).body;
  assert.ok(search.includes('Bostedet Solsikken') && search.includes('22. april 2025'), 'the search shows the provider and the date of its latest report');
  assert.ok(!(await get('/portal?navn=kl%C3%B8ver')).body.includes('Bostedet Solsikken'), 'the search filters');
});

test('no scores, spider web or development points on public pages', async () => {
  for (const f of await fetchAll()) {
    if (f.path === '/api/openapi.json') continue; // describes the whole API, not published data
    for (const word of [/spindelvæv/i, /score/i, /udviklingspunkt/i]) assert.ok(!word.test(f.body), `${f.path} does not contain ${word}`);
  }
});

test('the sentinels are reachable where they belong: the municipalities page shows the foster family', async () => {
  const municipality = await webSession(s, 'kommune-roskilde', 'municipality');
  const res = await app.request('/municipality/foster-families', { headers: { cookie: municipality.cookie } });
  assert.equal(res.status, 200, 'a municipality user may read the conclusions');
  const body = await res.text();
  assert.ok(body.includes('SENTINEL-family-overall-assessment'), 'the foster family overall assessment is there');
  assert.ok(body.includes('SENTINEL-family-theme-assessment-1'), 'and its theme assessments');
  assert.ok(!body.includes('SENTINEL-family-development-point') && !body.includes('SENTINEL-family-criterion'), 'but no development points or criterion detail');
  const inspector = await webSession(s, 'inspektoer-oest', 'inspector', 'oest');
  const refused = await app.request('/municipality/foster-families', { headers: { cookie: inspector.cookie } });
  assert.equal(refused.status, 403, 'an inspector is refused');
  assert.ok(!(await refused.text()).includes('SENTINEL-family'), 'and sees nothing of it');
});

// Issue 10: analytics show counts, never the texts of assessments — except the consistency list,
// for those who may read the assessment anyway. The local rule's note is analytics' own field.
test('analytics: no assessment text on the overview, its CSVs, situations or annual figures; the consistency list quotes only for who may read', async () => {
  const auditor = await webSession(s, 'revisor-sentinel', 'auditor');
  const get = async (path: string, cookie: string) => {
    const res = await app.request(path, { headers: { cookie } });
    return { status: res.status, body: await res.text() };
  };
  const pages = ['/analytics', '/analytics?model=tilbud', '/analytics?model=plejefamilie', '/analytics?model=tilbud-2017&source=native&from=2020&to=2026',
    ...['distribution', 'heat', 'trend', 'funnel'].map((t) => `/analytics/data.csv?table=${t}&model=tilbud-2017`), '/analytics/situations', '/analytics/annual?authorityId=oest&year=2025',
    '/analytics/annual.csv?authorityId=oest&year=2025', '/analytics/annual.json?authorityId=oest&year=2025', '/analytics/annual.html?authorityId=oest&year=2025', '/analytics/consistency.csv'];
  const scored = await get('/analytics?model=tilbud-2017', auditor.cookie);
  assert.equal(scored.status, 200);
  assert.ok(scored.body.includes('Socialtilsyn Øst'), 'the facts are there');
  for (const path of pages) {
    const r = await get(path, auditor.cookie);
    assert.equal(r.status, 200, path);
    const leaked = planted.filter((v) => r.body.includes(v) && !v.includes('local-rule-note'));
    assert.deepEqual(leaked, [], `${path} shows no assessment text`);
  }
  assert.ok((await get('/analytics/situations', auditor.cookie)).body.includes('SENTINEL-local-rule-note'), 'the local rule note is on the situations page');
  const list = await get('/analytics/consistency', auditor.cookie);
  assert.ok(list.body.includes('SENTINEL-kloever-indicator'), 'the auditor may read the flagged assessment');
  const managerNord = await webSession(s, 'leder-nord-sentinel', 'manager', 'nord');
  const other = await get('/analytics/consistency', managerNord.cookie);
  assert.equal(other.status, 200);
  assert.ok(!other.body.includes('SENTINEL-'), 'a manager of another authority sees the rates only');
  for (const [name, role] of [['inspektoer-sentinel', 'inspector'], ['kommune-sentinel', 'municipality']] as const) {
    const session = await webSession(s, name, role, role === 'inspector' ? 'oest' : null);
    for (const path of ['/analytics', '/analytics/consistency', '/analytics/data.csv?table=distribution']) assert.equal((await get(path, session.cookie)).status, 403, `${role} ${path}`);
  }
  for (const path of ['/analytics', '/analytics/consistency']) {
    const anonymous = await app.request(path);
    assert.ok([302, 303, 401].includes(anonymous.status), `${path} without a session: ${anonymous.status}`);
  }
});

test('consistency: the case, its file, the reasons, the discussion and the review\'s words stay inside the authority', async () => {
  const get = async (path: string, cookie?: string) => {
    const res = await app.request(path, cookie ? { headers: { cookie } } : {});
    return { status: res.status, body: await res.text() };
  };
  const [round] = await s.db.select({ id: calibrationRounds.id }).from(calibrationRounds);
  const auditor = await webSession(s, 'revisor-consistency', 'auditor');
  const summary = await get('/consistency/quality-review/authorities?from=2000-01-01&to=2100-12-31', auditor.cookie);
  assert.equal(summary.status, 200);
  assert.ok(!summary.body.includes('SENTINEL-quality-review'), 'the auditor\'s summary holds counts, not words');
  assert.ok((await get(`/consistency/calibration/${round!.id}`, auditor.cookie)).body.includes('SENTINEL-calibration-reason'), 'the auditor reads a closed round\'s reasons');
  const outsider = await webSession(s, 'leder-syd-consistency', 'manager', 'syd');
  for (const path of [`/consistency/calibration/${round!.id}`, `/api/calibration/${round!.id}`]) {
    const r = await get(path, outsider.cookie);
    assert.equal(r.status, 403, `another authority's manager: ${path}`);
    assert.ok(!r.body.includes('SENTINEL-'), path);
  }
  for (const path of ['/consistency', `/consistency/calibration/${round!.id}`, '/api/calibration']) {
    const r = await get(path);
    assert.ok([302, 303, 401].includes(r.status), `${path} without a session: ${r.status}`);
    assert.ok(!r.body.includes('SENTINEL-'), path);
  }
});
