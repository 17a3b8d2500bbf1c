// Report pages: the editor with every step of the lifecycle (save, quality review, hearing,
// finalise, send, correct), the provider's factual hearing, the lists of final reports and of
// reports in hearing, and a final version as a page, a PDF and JSON. Every form posts to its own
// endpoint, which redirects back (303) or renders the page again with the errors (400) or the
// conflict (409).
import { placeAbilities } from '../../services/policies/abilities.ts';
import { ReportStartPage } from '../views/report/start-page.tsx';
import { getReportStart } from '../../services/reports/get-report-start.ts';
import { createReport } from '../../services/reports/create-report.ts';
import { Hono, type Context } from 'hono';
import type { Actor } from '../../services/actor.ts';
import { answerHearing } from '../../services/reports/answer-hearing.ts';
import { correctReport } from '../../services/reports/correct-report.ts';
import { finaliseReport } from '../../services/reports/finalise-report.ts';
import { getHearingDraft } from '../../services/reports/get-hearing-draft.ts';
import { getReport } from '../../services/reports/get-report.ts';
import { getReportVersion } from '../../services/reports/get-report-version.ts';
import { pageFinalReports, pageFinalReportsSchema, type FinalReportItem } from '../../services/reports/list-final-reports.ts';
import { paged } from '../../services/list-paging.ts';
import { queryOptions } from '../request-options.ts';
import { listHearingDrafts, type HearingDraftItem } from '../../services/reports/list-hearing-drafts.ts';
import { readOrIssues } from '../form-flow.ts';
import { renderReportVersion } from '../../services/reports/render-report-version.ts';
import { isUuid, type ReportFormat } from '../../services/reports/report-shared.ts';
import { reviewReport } from '../../services/reports/review-report.ts';
import { saveReportDraft } from '../../services/reports/save-report-draft.ts';
import { sendReport } from '../../services/reports/send-report.ts';
import { sendToHearing } from '../../services/reports/send-to-hearing.ts';
import { submitForReview } from '../../services/reports/submit-for-review.ts';
import { ServiceError, notFound } from '../../services/service-error.ts';
import type { WebEnv } from '../env.ts';
import { formData, requireActor } from '../require-actor.ts';
import { EditorPage, type EditorForm } from '../views/report/editor-page.tsx';
import { HearingPage } from '../views/report/hearing-page.tsx';
import { FinalReportsPage, HearingListPage } from '../views/report/list-pages.tsx';
import { contentFromValues, first, hasContentFields, valuesFromFields, type Fields } from '../views/report/report-form.ts';
import { VersionPage } from '../views/report/version-page.tsx';

export const reportRoutes = new Hono<WebEnv>();

type C = Context<WebEnv>;

const isRefusal = (e: unknown): e is ServiceError => e instanceof ServiceError && (e.code === 'invalid' || e.code === 'conflict');
const statusOf = (e: ServiceError) => (e.code === 'conflict' ? 409 : 400);

/** The version the form was rendered with (hidden field "version"); NaN when missing, which the service refuses. */
const postedVersion = (fields: Fields) => {
  const v = first(fields, 'version');
  return v === undefined || v.trim() === '' ? Number.NaN : Number(v);
};

const flatten = (fields: Fields): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]));

const editorHref = (inspectionId: string, message: string, anchor = 'status') =>
  `/inspections/${encodeURIComponent(inspectionId)}/report?besked=${message}#${anchor}`;

/** Renders the editor again after a refused post, with the user's input and the issues. */
async function refused(c: C, actor: Actor, inspectionId: string, form: EditorForm, values: Record<string, string>, e: ServiceError) {
  const view = await getReport(c.get('services'), actor, { inspectionId });
  const message = e.code === 'conflict' ? `${e.message}${form === 'content' ? ' Din tekst er bevaret i felterne; forhåndsvisningen viser den gemte rapport.' : ''}` : e.message;
  return c.html(<EditorPage view={view} state={{ form, values, issues: e.fields, message }} />, statusOf(e));
}

/**
 * The editor's main form: saves the text (when the post carries it), then runs the step the
 * button asked for (send to review, finalise). A refusal shows the editor with the input kept.
 */
async function handleContentPost(c: C, then: 'submit' | 'finalise' | null, message: string) {
  const actor = requireActor(c);
  const services = c.get('services');
  const inspectionId = c.req.param('id')!;
  const fields = await formData(c);
  let version = postedVersion(fields);
  let values: Record<string, string> = flatten(fields);
  try {
    if (hasContentFields(fields)) {
      const view = await getReport(services, actor, { inspectionId });
      values = valuesFromFields(fields, view.model);
      const saved = await saveReportDraft(services, actor, { inspectionId, expectedVersion: version, content: contentFromValues(values, view.model) });
      version = saved.version;
    }
    if (then === 'submit') await submitForReview(services, actor, { inspectionId, expectedVersion: version });
    if (then === 'finalise') await finaliseReport(services, actor, { inspectionId, expectedVersion: version });
    return c.redirect(editorHref(inspectionId, message), 303);
  } catch (e) {
    if (!isRefusal(e)) throw e;
    return refused(c, actor, inspectionId, hasContentFields(fields) ? 'content' : 'action', values, e);
  }
}

/** A step's own form (review, hearing, send, correct): run it, redirect back or show the refusal. */
async function handleStep(c: C, form: EditorForm, message: (fields: Fields) => string, run: (actor: Actor, inspectionId: string, fields: Fields) => Promise<unknown>) {
  const actor = requireActor(c);
  const inspectionId = c.req.param('id')!;
  const fields = await formData(c);
  try {
    await run(actor, inspectionId, fields);
    return c.redirect(editorHref(inspectionId, message(fields)), 303);
  } catch (e) {
    if (!isRefusal(e)) throw e;
    return refused(c, actor, inspectionId, form, flatten(fields), e);
  }
}

// ---- the editor -------------------------------------------------------------------------------

reportRoutes.get('/inspections/:id/report', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const inspectionId = c.req.param('id');
  try {
    const view = await getReport(services, actor, { inspectionId });
    return c.html(<EditorPage view={view} notice={c.req.query('besked')} />);
  } catch (e) {
    // No report yet (or no inspection: the start page says which): offer to start the draft.
    if (!(e instanceof ServiceError) || e.code !== 'not_found') throw e;
    const start = await getReportStart(services, actor, { inspectionId });
    if (start.exists) throw e;
    return c.html(<ReportStartPage start={start} />);
  }
});

// Starting the draft is an explicit POST: opening the page never writes.
reportRoutes.post('/inspections/:id/report/draft', async (c) => {
  const inspectionId = c.req.param('id');
  await createReport(c.get('services'), requireActor(c), { inspectionId });
  return c.redirect(`/inspections/${encodeURIComponent(inspectionId)}/report`, 303);
});

reportRoutes.post('/inspections/:id/report', (c) => handleContentPost(c, null, 'gemt'));
reportRoutes.post('/inspections/:id/report/submit', (c) => handleContentPost(c, 'submit', 'indsendt'));
reportRoutes.post('/inspections/:id/report/finalise', (c) => handleContentPost(c, 'finalise', 'afsluttet'));

reportRoutes.post('/inspections/:id/report/review', (c) =>
  handleStep(c, 'review', (f) => (first(f, 'decision') === 'approve' ? 'godkendt' : 'returneret'), (actor, inspectionId, f) =>
    reviewReport(c.get('services'), actor, {
      inspectionId,
      expectedVersion: postedVersion(f),
      decision: (first(f, 'decision') ?? '') as 'approve' | 'return',
      comment: first(f, 'comment') ?? '',
    })));

reportRoutes.post('/inspections/:id/report/send-to-hearing', (c) =>
  handleStep(c, 'hearing', () => 'hoering', (actor, inspectionId, f) =>
    sendToHearing(c.get('services'), actor, { inspectionId, expectedVersion: postedVersion(f), deadline: first(f, 'deadline') ?? '' })));

reportRoutes.post('/inspections/:id/report/send', (c) =>
  handleStep(c, 'action', () => 'sendt', (actor, inspectionId, f) =>
    sendReport(c.get('services'), actor, { inspectionId, expectedVersion: postedVersion(f) })));

reportRoutes.post('/inspections/:id/report/correct', (c) =>
  handleStep(c, 'correct', () => 'rettet', (actor, inspectionId, f) =>
    correctReport(c.get('services'), actor, { inspectionId, expectedVersion: postedVersion(f), reason: first(f, 'reason') ?? '' })));

// ---- the factual hearing ----------------------------------------------------------------------

reportRoutes.get('/reports/hearing', async (c) => {
  const actor = requireActor(c);
  const { value: list, issues } = await readOrIssues(() => listHearingDrafts(c.get('services'), actor, { page: c.req.query('page') }), () => paged<HearingDraftItem>([], 0, 1));
  return c.html(<HearingListPage list={list} partyView={placeAbilities(actor).partyView} issues={issues} />, issues.length ? 400 : 200);
});

reportRoutes.get('/inspections/:id/report/hearing', async (c) => {
  const actor = requireActor(c);
  const draft = await getHearingDraft(c.get('services'), actor, { inspectionId: c.req.param('id') });
  return c.html(<HearingPage draft={draft} notice={c.req.query('besked')} />);
});

reportRoutes.post('/inspections/:id/report/hearing', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const inspectionId = c.req.param('id');
  const fields = await formData(c);
  const answer = first(fields, 'answer') ?? '';
  try {
    await answerHearing(services, actor, { inspectionId, expectedVersion: postedVersion(fields), answer });
    return c.redirect(`/inspections/${encodeURIComponent(inspectionId)}/report/hearing?besked=svaret`, 303);
  } catch (e) {
    if (!isRefusal(e)) throw e;
    const draft = await getHearingDraft(services, actor, { inspectionId });
    return c.html(
      <HearingPage draft={draft} answer={answer} issues={e.code === 'invalid' ? e.fields : []} message={e.message} />,
      statusOf(e),
    );
  }
});

// ---- final reports ----------------------------------------------------------------------------

reportRoutes.get('/reports', async (c) => {
  const actor = requireActor(c);
  const filters = { year: c.req.query('year') ?? '', latestOnly: c.req.query('latestOnly') ?? '' };
  const { value: list, issues } = await readOrIssues(() => pageFinalReports(c.get('services'), actor, queryOptions(c, pageFinalReportsSchema)), () => paged<FinalReportItem>([], 0, 1));
  return c.html(<FinalReportsPage list={list} filters={filters} issues={issues} partyView={placeAbilities(actor).partyView} />, issues.length ? 400 : 200);
});

/** "…/report-versions/<uuid>", "<uuid>.pdf" or "<uuid>.json". */
function parseVersionFile(file: string): { versionId: string; format: ReportFormat | null } {
  const m = /^([0-9a-fA-F-]{36})(?:\.(pdf|json|html))?$/.exec(file);
  if (!m || !isUuid(m[1])) throw notFound('Rapportversionen');
  return { versionId: m[1]!, format: (m[2] as ReportFormat | undefined) ?? null };
}

reportRoutes.get('/report-versions/:file', async (c) => {
  const actor = requireActor(c);
  const services = c.get('services');
  const { versionId, format } = parseVersionFile(c.req.param('file'));
  if (format === null) {
    const detail = await getReportVersion(services, actor, { versionId });
    return c.html(<VersionPage detail={detail} />);
  }
  const rendered = await renderReportVersion(services, actor, { versionId, format });
  return c.body(new Uint8Array(rendered.body), 200, {
    'content-type': rendered.contentType,
    'content-disposition': `inline; filename="${rendered.fileName}"`,
    'cache-control': 'private, no-store',
  });
});
