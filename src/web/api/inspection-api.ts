// JSON API of inspections, over the same services as the pages. Errors become
// { error: { code, message, fields } } through app.onError.
import { jsonOptions, queryOptions } from '../request-options.ts';
import { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { listInspections, listInspectionsSchema } from '../../services/inspections/list-inspections.ts';
import { getInspection } from '../../services/inspections/get-inspection.ts';
import { createInspection, createInspectionSchema } from '../../services/inspections/create-inspection.ts';
import { updateInspectionStatus, updateInspectionStatusSchema } from '../../services/inspections/update-inspection-status.ts';
import { changeRisk, changeRiskSchema } from '../../services/inspections/change-risk.ts';
import { setDeskBased, setDeskBasedSchema } from '../../services/inspections/set-desk-based.ts';
import { addDesignWidening, addDesignWideningSchema } from '../../services/inspections/add-design-widening.ts';
import { addVisit, addVisitSchema } from '../../services/inspections/add-visit.ts';
import { recordVisitOutcome, recordVisitOutcomeSchema } from '../../services/inspections/record-visit-outcome.ts';
import { addFollowUp, addFollowUpSchema } from '../../services/inspections/add-follow-up.ts';
import { recordDecision, recordDecisionSchema } from '../../services/inspections/record-decision.ts';
import { listInspectionAudit } from '../../services/inspections/list-inspection-audit.ts';
import { documentPaths, queryParametersOf, requestBodyOf } from './openapi.ts';

export const inspectionApi = new Hono<WebEnv>();

inspectionApi.get('/inspections', async (c) => {
  return c.json(await listInspections(c.get('services'), requireActor(c), queryOptions(c, listInspectionsSchema)));
});

inspectionApi.post('/inspections', async (c) => {
  const actor = requireActor(c);
  const created = await createInspection(c.get('services'), actor, await jsonOptions(c, createInspectionSchema));
  return c.json(await getInspection(c.get('services'), actor, { inspectionId: created.id }), 201);
});

inspectionApi.get('/inspections/:id', async (c) =>
  c.json(await getInspection(c.get('services'), requireActor(c), { inspectionId: c.req.param('id') })));

inspectionApi.post('/inspections/:id/status', async (c) => {
  const actor = requireActor(c);
  const options = await jsonOptions(c, updateInspectionStatusSchema, { inspectionId: c.req.param('id') });
  return c.json(await updateInspectionStatus(c.get('services'), actor, options));
});

inspectionApi.post('/inspections/:id/risk', async (c) => {
  const actor = requireActor(c);
  const options = await jsonOptions(c, changeRiskSchema, { inspectionId: c.req.param('id') });
  return c.json(await changeRisk(c.get('services'), actor, options), 201);
});

inspectionApi.post('/inspections/:id/design-widenings', async (c) => {
  const actor = requireActor(c);
  const options = await jsonOptions(c, addDesignWideningSchema, { inspectionId: c.req.param('id') });
  return c.json(await addDesignWidening(c.get('services'), actor, options), 201);
});

inspectionApi.post('/inspections/:id/desk-based', async (c) => {
  const actor = requireActor(c);
  const options = await jsonOptions(c, setDeskBasedSchema, { inspectionId: c.req.param('id') });
  return c.json(await setDeskBased(c.get('services'), actor, options));
});

inspectionApi.post('/inspections/:id/visits', async (c) => {
  const actor = requireActor(c);
  const options = await jsonOptions(c, addVisitSchema, { inspectionId: c.req.param('id') });
  return c.json(await addVisit(c.get('services'), actor, options), 201);
});

inspectionApi.post('/inspections/:id/visits/:visitId/outcome', async (c) => {
  const actor = requireActor(c);
  const options = await jsonOptions(c, recordVisitOutcomeSchema, { inspectionId: c.req.param('id'), visitId: c.req.param('visitId') });
  return c.json(await recordVisitOutcome(c.get('services'), actor, options));
});

inspectionApi.post('/inspections/:id/follow-ups', async (c) => {
  const actor = requireActor(c);
  const options = await jsonOptions(c, addFollowUpSchema, { inspectionId: c.req.param('id') });
  return c.json(await addFollowUp(c.get('services'), actor, options), 201);
});

inspectionApi.post('/inspections/:id/decisions', async (c) => {
  const actor = requireActor(c);
  const options = await jsonOptions(c, recordDecisionSchema, { inspectionId: c.req.param('id') });
  return c.json(await recordDecision(c.get('services'), actor, options), 201);
});

inspectionApi.get('/inspections/:id/audit', async (c) =>
  c.json(await listInspectionAudit(c.get('services'), requireActor(c), { inspectionId: c.req.param('id') })));

// ---- OpenAPI --------------------------------------------------------------------------------

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const errors = {
  400: error('Ugyldige oplysninger; `fields` names each field.'),
  401: error('Not logged in.'),
  403: error('Not allowed (or missing x-csrf-token on a write).'),
  404: error('No such inspection (or visit).'),
  409: error('Conflict: changed by someone else, or the inspection is closed.'),
};
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

documentPaths({
  '/api/inspections': {
    get: {
      summary: 'Inspections the user may see, with the provider or foster family name',
      parameters: queryParametersOf(listInspectionsSchema),
      responses: { 200: ok('List of inspections'), 400: errors[400], 401: errors[401] },
    },
    post: {
      summary: 'Create an inspection of a provider or a foster family (permission inspection.write)',
      requestBody: requestBodyOf(createInspectionSchema),
      responses: { 201: ok('The inspection, as GET /api/inspections/{id}'), ...errors },
    },
  },
  '/api/inspections/{id}': {
    get: {
      summary: 'One inspection: entity, model, risk history, visits (heldVisits), follow-ups, decisions, permissions',
      parameters: [idParam],
      responses: { 200: ok('The inspection'), 401: errors[401], 403: errors[403], 404: errors[404] },
    },
  },
  '/api/inspections/{id}/status': {
    post: {
      summary: 'Change the status: planned → in_progress → completed; cancelled while open',
      parameters: [idParam],
      requestBody: requestBodyOf(updateInspectionStatusSchema, ['inspectionId']),
      responses: { 200: ok('The inspection row after'), ...errors },
    },
  },
  '/api/inspections/{id}/risk': {
    post: {
      summary: 'Change the risk category, with a reason (kept in the history)',
      parameters: [idParam],
      requestBody: requestBodyOf(changeRiskSchema, ['inspectionId']),
      responses: { 201: ok('The risk change'), ...errors },
    },
  },
  '/api/inspections/{id}/design-widenings': {
    post: {
      summary: 'Yellow risk: record how the investigation design was widened for a criterion in doubt',
      parameters: [idParam],
      requestBody: requestBodyOf(addDesignWideningSchema, ['inspectionId']),
      responses: { 201: ok('The widening'), ...errors },
    },
  },
  '/api/inspections/{id}/desk-based': {
    post: {
      summary: 'Record the inspection as desk-based (no visit needed) with a reason, or take that back',
      parameters: [idParam],
      requestBody: requestBodyOf(setDeskBasedSchema, ['inspectionId']),
      responses: { 200: ok('The inspection row after'), ...errors },
    },
  },
  '/api/inspections/{id}/visits': {
    post: {
      summary: 'Plan a visit (unannounced unless announced is true)',
      parameters: [idParam],
      requestBody: requestBodyOf(addVisitSchema, ['inspectionId']),
      responses: { 201: ok('The visit'), ...errors },
    },
  },
  '/api/inspections/{id}/visits/{visitId}/outcome': {
    post: {
      summary: 'Record a planned visit as held or aborted on arrival (aborted needs a note; it does not count as held)',
      parameters: [idParam, { name: 'visitId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      requestBody: requestBodyOf(recordVisitOutcomeSchema, ['inspectionId', 'visitId']),
      responses: { 200: ok('The visit after'), ...errors },
    },
  },
  '/api/inspections/{id}/follow-ups': {
    post: {
      summary: 'Record follow-up data collection for a design step a visit did not cover',
      parameters: [idParam],
      requestBody: requestBodyOf(addFollowUpSchema, ['inspectionId']),
      responses: { 201: ok('The follow-up'), ...errors },
    },
  },
  '/api/inspections/{id}/decisions': {
    post: {
      summary: 'Record a decision (manager of the authority only). Injunctions need a deadline; enhanced supervision an endsOn at most 6 months ahead',
      parameters: [idParam],
      requestBody: requestBodyOf(recordDecisionSchema, ['inspectionId']),
      responses: { 201: ok('The decision'), ...errors },
    },
  },
  '/api/inspections/{id}/audit': {
    get: {
      summary: 'The audit trail of the inspection and its risk changes, visits, follow-ups, assessments and decisions (permission audit.read)',
      parameters: [idParam],
      responses: { 200: ok('Entries with who, when, action, before and after'), 401: errors[401], 403: errors[403], 404: errors[404] },
    },
  },
});
