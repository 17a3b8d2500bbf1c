// The reports' JSON API: the same services as the pages. Writes need the x-csrf-token header
// and name the report version they start from (expectedVersion); a stale one is 409.
import type { z } from 'zod';
import { jsonOptions, queryOptions } from '../request-options.ts';
import { createReport } from '../../services/reports/create-report.ts';
import { Hono } from 'hono';
import { answerHearing, answerHearingSchema } from '../../services/reports/answer-hearing.ts';
import { correctReport, correctReportSchema } from '../../services/reports/correct-report.ts';
import { finaliseReport, finaliseReportSchema } from '../../services/reports/finalise-report.ts';
import { getReport, type ReportView } from '../../services/reports/get-report.ts';
import { getReportVersion } from '../../services/reports/get-report-version.ts';
import { pageFinalReports, pageFinalReportsSchema } from '../../services/reports/list-final-reports.ts';
import { listHearingDrafts } from '../../services/reports/list-hearing-drafts.ts';
import { renderReportVersion } from '../../services/reports/render-report-version.ts';
import { isUuid, type ReportRow } from '../../services/reports/report-shared.ts';
import { reviewReport, reviewReportSchema } from '../../services/reports/review-report.ts';
import { saveReportDraft, saveReportDraftSchema } from '../../services/reports/save-report-draft.ts';
import { sendReport, sendReportSchema } from '../../services/reports/send-report.ts';
import { sendToHearing, sendToHearingSchema } from '../../services/reports/send-to-hearing.ts';
import { submitForReview, submitForReviewSchema } from '../../services/reports/submit-for-review.ts';
import { notFound } from '../../services/service-error.ts';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { documentPaths, queryParametersOf, requestBodyOf } from './openapi.ts';

export const reportApi = new Hono<WebEnv>();



/** The report row's state after a transition. */
const stateJson = (r: ReportRow) => ({
  id: r.id,
  inspectionId: r.inspectionId,
  status: r.status,
  version: r.version,
  hearingDeadline: r.hearingDeadline,
  hearingAnswer: r.hearingAnswer,
  hearingAnsweredAt: r.hearingAnsweredAt,
  reviewComments: r.reviewComments,
  updatedAt: r.updatedAt,
});

const viewJson = (v: ReportView) => ({
  inspection: v.inspection,
  entity: v.entity,
  report: v.report,
  versions: v.versions,
  check: v.check,
  permissions: v.permissions,
  document: v.document,
});

reportApi.get('/inspections/:id/report', async (c) => c.json(viewJson(await getReport(c.get('services'), requireActor(c), { inspectionId: c.req.param('id') }))));

reportApi.post('/inspections/:id/report', async (c) => {
  const services = c.get('services');
  const actor = requireActor(c);
  const { created } = await createReport(services, actor, { inspectionId: c.req.param('id') });
  return c.json(viewJson(await getReport(services, actor, { inspectionId: c.req.param('id') })), created ? 201 : 200);
});

reportApi.put('/inspections/:id/report', async (c) => {
  const saved = await saveReportDraft(c.get('services'), requireActor(c), await jsonOptions(c, saveReportDraftSchema, { inspectionId: c.req.param('id') }));
  return c.json(saved);
});

reportApi.post('/inspections/:id/report/submit', async (c) => {
  return c.json(stateJson(await submitForReview(c.get('services'), requireActor(c), await jsonOptions(c, submitForReviewSchema, { inspectionId: c.req.param('id') }))));
});

reportApi.post('/inspections/:id/report/review', async (c) => {
  const row = await reviewReport(c.get('services'), requireActor(c), await jsonOptions(c, reviewReportSchema, { inspectionId: c.req.param('id') }));
  return c.json(stateJson(row));
});

reportApi.post('/inspections/:id/report/hearing', async (c) => {
  const row = await sendToHearing(c.get('services'), requireActor(c), await jsonOptions(c, sendToHearingSchema, { inspectionId: c.req.param('id') }));
  return c.json(stateJson(row));
});

reportApi.post('/inspections/:id/report/hearing-answer', async (c) => {
  const row = await answerHearing(c.get('services'), requireActor(c), await jsonOptions(c, answerHearingSchema, { inspectionId: c.req.param('id') }));
  return c.json({ id: row.id, status: row.status, version: row.version, hearingAnswer: row.hearingAnswer, hearingAnsweredAt: row.hearingAnsweredAt });
});

reportApi.post('/inspections/:id/report/finalise', async (c) => {
  const { report, version } = await finaliseReport(c.get('services'), requireActor(c), await jsonOptions(c, finaliseReportSchema, { inspectionId: c.req.param('id') }));
  return c.json({
    report: stateJson(report),
    version: { id: version.id, number: version.number, contentHash: version.contentHash, supersedesId: version.supersedesId, audience: version.audience, finalisedAt: version.finalisedAt },
  });
});

reportApi.post('/inspections/:id/report/send', async (c) => {
  const sent = await sendReport(c.get('services'), requireActor(c), await jsonOptions(c, sendReportSchema, { inspectionId: c.req.param('id') }));
  return c.json({ report: stateJson(sent.report), versionId: sent.versionId, versionNumber: sent.versionNumber, sentAt: sent.sentAt });
});

reportApi.post('/inspections/:id/report/correct', async (c) => {
  const row = await correctReport(c.get('services'), requireActor(c), await jsonOptions(c, correctReportSchema, { inspectionId: c.req.param('id') }));
  return c.json(stateJson(row));
});

reportApi.get('/reports', async (c) => {
  return c.json(await pageFinalReports(c.get('services'), requireActor(c), queryOptions(c, pageFinalReportsSchema)));
});

reportApi.get('/reports/hearing', async (c) => c.json(await listHearingDrafts(c.get('services'), requireActor(c), { page: c.req.query('page') })));

reportApi.get('/report-versions/:file', async (c) => {
  const actor = requireActor(c);
  const m = /^([0-9a-fA-F-]{36})(?:\.(pdf|json))?$/.exec(c.req.param('file'));
  if (!m || !isUuid(m[1])) throw notFound('Rapportversionen');
  const versionId = m[1]!;
  const format = m[2] as 'pdf' | 'json' | undefined;
  if (!format) {
    const d = await getReportVersion(c.get('services'), actor, { versionId });
    return c.json({
      id: d.id,
      number: d.number,
      reportId: d.reportId,
      inspection: d.inspection,
      entity: d.entity,
      audience: d.audience,
      contentHash: d.contentHash,
      supersedes: d.supersedes,
      supersededBy: d.supersededBy,
      hearingAnswer: d.hearingAnswer,
      finalisedAt: d.finalisedAt,
      finalisedBy: d.finalisedBy,
      sentAt: d.sentAt,
      publicSummary: d.publicSummary,
      document: d.document,
    });
  }
  const rendered = await renderReportVersion(c.get('services'), actor, { versionId, format });
  return c.body(new Uint8Array(rendered.body), 200, {
    'content-type': rendered.contentType,
    'content-disposition': `inline; filename="${rendered.fileName}"`,
    'cache-control': 'private, no-store',
  });
});

// ---- OpenAPI ------------------------------------------------------------------------------------

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const DESCRIPTIONS: Record<number, string> = {
  400: 'Ugyldige oplysninger; ved afslutning: rapportens kontrolfejl, hver med field (sti), message og code',
  403: 'Ingen adgang',
  404: 'Findes ikke',
  409: 'Rapporten er ændret af en anden (versionskonflikt), eller trinnet passer ikke til rapportens status',
};
const errorResponses = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: DESCRIPTIONS[code] ?? 'Fejl', content: { 'application/json': { schema: ref('Error') } } }]));
const inspectionParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The inspection' };
const versionParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The report version' };
const stateSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    status: { enum: ['draft', 'review', 'hearing', 'final', 'sent'] },
    version: { type: 'integer' },
    hearingDeadline: { type: ['string', 'null'], format: 'date' },
    hearingAnswer: { type: ['string', 'null'] },
    reviewComments: { type: 'array', items: { type: 'object' } },
  },
};
const step = (summary: string, schema: z.ZodType) => ({
  post: {
    summary,
    tags: ['reports'],
    parameters: [inspectionParam],
    requestBody: requestBodyOf(schema, ['inspectionId']),
    responses: { '200': { description: 'The report after the step', content: { 'application/json': { schema: stateSchema } } }, ...errorResponses(400, 403, 404, 409) },
  },
});

documentPaths({
  '/api/inspections/{id}/report': {
    get: {
      summary: "An inspection's report with its checks, a preview document and the next steps the user may take (404 until the draft is created)",
      tags: ['reports'],
      parameters: [inspectionParam],
      responses: { '200': { description: 'report, versions, check {errors, warnings}, permissions, document' }, ...errorResponses(403, 404) },
    },
    post: {
      summary: 'Creates the empty draft of the report (an inspector or manager of the authority); an existing report is returned as it is',
      tags: ['reports'],
      parameters: [inspectionParam],
      responses: { '201': { description: 'The new draft, as GET returns it' }, '200': { description: 'The existing report, as GET returns it' }, ...errorResponses(403, 404, 409) },
    },
    put: {
      summary: 'Saves the written content of a draft (or in hearing after the answer or the deadline); returns the checks',
      tags: ['reports'],
      parameters: [inspectionParam],
      requestBody: requestBodyOf(saveReportDraftSchema, ['inspectionId']),
      responses: { '200': { description: 'reportId, version, content, check, changed' }, ...errorResponses(400, 403, 404, 409) },
    },
  },
  '/api/inspections/{id}/report/submit': step('Sends the draft to quality review', submitForReviewSchema),
  '/api/inspections/{id}/report/review': step(
    'Quality review by a manager or an inspector colleague who is not the author: approve, or return to draft with a comment (required when returning)',
    reviewReportSchema,
  ),
  '/api/inspections/{id}/report/hearing': step('Sends the approved report to factual hearing (deadline today or later)', sendToHearingSchema),
  '/api/inspections/{id}/report/hearing-answer': step("The provider's or foster family's answer in the hearing (their own report, before the deadline, once)", answerHearingSchema),
  '/api/inspections/{id}/report/finalise': step('Finalises the report after the hearing: refused (400) with the check errors and their codes; on success an immutable version', finaliseReportSchema),
  '/api/inspections/{id}/report/send': step('Sends the final version to the provider or foster family (it is then published)', sendReportSchema),
  '/api/inspections/{id}/report/correct': step('Reopens a final or sent report as a draft from the last version; the next finalisation is a new version', correctReportSchema),
  '/api/reports': {
    get: {
      summary: 'Final report versions the user may read (provider users: those sent to them; staff: their authority; the auditor: all)',
      tags: ['reports'],
      parameters: queryParametersOf(pageFinalReportsSchema),
      responses: { '200': { description: '{ items: [...] }, newest first' }, ...errorResponses(400, 403) },
    },
  },
  '/api/reports/hearing': {
    get: { summary: 'Reports in factual hearing the user may see (provider users: their own)', tags: ['reports'], responses: { '200': { description: '{ items: [...] }' }, ...errorResponses(403) } },
  },
  '/api/report-versions/{id}': {
    get: {
      summary: 'A final version: metadata, public summary and the stored document',
      tags: ['reports'],
      parameters: [versionParam],
      responses: { '200': { description: 'The version' }, ...errorResponses(403, 404) },
    },
  },
  '/api/report-versions/{id}.pdf': {
    get: {
      summary: 'The final version as PDF, rendered from the stored document',
      tags: ['reports'],
      parameters: [versionParam],
      responses: { '200': { description: 'application/pdf', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...errorResponses(403, 404) },
    },
  },
  '/api/report-versions/{id}.json': {
    get: {
      summary: 'The stored document as canonical JSON: its SHA-256 is the version\'s contentHash',
      tags: ['reports'],
      parameters: [versionParam],
      responses: { '200': { description: 'The report document' }, ...errorResponses(403, 404) },
    },
  },
});
