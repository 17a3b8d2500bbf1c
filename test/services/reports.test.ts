// The report lifecycle against a real (in-memory) database: draft → review → hearing → final →
// sent, corrections as new versions, who may do what in every use case, the report checks that
// stop a finalisation (with their codes), the immutable final version with its content hash,
// optimistic concurrency and the audit trail of every transition.
import { createReport } from '../../src/services/reports/create-report.ts';
import type { InspectionStatus } from '../../src/core/vocabulary.ts';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { makeActor, makeActors, seedAuthorities } from '../support/fixtures.ts';
import { analyticsFacts, assessments, auditLog, fosterFamilies, inspections, providers, reportDispatches, reports, reportVersions, visits } from '../../src/storage/schema.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { ServiceError } from '../../src/services/service-error.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import { markerApplies } from '../../src/core/assessment/applicability.ts';
import { contentHash } from '../../src/core/report/content-hash.ts';
import type { ReportDocument } from '../../src/core/report/report-document.ts';
import type { ReportContentInput } from '../../src/core/report/report-input.ts';
import { getReport } from '../../src/services/reports/get-report.ts';
import { saveReportDraft } from '../../src/services/reports/save-report-draft.ts';
import { submitForReview } from '../../src/services/reports/submit-for-review.ts';
import { reviewReport } from '../../src/services/reports/review-report.ts';
import { sendToHearing } from '../../src/services/reports/send-to-hearing.ts';
import { answerHearing } from '../../src/services/reports/answer-hearing.ts';
import { finaliseReport } from '../../src/services/reports/finalise-report.ts';
import { sendReport } from '../../src/services/reports/send-report.ts';
import { correctReport } from '../../src/services/reports/correct-report.ts';
import { listFinalReports } from '../../src/services/reports/list-final-reports.ts';
import { getReportVersion } from '../../src/services/reports/get-report-version.ts';
import { renderReportVersion } from '../../src/services/reports/render-report-version.ts';
import { getHearingDraft } from '../../src/services/reports/get-hearing-draft.ts';
import { listHearingDrafts } from '../../src/services/reports/list-hearing-drafts.ts';
import { recordDecision } from '../../src/services/inspections/record-decision.ts';
import { todayInDenmark } from '../../src/core/calendar.ts';
import { rebuildFacts } from '../../src/services/analytics/rebuild-facts.ts';
import { assertCountsMatchFacts } from '../support/analytics-counts.ts';

let t: TestServices;
let ctx: ServiceContext;
let actors: Awaited<ReturnType<typeof makeActors>>;
let colleague: Actor;
let providerUser: Actor;
let otherProviderUser: Actor;
let familyUser: Actor;
let tilbud: BinaryModel;
let providerId = '';
let otherProviderId = '';
let familyId = '';

const ENTITY = { legalBases: ['sel-107'] as never[], flags: [] as never[] };
const JUSTIFICATION = 'Belyst ved uanmeldt besøg med interview af tre medarbejdere og lederen samt dokumentanalyse af to handleplaner.';

/** A complete, valid assessment of the tilbud model: every applicable marker present, every criterion met, the economy met. */
function completeAssessment(model: BinaryModel) {
  const markers: Record<string, string> = {};
  const criteria: Record<string, { result: 'met'; justification: string; doubt: boolean }> = {};
  for (const c of model.themes.flatMap((th) => th.criteria)) {
    for (const m of c.markers) markers[m.id] = markerApplies(m, ENTITY) ? 'present' : 'not_applicable';
    criteria[c.id] = { result: 'met', justification: JUSTIFICATION, doubt: false };
  }
  return { markers, criteria, economy: { result: 'met', justification: 'Regnskabet viser et lille overskud, og taksten svarer til niveauet hos sammenlignelige bosteder i regionen.' } };
}

/** Written content that passes every report check. */
function validContent(model: BinaryModel = tilbud): ReportContentInput {
  return {
    overallAssessment:
      'Socialtilsynet vurderer, at Bostedet Solsikken har den fornødne kvalitet. Beboerne fortalte, at de selv planlægger ugens aktiviteter, og personalet følger aftalerne op hver uge.',
    themeAssessments: Object.fromEntries(
      model.themes.map((th) => [th.id, `Ved besøget talte vi med to beboere og tre medarbejdere om hverdagen i køkkenhaven og på værkstedet (tema ${th.number}). Dagbøgerne fra efteråret viste, at aftalerne blev fulgt.`]),
    ),
    developmentPoints: ['Bostedet kan overveje at invitere de pårørende til et årligt fællesmøde om aktiviteterne.'],
    disproportionatelyExpensive: false,
  };
}

let counter = 0;
async function setupInspection(options: { status?: InspectionStatus; providerId?: string; fosterFamilyId?: string; data?: unknown; authorityId?: string; modelId?: string } = {}): Promise<string> {
  counter += 1;
  const model = ctx.registry.get(options.modelId ?? 'tilbud')!;
  const [row] = await ctx.db
    .insert(inspections)
    .values({
      authorityId: options.authorityId ?? 'nord',
      providerId: options.fosterFamilyId ? null : options.providerId ?? providerId,
      fosterFamilyId: options.fosterFamilyId ?? null,
      phase: 'operation',
      modelId: model.id,
      modelVersion: model.version,
      status: options.status ?? 'completed',
      title: `Driftsorienteret tilsyn ${2000 + counter} – Bostedet Solsikken`,
    })
    .returning();
  await ctx.db.insert(visits).values({ inspectionId: row!.id, plannedOn: '2026-03-04', announced: false, status: 'held', note: 'Uanmeldt besøg.' });
  await ctx.db.insert(assessments).values({ inspectionId: row!.id, modelId: model.id, modelVersion: model.version, data: options.data ?? completeAssessment(tilbud) });
  return row!.id;
}

const refuses = async (p: Promise<unknown>, code: ServiceError['code'], what: string) =>
  assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof ServiceError, `${what}: expected a ServiceError, got ${String(e)}`);
    assert.equal(e.code, code, `${what}: expected ${code}, got ${e.code} (${e.message})`);
    return true;
  });

const version = async (inspectionId: string) => (await getReport(ctx, actors.inspectorNord, { inspectionId })).report.version;

/** Draft with valid content → review → approved → hearing (deadline today). */
async function toHearing(inspectionId: string, content: ReportContentInput = validContent()): Promise<void> {
  await createReport(ctx, actors.inspectorNord, { inspectionId });
  await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), content });
  await submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) });
  await reviewReport(ctx, actors.managerNord, { inspectionId, expectedVersion: await version(inspectionId), decision: 'approve' });
  await sendToHearing(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), deadline: todayInDenmark(new Date()) });
}

async function toFinal(inspectionId: string): Promise<string> {
  await toHearing(inspectionId);
  await answerHearing(ctx, providerUser, { inspectionId, expectedVersion: await version(inspectionId), answer: 'Vi har ingen bemærkninger til de faktiske forhold.' });
  const { version: v } = await finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) });
  return v.id;
}

before(async () => {
  t = await createTestServices();
  ctx = t.services;
  await seedAuthorities(ctx);
  actors = await makeActors(ctx);
  colleague = await makeActor(ctx, 'inspector', { authorityId: 'nord' });
  tilbud = ctx.registry.get('tilbud') as BinaryModel;
  const [p] = await ctx.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Solsikken', municipality: 'Aalborg', legalBases: ['sel-107'] }).returning();
  providerId = p!.id;
  const [q] = await ctx.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Anden', municipality: 'Hjørring', legalBases: ['sel-107'] }).returning();
  otherProviderId = q!.id;
  const [f] = await ctx.db.insert(fosterFamilies).values({ authorityId: 'nord', name: 'Familien Hede', municipality: 'Thisted', typology: 'almindelig', childrenInCare: 1 }).returning();
  familyId = f!.id;
  providerUser = await makeActor(ctx, 'provider', { providerId });
  otherProviderUser = await makeActor(ctx, 'provider', { providerId: otherProviderId });
  familyUser = await makeActor(ctx, 'provider', { fosterFamilyId: familyId });
});
after(async () => {
  await t?.close();
});

describe('the whole lifecycle', () => {
  let inspectionId = '';
  let reportId = '';
  let versionId = '';

  test('an inspector opens the report: the draft is created, with the checks and a preview', async () => {
    inspectionId = await setupInspection();
    await createReport(ctx, actors.inspectorNord, { inspectionId });
    const view = await getReport(ctx, actors.inspectorNord, { inspectionId });
    reportId = view.report.id;
    assert.equal(view.report.status, 'draft', 'a new report is a draft');
    assert.equal(view.report.version, 1, 'the first version is 1');
    assert.ok(view.permissions.edit && view.permissions.submit, 'the inspector may edit and submit the draft');
    assert.ok(!view.permissions.review, 'the author may not review');
    const codes = view.check.errors.map((e) => e.code);
    assert.ok(codes.includes('overall_missing'), 'an empty draft misses the overall assessment');
    assert.ok(codes.includes('theme_assessment_missing'), 'an empty draft misses the theme assessments');
    assert.equal(view.document.entity.name, 'Bostedet Solsikken');
    assert.equal(view.document.version.number, 1, 'the preview is version 1');
    const again = await getReport(ctx, actors.managerNord, { inspectionId });
    assert.equal(again.report.id, reportId, 'a second open finds the same report');
  });

  test('the inspector writes the report and sends it to quality review', async () => {
    const saved = await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 1, content: validContent() });
    assert.equal(saved.version, 2, 'a save is one version up');
    assert.deepEqual(saved.check.errors, [], 'valid content gives no errors');
    const unchanged = await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 2, content: validContent() });
    assert.equal(unchanged.changed, false, 'saving the same content writes nothing');
    assert.equal(unchanged.version, 2, 'an unchanged save keeps the version');
    const submitted = await submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 2 });
    assert.equal(submitted.status, 'review');
    await refuses(saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 3, content: validContent() }), 'conflict', 'no edits in review');
  });

  test('the author may not review; a colleague sends it back with a comment; the manager approves', async () => {
    await refuses(reviewReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 3, decision: 'approve' }), 'forbidden', 'the author reviews');
    await refuses(reviewReport(ctx, colleague, { inspectionId, expectedVersion: 3, decision: 'return' }), 'invalid', 'sending back needs a comment');
    const returned = await reviewReport(ctx, colleague, { inspectionId, expectedVersion: 3, decision: 'return', comment: 'Uddyb temaet om sundhed med et konkret eksempel.' });
    assert.equal(returned.status, 'draft', 'sent back to draft');
    const content = validContent();
    content.themeAssessments = { ...content.themeAssessments, [tilbud.themes[2]!.id]: 'Vi så medicinskemaerne for tre beboere, og personalet forklarede, hvordan de følger op på lægeaftaler samme dag.' };
    await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 4, content });
    await submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 5 });
    await refuses(sendToHearing(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 6, deadline: todayInDenmark(new Date()) }), 'conflict', 'hearing before approval');
    const approved = await reviewReport(ctx, actors.managerNord, { inspectionId, expectedVersion: 6, decision: 'approve', comment: 'Fint.' });
    assert.equal(approved.status, 'review', 'an approval keeps the report in review until it goes to hearing');
    const view = await getReport(ctx, actors.inspectorNord, { inspectionId });
    assert.equal(view.report.approved, true, 'the report is approved');
    assert.deepEqual(view.report.reviewComments.map((c) => c.decision), ['returned', 'approved']);
    assert.ok(view.permissions.sendToHearing, 'the inspector may now send it to hearing');
    await refuses(reviewReport(ctx, colleague, { inspectionId, expectedVersion: 7, decision: 'approve' }), 'conflict', 'a second approval');
  });

  test('the inspector sends it to hearing with a deadline; the provider reads and answers', async () => {
    await refuses(sendToHearing(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 7, deadline: '2020-01-01' }), 'invalid', 'a deadline in the past');
    await refuses(sendToHearing(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 7, deadline: '' }), 'invalid', 'no deadline');
    const deadline = todayInDenmark(new Date(Date.now() + 14 * 86_400_000));
    const inHearing = await sendToHearing(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 7, deadline });
    assert.equal(inHearing.status, 'hearing');
    assert.equal(inHearing.hearingDeadline, deadline);

    await refuses(finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 8 }), 'conflict', 'finalising before the answer or the deadline');
    await refuses(saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 8, content: validContent() }), 'conflict', 'editing while the provider reads');

    const drafts = (await listHearingDrafts(ctx, providerUser)).items;
    assert.deepEqual(drafts.map((d) => d.inspectionId), [inspectionId], 'the provider user sees its draft in hearing');
    assert.deepEqual((await listHearingDrafts(ctx, otherProviderUser)).items, [], 'another provider sees nothing');
    const draft = await getHearingDraft(ctx, providerUser, { inspectionId });
    assert.ok(draft.canAnswer, 'the provider may answer');
    assert.equal(draft.document.overallAssessment, validContent().overallAssessment);
    await refuses(getHearingDraft(ctx, otherProviderUser, { inspectionId }), 'forbidden', 'another provider reads the draft');

    await refuses(answerHearing(ctx, providerUser, { inspectionId, expectedVersion: 8, answer: '   ' }), 'invalid', 'an empty answer');
    const answered = await answerHearing(ctx, providerUser, { inspectionId, expectedVersion: 8, answer: 'Antallet af pladser er 12, ikke 10.' });
    assert.equal(answered.hearingAnswer, 'Antallet af pladser er 12, ikke 10.');
    assert.equal(answered.hearingAnsweredBy, providerUser.id);
    await refuses(answerHearing(ctx, providerUser, { inspectionId, expectedVersion: 9, answer: 'Igen.' }), 'conflict', 'a second answer');
  });

  test('after the answer the inspector may take it in and finalise: an immutable version with hash, summary and answer', async () => {
    const content = validContent();
    content.overallAssessment += ' Bostedet har 12 pladser.';
    const saved = await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 9, content });
    const { report, version } = await finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: saved.version });
    versionId = version.id;
    assert.equal(report.status, 'final');
    assert.equal(version.number, 1);
    assert.equal(version.supersedesId, null);
    assert.equal(version.audience, 'public', 'a provider report is public');
    assert.equal(version.hearingAnswer, 'Antallet af pladser er 12, ikke 10.', 'the hearing answer is kept with the version');
    const document = version.document as ReportDocument;
    assert.match(version.contentHash, /^[0-9a-f]{64}$/, 'a SHA-256 hex hash');
    assert.equal(version.contentHash, contentHash(document), 'the hash is of the stored document');
    assert.ok(document.overallAssessment.endsWith('12 pladser.'), 'the document carries the taken-in answer');
    assert.equal(document.complete, true, 'the document is complete');
    const summary = version.publicSummary as Record<string, unknown>;
    assert.equal(summary.overallAssessment, document.overallAssessment);
    assert.ok(!('developmentPoints' in summary), 'development points are never published');
    assert.equal((summary.themes as unknown[]).length, tilbud.themes.length, 'every theme assessment is in the summary');
    await refuses(saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: report.version, content }), 'conflict', 'a final report is not edited');
  });

  test('the final version cannot be changed or deleted in the database', async () => {
    await assert.rejects(
      ctx.db.update(reportVersions).set({ contentHash: 'tampered' }).where(eq(reportVersions.id, versionId)),
      (e: unknown) => /immutable/.test(String((e as Error).message) + String((e as { cause?: Error }).cause?.message ?? '')),
      'an UPDATE is refused by the trigger',
    );
    await assert.rejects(ctx.db.delete(reportVersions).where(eq(reportVersions.id, versionId)), Error, 'a DELETE is refused');
    await assert.rejects(ctx.db.execute(sql`update report_versions set document = '{}'::jsonb where id = ${versionId}`), Error, 'raw SQL is refused too');
  });

  test('sending publishes the version; the provider user then reads it', async () => {
    const before = await listFinalReports(ctx, providerUser);
    assert.deepEqual(before, [], 'a final version not yet sent is not the provider\'s yet');
    await refuses(getReportVersion(ctx, providerUser, { versionId }), 'forbidden', 'the provider reads an unsent version');
    const v = await version(inspectionId);
    await refuses(sendReport(ctx, providerUser, { inspectionId, expectedVersion: v }), 'forbidden', 'the provider sends');
    const sent = await sendReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: v });
    assert.equal(sent.report.status, 'sent');
    assert.equal(sent.versionId, versionId);
    const [dispatch] = await ctx.db.select().from(reportDispatches).where(eq(reportDispatches.versionId, versionId));
    assert.ok(dispatch, 'a dispatch row exists');
    const list = await listFinalReports(ctx, providerUser);
    assert.deepEqual(list.map((i) => i.versionId), [versionId], 'the provider user lists its sent report');
    const detail = await getReportVersion(ctx, providerUser, { versionId });
    assert.equal(detail.number, 1);
    assert.ok(detail.sentAt, 'the version is sent');
  });

  test('rendering the stored version gives the same bytes every time; the JSON hashes to the content hash', async () => {
    const pdf1 = await renderReportVersion(ctx, actors.inspectorNord, { versionId, format: 'pdf' });
    const pdf2 = await renderReportVersion(ctx, actors.auditor, { versionId, format: 'pdf' });
    assert.equal(pdf1.contentType, 'application/pdf');
    assert.equal(pdf1.body.subarray(0, 4).toString('latin1'), '%PDF', 'a PDF');
    assert.ok(pdf1.body.equals(pdf2.body), 'the same PDF bytes every time');
    assert.match(pdf1.fileName, /^driftsorienteret-tilsyn-\d+-bostedet-solsikken-v1\.pdf$/);
    const json = await renderReportVersion(ctx, providerUser, { versionId, format: 'json' });
    const [stored] = await ctx.db.select().from(reportVersions).where(eq(reportVersions.id, versionId));
    assert.equal(createHash('sha256').update(json.body).digest('hex'), stored!.contentHash, 'sha256 of the JSON is the content hash');
    const html = await renderReportVersion(ctx, actors.managerNord, { versionId, format: 'html' });
    const text = html.body.toString('utf8');
    assert.match(text, /^<!doctype html>/);
    assert.ok(text.includes('Bostedet har 12 pladser.'), 'the HTML has the overall assessment');
    await refuses(renderReportVersion(ctx, actors.municipality, { versionId, format: 'pdf' }), 'forbidden', 'a municipality renders');
    await refuses(renderReportVersion(ctx, actors.inspectorNord, { versionId, format: 'docx' as never }), 'invalid', 'an unknown format');
  });

  test('a correction reopens the draft from the last version; the next finalisation is version 2 superseding version 1', async () => {
    await refuses(correctReport(ctx, actors.auditor, { inspectionId, expectedVersion: await version(inspectionId) }), 'forbidden', 'the auditor corrects');
    const corrected = await correctReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), reason: 'Forkert antal pladser.' });
    assert.equal(corrected.status, 'draft');
    const view = await getReport(ctx, actors.inspectorNord, { inspectionId });
    assert.ok(view.report.content.overallAssessment.endsWith('12 pladser.'), 'the draft starts from the last version\'s content');
    assert.deepEqual(view.report.reviewComments, [], 'a new review round');
    assert.equal(view.document.version.number, 2, 'the preview is version 2');

    const content = { ...view.report.content, overallAssessment: `${view.report.content.overallAssessment} Rettet efter afsendelse.` };
    await toHearing(inspectionId, content);
    await answerHearing(ctx, providerUser, { inspectionId, expectedVersion: await version(inspectionId), answer: 'Ingen bemærkninger.' });
    const { version: v2 } = await finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) });
    assert.equal(v2.number, 2);
    assert.equal(v2.supersedesId, versionId, 'version 2 points at version 1');
    assert.equal((v2.document as ReportDocument).version.supersedes, 1, 'the document says it supersedes version 1');
    const [v1] = await ctx.db.select().from(reportVersions).where(eq(reportVersions.id, versionId));
    assert.equal(v1!.contentHash, contentHash(v1!.document), 'version 1 is untouched');

    const staff = await listFinalReports(ctx, actors.inspectorNord, { inspectionId });
    assert.deepEqual(staff.map((i) => [i.number, i.latest, i.supersededBy]), [[2, true, null], [1, false, 2]]);
    const provider = await listFinalReports(ctx, providerUser, { inspectionId });
    assert.deepEqual(provider.map((i) => i.number), [1], 'the provider sees version 2 only once it is sent');
    await sendReport(ctx, actors.managerNord, { inspectionId, expectedVersion: await version(inspectionId) });
    const latest = await getReportVersion(ctx, providerUser, { inspectionId });
    assert.equal(latest.number, 2, 'the newest sent version');
    assert.equal(latest.supersedes?.id, versionId);
  });

  test('every transition left an audit entry', async () => {
    const rows = await ctx.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'report'), eq(auditLog.entityId, reportId))).orderBy(asc(auditLog.id));
    const actions = rows.map((r) => r.action);
    for (const action of ['report.create', 'report.save', 'report.submit', 'report.return', 'report.approve', 'report.hearing', 'report.hearing_answer', 'report.finalise', 'report.send', 'report.correct']) {
      assert.ok(actions.includes(action), `audit entry ${action} is missing (have: ${actions.join(', ')})`);
    }
    assert.equal(actions.filter((a) => a === 'report.finalise').length, 2, 'two finalisations');
    const approve = rows.find((r) => r.action === 'report.approve')!;
    assert.equal(approve.actorId, actors.managerNord.id, 'the approval names the manager');
    const answer = rows.find((r) => r.action === 'report.hearing_answer')!;
    assert.equal(answer.actorId, providerUser.id, 'the answer names the provider user');
    const versionRows = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'report_version'), sql`${auditLog.entityId} in (select id::text from report_versions where report_id = ${reportId})`));
    const versionActions = versionRows.map((r) => r.action).sort();
    assert.deepEqual(versionActions, ['report_version.create', 'report_version.create', 'report_version.send', 'report_version.send']);
  });
});

describe('who may do what', () => {
  let inspectionId = '';
  let otherAuthorityInspection = '';

  before(async () => {
    inspectionId = await setupInspection();
    otherAuthorityInspection = await setupInspection({ authorityId: 'syd' });
  });

  test('opening a report never creates one: the draft is an explicit create, once', async () => {
    const id = await setupInspection();
    await refuses(getReport(ctx, actors.inspectorNord, { inspectionId: id }), 'not_found', 'no report before it is created');
    assert.equal((await ctx.db.select().from(reports).where(eq(reports.inspectionId, id))).length, 0, 'the read wrote nothing');
    await refuses(createReport(ctx, actors.auditor, { inspectionId: id }), 'forbidden', 'the auditor does not create a draft');
    const [a, b] = await Promise.all([createReport(ctx, actors.inspectorNord, { inspectionId: id }), createReport(ctx, actors.managerNord, { inspectionId: id })]);
    assert.equal(a.report.id, b.report.id, 'two creates at once give one draft');
    assert.equal((await ctx.db.select().from(reports).where(eq(reports.inspectionId, id))).length, 1);
  });

  test('opening a report', async () => {
    await refuses(getReport(ctx, actors.auditor, { inspectionId }), 'not_found', 'the auditor does not create a draft');
    for (const [who, actor] of [['other authority', actors.inspectorSyd], ['municipality', actors.municipality], ['provider user', providerUser], ['admin', actors.admin]] as const) {
      await refuses(getReport(ctx, actor, { inspectionId }), 'forbidden', `${who} opens the report`);
    }
    await createReport(ctx, actors.managerNord, { inspectionId });
    const view = await getReport(ctx, actors.managerNord, { inspectionId });
    assert.ok(view.permissions.edit, 'a manager of the authority may write the report');
    const read = await getReport(ctx, actors.auditor, { inspectionId });
    assert.equal(read.report.id, view.report.id, 'the auditor reads the existing draft');
    assert.deepEqual(Object.values(read.permissions).filter(Boolean), [], 'the auditor may only read');
    await refuses(getReport(ctx, actors.inspectorNord, { inspectionId: 'not-a-uuid' }), 'not_found', 'an unknown inspection');
    await refuses(getReport(ctx, actors.inspectorNord, { inspectionId: otherAuthorityInspection }), 'forbidden', 'another authority\'s inspection');
  });

  test('saving and submitting a draft', async () => {
    const v = await version(inspectionId);
    for (const [who, actor] of [['auditor', actors.auditor], ['other authority', actors.inspectorSyd], ['municipality', actors.municipality], ['provider user', providerUser]] as const) {
      await refuses(saveReportDraft(ctx, actor, { inspectionId, expectedVersion: v, content: validContent() }), 'forbidden', `${who} saves`);
      await refuses(submitForReview(ctx, actor, { inspectionId, expectedVersion: v }), 'forbidden', `${who} submits`);
    }
    await refuses(saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: v, content: { overallAssessment: 42 } as never }), 'invalid', 'content of the wrong type');
    await refuses(saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: v, content: { themeAssessments: { nope: 'x' } } }), 'invalid', 'an unknown theme');
    await refuses(saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 'x' as never, content: validContent() }), 'invalid', 'no version');
    await saveReportDraft(ctx, actors.managerNord, { inspectionId, expectedVersion: v, content: validContent() });
    await submitForReview(ctx, actors.managerNord, { inspectionId, expectedVersion: v + 1 });
  });

  test('reviewing: not the author (also a manager), not another authority, not the auditor, provider or municipality', async () => {
    const v = await version(inspectionId);
    await refuses(reviewReport(ctx, actors.managerNord, { inspectionId, expectedVersion: v, decision: 'approve' }), 'forbidden', 'the manager who wrote it approves');
    for (const [who, actor] of [['auditor', actors.auditor], ['other authority', actors.managerSyd], ['municipality', actors.municipality], ['provider user', providerUser]] as const) {
      await refuses(reviewReport(ctx, actor, { inspectionId, expectedVersion: v, decision: 'approve' }), 'forbidden', `${who} approves`);
    }
    await reviewReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: v, decision: 'approve' });
  });

  test('sending to hearing', async () => {
    const v = await version(inspectionId);
    const deadline = todayInDenmark(new Date());
    for (const [who, actor] of [['auditor', actors.auditor], ['other authority', actors.inspectorSyd], ['municipality', actors.municipality], ['provider user', providerUser]] as const) {
      await refuses(sendToHearing(ctx, actor, { inspectionId, expectedVersion: v, deadline }), 'forbidden', `${who} sends to hearing`);
    }
    await refuses(answerHearing(ctx, providerUser, { inspectionId, expectedVersion: v, answer: 'For tidligt.' }), 'conflict', 'an answer before the hearing');
    await sendToHearing(ctx, actors.managerNord, { inspectionId, expectedVersion: v, deadline });
  });

  test('answering the hearing: only the provider user of the entity', async () => {
    const v = await version(inspectionId);
    for (const [who, actor] of [['other provider', otherProviderUser], ['foster family', familyUser], ['inspector', actors.inspectorNord], ['auditor', actors.auditor], ['municipality', actors.municipality]] as const) {
      await refuses(answerHearing(ctx, actor, { inspectionId, expectedVersion: v, answer: 'Svar.' }), 'forbidden', `${who} answers`);
    }
    await refuses(getHearingDraft(ctx, actors.municipality, { inspectionId }), 'forbidden', 'a municipality reads the hearing draft');
    await refuses(listHearingDrafts(ctx, actors.municipality), 'forbidden', 'a municipality lists hearing drafts');
    const late = { ...ctx, now: () => new Date(Date.now() + 3 * 86_400_000) };
    await refuses(answerHearing(late, providerUser, { inspectionId, expectedVersion: v, answer: 'For sent.' }), 'conflict', 'an answer after the deadline');
    await refuses(finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: v }), 'conflict', 'finalising while the hearing runs');
  });

  test('after the deadline the inspector may move on without an answer; finalising and sending need report.write', async () => {
    const late = { ...ctx, now: () => new Date(Date.now() + 3 * 86_400_000) };
    const v = await version(inspectionId);
    for (const [who, actor] of [['auditor', actors.auditor], ['other authority', actors.inspectorSyd], ['municipality', actors.municipality], ['provider user', providerUser]] as const) {
      await refuses(finaliseReport(late, actor, { inspectionId, expectedVersion: v }), 'forbidden', `${who} finalises`);
    }
    const { version: final } = await finaliseReport(late, actors.inspectorNord, { inspectionId, expectedVersion: v });
    assert.equal(final.hearingAnswer, null, 'no answer was given');
    for (const [who, actor] of [['auditor', actors.auditor], ['other authority', actors.inspectorSyd], ['municipality', actors.municipality]] as const) {
      await refuses(sendReport(ctx, actor, { inspectionId, expectedVersion: v + 1 }), 'forbidden', `${who} sends`);
      await refuses(correctReport(ctx, actor, { inspectionId, expectedVersion: v + 1 }), 'forbidden', `${who} corrects`);
    }
    await refuses(correctReport(ctx, actors.inspectorNord, { inspectionId: otherAuthorityInspection, expectedVersion: 1 }), 'not_found', 'correcting a report that does not exist');
  });

  test('reading final versions', async () => {
    const [item] = await listFinalReports(ctx, actors.inspectorNord, { inspectionId });
    assert.ok(item, 'the inspector lists the final version');
    const versionId = item.versionId;
    assert.deepEqual(await listFinalReports(ctx, actors.inspectorSyd, { inspectionId }), [], 'another authority lists nothing of Nord');
    await refuses(listFinalReports(ctx, actors.inspectorSyd, { authorityId: 'nord' }), 'forbidden', 'another authority asks for Nord');
    await refuses(listFinalReports(ctx, actors.municipality), 'forbidden', 'a municipality lists final reports');
    await refuses(listFinalReports(ctx, actors.auditor, { authorityId: 'atlantis' }), 'invalid', 'an unknown authority');
    assert.ok((await listFinalReports(ctx, actors.auditor)).some((i) => i.versionId === versionId), 'the auditor lists all');
    assert.ok((await listFinalReports(ctx, actors.auditor, { authorityId: 'nord' })).some((i) => i.versionId === versionId), 'the auditor lists Nord');
    await refuses(getReportVersion(ctx, actors.inspectorSyd, { versionId }), 'forbidden', 'another authority reads the version');
    await refuses(getReportVersion(ctx, actors.municipality, { versionId }), 'forbidden', 'a municipality reads the version');
    await refuses(getReportVersion(ctx, otherProviderUser, { versionId }), 'forbidden', 'another provider reads the version');
    await refuses(getReportVersion(ctx, actors.auditor, { versionId: '00000000-0000-4000-8000-000000000000' }), 'not_found', 'an unknown version');
    await refuses(getReportVersion(ctx, actors.auditor, { inspectionId: otherAuthorityInspection }), 'not_found', 'an inspection without a final report');
    const read = await getReportVersion(ctx, actors.auditor, { versionId });
    assert.equal(read.id, versionId, 'the auditor reads it');
    await sendReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) });
    assert.equal((await listFinalReports(ctx, otherProviderUser)).length, 0, 'another provider still lists nothing');
  });

  test('a foster family report is for municipalities, never public', async () => {
    const familyInspection = await setupInspection({ fosterFamilyId: familyId, modelId: 'plejefamilie', data: completeFamilyAssessment() });
    const family = ctx.registry.get('plejefamilie') as BinaryModel;
    await toHearing(familyInspection, validContent(family));
    await refuses(answerHearing(ctx, familyUser, { inspectionId: familyInspection, expectedVersion: await version(familyInspection), answer: '' }), 'invalid', 'an answer without text');
    await refuses(answerHearing(ctx, providerUser, { inspectionId: familyInspection, expectedVersion: await version(familyInspection), answer: 'Ikke vores.' }), 'forbidden', 'a provider answers for a foster family');
    await answerHearing(ctx, familyUser, { inspectionId: familyInspection, expectedVersion: await version(familyInspection), answer: 'Vi er enige.' });
    const { version: v } = await finaliseReport(ctx, actors.inspectorNord, { inspectionId: familyInspection, expectedVersion: await version(familyInspection) });
    assert.equal(v.audience, 'municipality', 'a foster family report goes to municipalities only');
  });
});

function completeFamilyAssessment() {
  const model = ctx.registry.get('plejefamilie') as BinaryModel;
  const entity = { legalBases: [] as never[], flags: [] as never[], typology: 'almindelig' as const };
  const markers: Record<string, string> = {};
  const criteria: Record<string, unknown> = {};
  for (const c of model.themes.flatMap((th) => th.criteria)) {
    for (const m of c.markers) markers[m.id] = markerApplies(m, entity) ? 'present' : 'not_applicable';
    criteria[c.id] = { result: 'met', justification: JUSTIFICATION, doubt: false };
  }
  return { markers, criteria, economy: { result: 'met', justification: 'Familiens økonomi er stabil, og der er ingen gæld eller restancer ifølge de fremsendte kontoudtog.' } };
}

describe('finalising is refused with the report check\'s codes', () => {
  let inspectionId = '';

  before(async () => {
    inspectionId = await setupInspection();
    await toHearing(inspectionId);
    await answerHearing(ctx, providerUser, { inspectionId, expectedVersion: await version(inspectionId), answer: 'Ingen bemærkninger.' });
  });

  async function refusedWith(content: ReportContentInput, code: string, what: string): Promise<void> {
    const saved = await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), content });
    assert.ok(saved.check.errors.some((e) => e.code === code), `${what}: the save already shows ${code}`);
    await assert.rejects(finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: saved.version }), (e: unknown) => {
      assert.ok(e instanceof ServiceError, `${what}: a ServiceError`);
      assert.equal(e.code, 'invalid', `${what}: invalid, got ${e.code}: ${e.message}`);
      const codes = e.fields.map((f) => (f as { code?: string }).code);
      assert.ok(codes.includes(code), `${what}: expected ${code}, got ${codes.join(', ')}`);
      return true;
    });
  }

  test('a CPR number', async () => {
    const c = validContent();
    await refusedWith({ ...c, overallAssessment: `${c.overallAssessment} Beboeren med CPR-nummer 010203-1234 blev interviewet.` }, 'personal_data', 'CPR');
  });

  test('an "Opmærksomhedspunkt" paragraph', async () => {
    const c = validContent();
    const first = tilbud.themes[0]!.id;
    await refusedWith({ ...c, themeAssessments: { ...c.themeAssessments, [first]: `${c.themeAssessments![first]}\n\nOpmærksomhedspunkt: handleplanerne opdateres sjældent.` } }, 'attention_point', 'Opmærksomhedspunkt');
  });

  test('a development point that describes a deficiency', async () => {
    await refusedWith({ ...validContent(), developmentPoints: ['Der mangler opdaterede handleplaner for tre beboere.'] }, 'development_point_deficiency', 'mangler');
  });

  test('a missing theme assessment', async () => {
    const c = validContent();
    const { [tilbud.themes[1]!.id]: _gone, ...rest } = c.themeAssessments!;
    await refusedWith({ ...c, themeAssessments: rest }, 'theme_assessment_missing', 'missing theme');
  });

  test('disproportionately expensive, not stated', async () => {
    await refusedWith({ ...validContent(), disproportionatelyExpensive: true }, 'disproportionately_expensive_unstated', 'expensive');
  });

  test('engine errors: an incomplete assessment', async () => {
    const [row] = await ctx.db.select().from(assessments).where(eq(assessments.inspectionId, inspectionId));
    const data = structuredClone(row!.data) as ReturnType<typeof completeAssessment>;
    const firstCriterion = tilbud.themes[0]!.criteria[0]!.id;
    delete (data.criteria as Record<string, unknown>)[firstCriterion];
    await ctx.db.update(assessments).set({ data }).where(eq(assessments.id, row!.id));
    try {
      await refusedWith(validContent(), 'engine_errors', 'incomplete assessment');
    } finally {
      await ctx.db.update(assessments).set({ data: row!.data }).where(eq(assessments.id, row!.id));
    }
  });

  test('an inspection that is not completed', async () => {
    await ctx.db.update(inspections).set({ status: 'in_progress' }).where(eq(inspections.id, inspectionId));
    try {
      const saved = await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), content: validContent() });
      await assert.rejects(finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: saved.version }), (e: unknown) => {
        assert.ok(e instanceof ServiceError && e.fields.some((f) => (f as { code?: string }).code === 'inspection_not_completed'), 'inspection_not_completed');
        return true;
      });
    } finally {
      await ctx.db.update(inspections).set({ status: 'completed' }).where(eq(inspections.id, inspectionId));
    }
  });

  test('with clean content it finalises; nothing was stored by the refusals', async () => {
    const saved = await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), content: validContent() });
    const { version: v } = await finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: saved.version });
    assert.equal(v.number, 1, 'the refused finalisations stored no version');
  });
});

describe('optimistic concurrency', () => {
  test('a stale expectedVersion is a conflict, and nothing is written', async () => {
    const inspectionId = await setupInspection();
    await createReport(ctx, actors.inspectorNord, { inspectionId });
    await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 1, content: validContent() });
    await assert.rejects(
      saveReportDraft(ctx, colleague, { inspectionId, expectedVersion: 1, content: { overallAssessment: 'Min version.' } }),
      (e: unknown) => e instanceof ServiceError && e.code === 'conflict' && /ændret af en anden/.test(e.message),
      'a save from the old version',
    );
    await refuses(submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: 1 }), 'conflict', 'a submit from the old version');
    const [row] = await ctx.db.select().from(reports).where(eq(reports.inspectionId, inspectionId));
    assert.equal(row!.version, 2, 'still version 2');
    assert.equal(row!.status, 'draft', 'still a draft');
    assert.equal((row!.content as { overallAssessment: string }).overallAssessment, validContent().overallAssessment, 'the first save stands');
  });

  test('a cancelled inspection gets no report', async () => {
    const inspectionId = await setupInspection({ status: 'cancelled' });
    await refuses(createReport(ctx, actors.inspectorNord, { inspectionId }), 'conflict', 'a report on a cancelled inspection');
  });
});

describe('issue 9, item 17: the report checks guard every step, not only finalisation', () => {
  const withErrors = (): ReportContentInput => ({
    ...validContent(),
    overallAssessment: `${validContent().overallAssessment} Opmærksomhedspunkt: kontakt lederen på leder@solsikken.dk eller 010190-1234.`,
  });
  const fieldsOf = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      assert.ok(e instanceof ServiceError && e.code === 'invalid', String(e));
      return { message: e.message, codes: e.fields.map((f) => (f as { code?: string }).code) };
    }
    assert.fail('expected the step to be refused');
  };

  test('a draft with an attention point and personal data is not sent to review, and stays a draft', async () => {
    const inspectionId = await setupInspection();
    await createReport(ctx, actors.inspectorNord, { inspectionId });
    await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), content: withErrors() });
    const refused = await fieldsOf(submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) }));
    assert.match(refused.message, /^Rapporten kan ikke sendes til kvalitetssikring: der er \d+ fejl/);
    assert.ok(refused.codes.includes('attention_point'));
    assert.ok(refused.codes.includes('personal_data'));
    assert.equal((await getReport(ctx, actors.inspectorNord, { inspectionId })).report.status, 'draft');
  });

  test('an assessment that became incomplete during review blocks approval and hearing', async () => {
    const inspectionId = await setupInspection();
    await createReport(ctx, actors.inspectorNord, { inspectionId });
    await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), content: validContent() });
    await submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) });
    const complete = completeAssessment(tilbud);
    const { k1: _gone, ...criteria } = complete.criteria;
    await ctx.db.update(assessments).set({ data: { ...complete, criteria } }).where(eq(assessments.inspectionId, inspectionId));
    const refused = await fieldsOf(reviewReport(ctx, actors.managerNord, { inspectionId, expectedVersion: await version(inspectionId), decision: 'approve' }));
    assert.match(refused.message, /^Rapporten kan ikke godkendes/);
    // Sending back with a comment is always possible.
    await reviewReport(ctx, actors.managerNord, { inspectionId, expectedVersion: await version(inspectionId), decision: 'return', comment: 'Kriterium 1 mangler.' });
    assert.equal((await getReport(ctx, actors.inspectorNord, { inspectionId })).report.status, 'draft');
  });

  test('an approved report whose assessment changed is not sent to hearing', async () => {
    const inspectionId = await setupInspection();
    await createReport(ctx, actors.inspectorNord, { inspectionId });
    await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), content: validContent() });
    await submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) });
    await reviewReport(ctx, actors.managerNord, { inspectionId, expectedVersion: await version(inspectionId), decision: 'approve' });
    const complete = completeAssessment(tilbud);
    await ctx.db.update(assessments).set({ data: { ...complete, economy: undefined } }).where(eq(assessments.inspectionId, inspectionId));
    const refused = await fieldsOf(sendToHearing(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), deadline: todayInDenmark(new Date()) }));
    assert.match(refused.message, /^Rapporten kan ikke sendes i høring/);
    assert.equal((await getReport(ctx, actors.inspectorNord, { inspectionId })).report.status, 'review');
  });
});

test('issue 9, item 12: a report is not sent to review while its inspection has no held visit (unless desk-based)', async () => {
  const inspectionId = await setupInspection({ status: 'in_progress' });
  await ctx.db.delete(visits).where(eq(visits.inspectionId, inspectionId));
  await createReport(ctx, actors.inspectorNord, { inspectionId });
  await saveReportDraft(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId), content: validContent() });
  await assert.rejects(submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) }), (e: unknown) => {
    assert.ok(e instanceof ServiceError && e.code === 'invalid');
    assert.deepEqual(e.fields.map((f) => (f as { code?: string }).code), ['visit_missing']);
    return true;
  });
  await ctx.db.update(inspections).set({ deskBasedReason: 'Skriftlig opfølgning på påbud.' }).where(eq(inspections.id, inspectionId));
  await submitForReview(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) });
});

describe('issue 9, item 11: "Er der ikke den fornødne kvalitet …, skal socialtilsynet træffe afgørelse"', () => {
  const insufficient = () => {
    const data = completeAssessment(tilbud);
    const k1 = tilbud.themes[0]!.criteria[0]!;
    return { ...data, markers: { ...data.markers, [k1.markers[0]!.id]: 'absent' }, criteria: { ...data.criteria, [k1.id]: { result: 'not_met', justification: `${JUSTIFICATION} `.repeat(6), doubt: false } } };
  };
  const basis = { canMeetSoon: true, basisReason: 'Ledelsen har en realistisk plan for målgruppebeskrivelsen.' };

  test('with sufficient quality no sanction decision can be recorded', async () => {
    const inspectionId = await setupInspection();
    await assert.rejects(recordDecision(ctx, actors.managerNord, { inspectionId, kind: 'injunction', deadline: '2099-01-01', ...basis }), (e: unknown) => {
      assert.ok(e instanceof ServiceError && e.code === 'invalid');
      assert.match(e.fields[0]!.message, /fornøden kvalitet: der træffes ikke en afgørelse/);
      return true;
    });
  });

  test('without sufficient quality the report is not finalised until a decision is recorded', async () => {
    const inspectionId = await setupInspection({ data: insufficient() });
    await toHearing(inspectionId);
    await answerHearing(ctx, providerUser, { inspectionId, expectedVersion: await version(inspectionId), answer: 'Ingen bemærkninger.' });
    await assert.rejects(finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) }), (e: unknown) => {
      assert.ok(e instanceof ServiceError);
      assert.ok(e.fields.some((f) => (f as { code?: string }).code === 'decision_missing'), JSON.stringify(e.fields));
      return true;
    });
    await recordDecision(ctx, actors.managerNord, { inspectionId, kind: 'injunction', deadline: '2099-01-01', ...basis });
    const { version: v } = await finaliseReport(ctx, actors.inspectorNord, { inspectionId, expectedVersion: await version(inspectionId) });
    assert.equal((v.document as ReportDocument).decision?.kind, 'injunction');
  });
});

// Issue 10: the analytics facts are written in the finalisation's transaction, from final versions
// only (a correction replaces them), and `tilsyn analytics rebuild` gives exactly the same rows.
test('analytics facts: finalisation writes them for the latest final version only, and a rebuild gives the same rows', async () => {
  const snapshot = async () =>
    (await ctx.db.select().from(analyticsFacts).where(eq(analyticsFacts.source, 'native')).orderBy(asc(analyticsFacts.sourceKey))).map(({ id: _id, ...fact }) => fact);
  const incremental = await snapshot();
  assert.ok(incremental.length > 100, `facts were written at finalisation (${incremental.length})`);

  const versions = await ctx.db.select({ id: reportVersions.id, reportId: reportVersions.reportId, number: reportVersions.number }).from(reportVersions);
  const newest = new Map<string, { id: string; number: number }>();
  for (const v of versions) if ((newest.get(v.reportId)?.number ?? 0) < v.number) newest.set(v.reportId, v);
  const latestIds = new Set([...newest.values()].map((v) => v.id));
  assert.ok(versions.length > latestIds.size, 'the test has a corrected report (two versions)');
  assert.deepEqual(new Set(incremental.map((f) => f.reportVersionId)), latestIds, 'one set of facts per report: its latest final version');
  const unfinished = await ctx.db.select({ id: reports.inspectionId }).from(reports).where(sql`${reports.status} in ('draft', 'review', 'hearing') and not exists (select 1 from report_versions v where v.report_id = ${reports.id})`);
  assert.ok(unfinished.length > 0, 'the test has drafts and reports in hearing');
  assert.ok(unfinished.every((r) => !incremental.some((f) => f.inspectionId === r.id)), 'no facts from a draft');

  const decided = incremental.filter((f) => f.itemKind === 'decision');
  assert.ok(decided.some((f) => f.value === 'injunction'), 'the decision is a fact');
  assert.ok(incremental.some((f) => f.itemKind === 'sufficient_quality' && f.value === 'insufficient'));
  assert.ok(incremental.some((f) => f.itemKind === 'marker' && f.value === 'absent' && f.criterionId !== null && f.themeId !== null));

  for (const actor of [actors.inspectorNord, actors.managerNord, actors.auditor]) await refuses(rebuildFacts(ctx, actor), 'forbidden', `${actor.role} rebuilds`);
  const result = await rebuildFacts(ctx, actors.admin);
  assert.equal(result.reports, latestIds.size);
  assert.equal(result.facts, incremental.length);
  assert.deepEqual(await snapshot(), incremental, 'rebuild = incremental, row for row');
  await assertCountsMatchFacts(ctx.db);
});
