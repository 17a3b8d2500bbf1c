// Consistency (issue 13): the sampled quality review of final reports — the manager draws samples
// and reviews each report against the checklist; the inspector reads the feedback on their own
// reports; the summaries per inspector (manager) and per authority (auditor).
import { Hono, type Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { formList, readOrIssues, textFields, writeThenRedirect } from '../form-flow.ts';
import { drawReviewSample } from '../../services/quality-review/draw-review-sample.ts';
import { listReviewSamples } from '../../services/quality-review/list-review-samples.ts';
import { getReviewSample } from '../../services/quality-review/get-review-sample.ts';
import { getReportReview } from '../../services/quality-review/get-report-review.ts';
import { saveReportReview } from '../../services/quality-review/save-report-review.ts';
import { listMyFeedback } from '../../services/quality-review/list-my-feedback.ts';
import { getReviewSummary } from '../../services/quality-review/get-review-summary.ts';
import { CHECKLIST_POINT_IDS } from '../../core/quality-review/checklist.ts';
import { forbidden, type FieldIssue } from '../../services/service-error.ts';
import { qualityReviewAbilities } from '../../services/policies/abilities.ts';
import { REVIEW_BASE, SamplePage, SamplesPage } from '../views/consistency/samples-page.tsx';
import { ReportReviewPage } from '../views/consistency/report-review-page.tsx';
import { FeedbackPage } from '../views/consistency/feedback-page.tsx';
import { ReviewSummaryPage } from '../views/consistency/review-summary-page.tsx';

export const qualityReviewRoutes = new Hono<WebEnv>();

qualityReviewRoutes.get(REVIEW_BASE, async (c) => c.html(<SamplesPage list={await listReviewSamples(c.get('services'), requireActor(c), { page: c.req.query('page') })} issues={[]} values={{}} />));

qualityReviewRoutes.post(`${REVIEW_BASE}/samples`, async (c) => {
  const actor = requireActor(c);
  if (qualityReviewAbilities(actor).drawFor === null) throw forbidden();
  const form = await formData(c);
  let created = '';
  return writeThenRedirect(c, async () => {
    created = (await drawReviewSample(c.get('services'), actor, { ...textFields(form), strata: formList(form, 'strata') })).id;
  }, async (issues) => <SamplesPage list={await listReviewSamples(c.get('services'), actor)} issues={issues} values={form} />, () => `${REVIEW_BASE}/samples/${created}?saved=drawn`);
});

qualityReviewRoutes.get(`${REVIEW_BASE}/samples/:id`, async (c) => c.html(<SamplePage view={await getReviewSample(c.get('services'), requireActor(c), c.req.param('id'))} saved={c.req.query('saved') === 'drawn'} />));

async function reviewPage(c: Context<WebEnv>, issues: FieldIssue[], values: Record<string, string> | null) {
  const view = await getReportReview(c.get('services'), requireActor(c), c.req.param('id'), c.req.param('versionId'));
  return <ReportReviewPage view={view} issues={issues} values={values} saved={issues.length === 0 && c.req.query('saved') === 'review'} />;
}

qualityReviewRoutes.get(`${REVIEW_BASE}/samples/:id/reports/:versionId`, async (c) => c.html(await reviewPage(c, [], null)));

qualityReviewRoutes.post(`${REVIEW_BASE}/samples/:id/reports/:versionId`, async (c) => {
  const values = textFields(await formData(c));
  const points = Object.fromEntries(CHECKLIST_POINT_IDS.map((id) => [id, { met: values[`met:${id}`] ?? '', comment: values[`comment:${id}`] ?? '' }]));
  const input = { sampleId: c.req.param('id'), versionId: c.req.param('versionId'), points, summary: values.summary ?? '', ...(values.expectedVersion ? { expectedVersion: values.expectedVersion } : {}) };
  return writeThenRedirect(c, () => saveReportReview(c.get('services'), requireActor(c), input), (issues) => reviewPage(c, issues, values), `${REVIEW_BASE}/samples/${input.sampleId}/reports/${input.versionId}?saved=review`);
});

qualityReviewRoutes.get(`${REVIEW_BASE}/feedback`, async (c) => c.html(<FeedbackPage list={await listMyFeedback(c.get('services'), requireActor(c), { page: c.req.query('page') })} />));

async function summaryPage(c: Context<WebEnv>, action: string) {
  const actor = requireActor(c);
  const query = { from: c.req.query('from') ?? '', to: c.req.query('to') ?? '' };
  const { value: summary, issues } = await readOrIssues(() => getReviewSummary(c.get('services'), actor, query), () => getReviewSummary(c.get('services'), actor));
  return c.html(<ReviewSummaryPage summary={summary} action={action} issues={issues} />, issues.length ? 400 : 200);
}

qualityReviewRoutes.get(`${REVIEW_BASE}/summary`, (c) => {
  if (qualityReviewAbilities(requireActor(c)).drawFor === null) throw forbidden();
  return summaryPage(c, `${REVIEW_BASE}/summary`);
});
qualityReviewRoutes.get(`${REVIEW_BASE}/authorities`, (c) => {
  if (!qualityReviewAbilities(requireActor(c)).summaryByAuthority) throw forbidden();
  return summaryPage(c, `${REVIEW_BASE}/authorities`);
});
