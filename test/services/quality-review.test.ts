// Issue 13: the sampled quality review (ledelsestilsyn) on the demo data — only a manager draws, for
// their own authority; the same parameters and seed give the same reports; the review is checked,
// stored and audited and never changes the report; its feedback reaches only the report's inspector
// and their manager; the summaries per inspector (manager) and per authority (auditor).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { demoActor } from '../support/demo-actor.ts';
import type { Actor } from '../../src/services/actor.ts';
import { ServiceError, type ServiceErrorCode } from '../../src/services/service-error.ts';
import { drawReviewSample, sampleCandidates } from '../../src/services/quality-review/draw-review-sample.ts';
import { getReviewSample } from '../../src/services/quality-review/get-review-sample.ts';
import { getReportReview } from '../../src/services/quality-review/get-report-review.ts';
import { saveReportReview } from '../../src/services/quality-review/save-report-review.ts';
import { listMyFeedback } from '../../src/services/quality-review/list-my-feedback.ts';
import { getReviewSummary } from '../../src/services/quality-review/get-review-summary.ts';
import { listReviewSamples } from '../../src/services/quality-review/list-review-samples.ts';
import { CHECKLIST_POINT_IDS } from '../../src/core/quality-review/checklist.ts';
import { auditLog, reports, reportVersions } from '../../src/storage/schema.ts';

let t: TestServices;
const who: Record<string, Actor> = {};
const PERIOD = { periodFrom: '2000-01-01', periodTo: '2100-12-31' };

async function expectError(code: ServiceErrorCode, run: () => Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(run, (e: unknown) => e instanceof ServiceError && e.code === code, message);
}

before(async () => {
  t = await createTestServices({ demo: true });
  for (const u of ['leder-nord', 'leder-syd', 'inspektoer-nord', 'inspektoer2-nord', 'revisor', 'admin', 'kommune-demo', 'tilbud-demo', 'kvalitet-sjaelland', 'surveyor-demo', 'institution-leder']) who[u] = await demoActor(t.services, u);
});
after(() => t.close());

test('only a manager draws, for their own authority; the same parameters and seed give the same sample', async () => {
  for (const u of ['inspektoer-nord', 'revisor', 'admin', 'kommune-demo', 'tilbud-demo', 'kvalitet-sjaelland', 'surveyor-demo', 'institution-leder']) await expectError('forbidden', () => drawReviewSample(t.services, who[u]!, { ...PERIOD, size: 2 }), `${u} may not draw`);
  const candidates = await sampleCandidates(t.services.db, 'nord', PERIOD.periodFrom, PERIOD.periodTo);
  assert.ok(candidates.length >= 2, 'the demo has final reports in Nord');
  const first = await drawReviewSample(t.services, who['leder-nord']!, { ...PERIOD, size: 2, strata: ['inspector'], seed: 4242 });
  const second = await drawReviewSample(t.services, who['leder-nord']!, { ...PERIOD, size: '2', strata: ['inspector'], seed: '4242' });
  const [a, b] = [await getReviewSample(t.services, who['leder-nord']!, first.id), await getReviewSample(t.services, who['leder-nord']!, second.id)];
  assert.deepEqual(a.sample.versionIds, b.sample.versionIds, 'the same reports');
  assert.equal(a.sample.seed, 4242, 'the seed is stored and shown');
  assert.equal(a.reports.length, Math.min(2, candidates.length));
  const unseeded = await drawReviewSample(t.services, who['leder-nord']!, { ...PERIOD, size: 1 });
  assert.ok(Number.isInteger((await getReviewSample(t.services, who['leder-nord']!, unseeded.id)).sample.seed), 'a drawn seed is stored');
  await expectError('invalid', () => drawReviewSample(t.services, who['leder-nord']!, { periodFrom: '2026-02-01', periodTo: '2026-01-01', size: 2 }), 'the period in order');
  await expectError('invalid', () => drawReviewSample(t.services, who['leder-nord']!, { ...PERIOD, size: 0 }), 'a size of at least one');
  await expectError('forbidden', () => getReviewSample(t.services, who['leder-syd']!, first.id), 'another authority\'s manager');
  await expectError('forbidden', () => getReviewSample(t.services, who.revisor!, first.id), 'the auditor sees summaries, not samples');
  assert.ok((await listReviewSamples(t.services, who['leder-nord']!)).total >= 3);
  assert.equal((await listReviewSamples(t.services, who['leder-syd']!)).items.some((s) => s.id === first.id), false);
});

test('a review: every point answered, a comment where not met; the report is never changed; feedback to its inspector only', async () => {
  const { id } = await drawReviewSample(t.services, who['leder-nord']!, { ...PERIOD, size: 1, seed: 7 });
  const sample = await getReviewSample(t.services, who['leder-nord']!, id);
  const versionId = sample.sample.versionIds[0]!;
  const view = await getReportReview(t.services, who['leder-nord']!, id, versionId);
  for (const u of ['leder-syd', 'inspektoer-nord', 'revisor', 'admin', 'kommune-demo', 'tilbud-demo', 'kvalitet-sjaelland', 'surveyor-demo']) await expectError('forbidden', () => getReportReview(t.services, who[u]!, id, versionId), `${u} may not open the review`);
  assert.equal(view.checklist.length, 7);
  assert.ok(view.document.overallAssessment.length > 0);
  const [before] = await t.services.db.select().from(reportVersions).where(eq(reportVersions.id, versionId));
  const points = Object.fromEntries(CHECKLIST_POINT_IDS.map((p) => [p, { met: 'met', comment: '' }]));
  await expectError('invalid', () => saveReportReview(t.services, who['leder-nord']!, { sampleId: id, versionId, points: { ...points, economy_assessed: { met: 'not_met', comment: '' } } }), 'a comment where not met');
  await expectError('invalid', () => saveReportReview(t.services, who['leder-nord']!, { sampleId: id, versionId, points: { score_and_text_agree: { met: 'met' } } }), 'every point');
  await expectError('forbidden', () => saveReportReview(t.services, who['leder-syd']!, { sampleId: id, versionId, points }), 'another authority\'s manager');
  await saveReportReview(t.services, who['leder-nord']!, { sampleId: id, versionId, points: { ...points, economy_assessed: { met: 'not_met', comment: 'FEEDBACK-ØKONOMI mangler.' } }, summary: 'FEEDBACK-SAMLET' });
  const [after] = await t.services.db.select().from(reportVersions).where(eq(reportVersions.id, versionId));
  assert.deepEqual(after, before, 'the report version is untouched');
  const [author] = await t.services.db.select({ id: reports.authorId }).from(reportVersions).innerJoin(reports, eq(reports.id, reportVersions.reportId)).where(eq(reportVersions.id, versionId));
  const inspectors = ['inspektoer-nord', 'inspektoer2-nord'].filter((u) => who[u]!.id === author?.id);
  const others = ['inspektoer-nord', 'inspektoer2-nord'].filter((u) => who[u]!.id !== author?.id);
  assert.equal(inspectors.length, 1, 'the sampled report was written by one of the demo inspectors');
  for (const u of inspectors) assert.ok((await listMyFeedback(t.services, who[u]!)).items.some((f) => f.summary === 'FEEDBACK-SAMLET'), `${u} wrote it and sees the feedback`);
  for (const u of others) assert.ok(!(await listMyFeedback(t.services, who[u]!)).items.some((f) => f.summary === 'FEEDBACK-SAMLET'), `${u} did not write it and does not see it`);
  await expectError('forbidden', () => listMyFeedback(t.services, who.revisor!), 'the auditor has no own feedback');
  const manager = await getReviewSummary(t.services, who['leder-nord']!, { from: '2000-01-01', to: '2100-12-31' });
  assert.equal(manager.by, 'inspector');
  assert.ok(manager.total.reviews >= 1);
  assert.equal(manager.total.met.economy_assessed! < 1, true, 'the point not met shows in the share');
  const auditor = await getReviewSummary(t.services, who.revisor!, { from: '2000-01-01', to: '2100-12-31' });
  assert.equal(auditor.by, 'authority');
  assert.equal(auditor.rows.length, 5);
  assert.ok(!JSON.stringify(auditor).includes('FEEDBACK'), 'the auditor never sees a review\'s words');
  for (const u of ['admin', 'kommune-demo', 'tilbud-demo', 'kvalitet-sjaelland', 'surveyor-demo', 'institution-leder']) await expectError('forbidden', () => listMyFeedback(t.services, who[u]!), `${u} has no feedback of their own`);
  for (const u of ['inspektoer-nord', 'kommune-demo', 'admin', 'tilbud-demo', 'kvalitet-sjaelland', 'surveyor-demo']) await expectError('forbidden', () => getReviewSummary(t.services, who[u]!), `${u} has no summary`);
  assert.ok((await t.services.db.select().from(auditLog).where(eq(auditLog.entityType, 'quality_review'))).length >= 1, 'in the audit log');
});
