// The assessments' JSON API: the same services as the pages. Writes need the x-csrf-token header.
import { jsonBody } from '../request-options.ts';
import { createAssessment } from '../../services/assessments/create-assessment.ts';
import { themeFormPatch } from '../views/assessment/theme-form.ts';
import { Hono } from 'hono';
import type { Evaluation } from '../../core/assessment/evaluate.ts';
import { visibleFindings, type Feedback } from '../../core/assessment/feedback.ts';
import { evaluateDraft } from '../../services/assessments/evaluate-draft.ts';
import { getAssessment, type AssessmentView } from '../../services/assessments/get-assessment.ts';
import { listDepartmentAssessments } from '../../services/assessments/list-department-assessments.ts';
import { saveAssessment, saveAssessmentOptionsSchema } from '../../services/assessments/save-assessment.ts';
import { invalid } from '../../services/service-error.ts';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import type { Fields } from '../views/assessment/assessment-form.ts';
import { documentPaths, requestBodyOf } from './openapi.ts';

export const assessmentApi = new Hono<WebEnv>();


const optionalString = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** The findings to show inline at each criterion (what the page shows there). */
function inline(feedback: Feedback) {
  return Object.fromEntries(
    Object.entries(feedback.criteria).map(([id, fb]) => {
      const v = visibleFindings(fb);
      return [id, { started: fb.started, errors: v.errors, warnings: v.warnings }];
    }),
  );
}

const evaluationJson = (evaluation: Evaluation, feedback: Feedback) => ({
  evaluation,
  inline: inline(feedback),
  economy: feedback.economy,
  general: feedback.general,
});

const viewJson = (view: AssessmentView) => ({
    inspectionId: view.inspection.id,
    departmentId: view.department?.id ?? null,
    assessmentId: view.assessment.id,
    modelId: view.assessment.modelId,
    modelVersion: view.assessment.modelVersion,
    phase: view.phase,
    version: view.assessment.version,
    data: view.assessment.data,
    canWrite: view.canWrite,
    ...evaluationJson(view.evaluation, view.feedback),
});

assessmentApi.get('/inspections/:id/assessment', async (c) => {
  const view = await getAssessment(c.get('services'), requireActor(c), {
    inspectionId: c.req.param('id'),
    departmentId: optionalString(c.req.query('departmentId')),
  });
  return c.json(viewJson(view));
});

assessmentApi.post('/inspections/:id/assessment', async (c) => {
  const view = await createAssessment(c.get('services'), requireActor(c), {
    inspectionId: c.req.param('id'),
    departmentId: optionalString(c.req.query('departmentId')),
  });
  return c.json(viewJson(view));
});

assessmentApi.put('/inspections/:id/assessment', async (c) => {
  const body = await jsonBody(c);
  const saved = await saveAssessment(c.get('services'), requireActor(c), {
    inspectionId: c.req.param('id'),
    departmentId: optionalString(body.departmentId),
    expectedVersion: body.expectedVersion as number,
    patch: (body.patch ?? {}) as never,
  });
  return c.json({ assessmentId: saved.assessmentId, version: saved.version, data: saved.data, ...evaluationJson(saved.evaluation, saved.feedback) });
});

assessmentApi.post('/inspections/:id/assessment/evaluate', async (c) => {
  const services = c.get('services');
  const actor = requireActor(c);
  const body = await jsonBody(c);
  const inspectionId = c.req.param('id');
  const departmentId = optionalString(body.departmentId);
  let patch = body.patch;
  if (body.fields !== undefined) {
    // A theme form as posted by public/app.js: { themeId, fields: { "marker:k1.1": "present", … } }.
    const fields = body.fields;
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) throw invalid([{ field: 'fields', message: 'Felterne skal være et JSON-objekt.' }]);
    const view = await getAssessment(services, actor, { inspectionId, departmentId });
    const theme = view.model.themes.find((t) => t.id === body.themeId);
    if (!theme) throw invalid([{ field: 'themeId', message: 'Temaet findes ikke i kvalitetsmodellen.' }]);
    const clean: Fields = {};
    for (const [k, v] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof v === 'string') clean[k] = v;
      else if (Array.isArray(v)) clean[k] = v.filter((x): x is string => typeof x === 'string');
    }
    patch = themeFormPatch(view, theme.id, clean);
  }
  const draft = await evaluateDraft(services, actor, { inspectionId, departmentId, patch: (patch ?? {}) as never });
  return c.json({ baseVersion: draft.baseVersion, data: draft.data, ...evaluationJson(draft.evaluation, draft.feedback) });
});

assessmentApi.get('/providers/:id/department-results', async (c) => {
  const r = await listDepartmentAssessments(c.get('services'), requireActor(c), {
    providerId: c.req.param('id'),
    inspectionId: optionalString(c.req.query('inspectionId')),
  });
  return c.json({
    provider: r.provider,
    inspection: r.inspection,
    model: r.model ? { id: r.model.id, title: r.model.title, kind: r.model.kind, version: r.model.version } : null,
    whole: r.whole,
    departments: r.departments,
  });
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponses = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: ({ 400: 'Ugyldige oplysninger', 403: 'Ingen adgang', 404: 'Findes ikke', 409: 'Vurderingen er ændret af en anden (versionskonflikt)' } as Record<number, string>)[code] ?? 'Fejl', content: { 'application/json': { schema: ref('Error') } } }]));
const idParam = (description: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description });
const departmentQuery = { name: 'departmentId', in: 'query', required: false, schema: { type: 'string', format: 'uuid' }, description: 'A department of the provider; omitted: the provider or foster family as a whole.' };
const patchSchema = {
  type: 'object',
  description:
    'A partial change; null removes an entry. Binary models: markers {id: present|absent|not_applicable}, criteria {id: {result?, justification, doubt}}, economy {result?, justification}, design {markerId: {stepIndex: {done, method?, with?, form?}}}, carriedForward {confirmed, note}, optionally themeId to limit the change to one theme. Scored: indicators {id: {score?, expected?, text}}.',
  additionalProperties: false,
  properties: {
    themeId: { type: 'string' },
    markers: { type: 'object', additionalProperties: { enum: ['present', 'absent', 'not_applicable', null] } },
    criteria: { type: 'object', additionalProperties: { type: ['object', 'null'] } },
    economy: { type: ['object', 'null'] },
    design: { type: 'object' },
    carriedForward: { type: ['object', 'null'] },
    indicators: { type: 'object', additionalProperties: { type: ['object', 'null'] } },
  },
};
const evaluationResponse = {
  type: 'object',
  properties: {
    evaluation: { type: 'object', description: "The engine's evaluation: errors, warnings, themes, sufficientQuality and decisionOptions (binary) or averages (scored)." },
    inline: { type: 'object', description: 'Per criterion id: started, and the errors and warnings to show at the criterion.' },
    economy: { type: 'object' },
    general: { type: 'object' },
  },
};

documentPaths({
  '/api/inspections/{id}/assessment': {
    get: {
      summary: "An inspection's assessment with the engine's evaluation (version 0 and empty data until the first save)",
      tags: ['assessments'],
      parameters: [idParam('The inspection'), departmentQuery],
      responses: {
        '200': { description: 'The stored data, its version and the evaluation', content: { 'application/json': { schema: { allOf: [evaluationResponse, { type: 'object', properties: { version: { type: 'integer' }, data: { type: 'object' }, canWrite: { type: 'boolean' } } }] } } } },
        ...errorResponses(400, 403, 404),
      },
    },
    post: {
      summary: 'Creates the empty assessment (an inspector or manager of the authority); an existing one is returned as it is. The first save creates it too.',
      tags: ['assessments'],
      parameters: [idParam('The inspection'), departmentQuery],
      responses: { '200': { description: 'The assessment, as GET returns it' }, ...errorResponses(400, 403, 404) },
    },
    put: {
      summary: 'Saves a partial change; refused with 409 when the assessment changed since expectedVersion',
      tags: ['assessments'],
      parameters: [idParam('The inspection')],
      requestBody: requestBodyOf(saveAssessmentOptionsSchema, ['inspectionId']),
      responses: {
        '200': { description: 'The new version, the merged data and the evaluation', content: { 'application/json': { schema: evaluationResponse } } },
        ...errorResponses(400, 403, 404, 409),
      },
    },
  },
  '/api/inspections/{id}/assessment/evaluate': {
    post: {
      summary: 'Evaluates a draft (the stored assessment with a change applied) without saving it',
      tags: ['assessments'],
      parameters: [idParam('The inspection')],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                departmentId: { type: 'string', format: 'uuid' },
                patch: patchSchema,
                themeId: { type: 'string', description: 'With fields: the theme form the fields come from' },
                fields: { type: 'object', description: 'A theme form\'s fields as posted by the page (marker:<id>, criterion:<id>:result, …)' },
              },
            },
          },
        },
      },
      responses: {
        '200': { description: 'The evaluation of the draft', content: { 'application/json': { schema: evaluationResponse } } },
        ...errorResponses(400, 403, 404),
      },
    },
  },
  '/api/providers/{id}/department-results': {
    get: {
      summary: "Each department's assessment beside the provider's own conclusion, for one inspection",
      tags: ['assessments'],
      parameters: [idParam('The provider'), { name: 'inspectionId', in: 'query', required: false, schema: { type: 'string', format: 'uuid' }, description: "Omitted: the provider's latest inspection." }],
      responses: {
        '200': { description: 'The provider as a whole (whole) and its departments, each with data and evaluation or null when not assessed' },
        ...errorResponses(400, 403, 404),
      },
    },
  },
});
