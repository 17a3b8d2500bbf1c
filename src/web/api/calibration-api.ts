// JSON API of calibration rounds (issue 13): the same use cases as the pages, so the API is as
// blind as they are — an inspector reads their own answers only, and results exist once closed.
import { Hono } from 'hono';
import { z } from 'zod';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { jsonOptions } from '../request-options.ts';
import { listRounds } from '../../services/calibration/list-rounds.ts';
import { getRound } from '../../services/calibration/get-round.ts';
import { answerRound, answerRoundSchema } from '../../services/calibration/answer-round.ts';
import { closeRound } from '../../services/calibration/close-round.ts';
import { documentPaths, errorResponsesOf, jsonResponseOf, requestBodyOf } from './openapi.ts';

export const calibrationApi = new Hono<WebEnv>();

calibrationApi.get('/calibration', async (c) => c.json(await listRounds(c.get('services'), requireActor(c), { page: c.req.query('page') })));

calibrationApi.get('/calibration/:id', async (c) => {
  const { model: _model, ...view } = await getRound(c.get('services'), requireActor(c), c.req.param('id'));
  return c.json({ round: view });
});

calibrationApi.put('/calibration/:id/answers', async (c) => {
  const actor = requireActor(c);
  return c.json(await answerRound(c.get('services'), actor, await jsonOptions(c, answerRoundSchema, { roundId: c.req.param('id') })));
});

calibrationApi.post('/calibration/:id/close', async (c) => {
  await closeRound(c.get('services'), requireActor(c), c.req.param('id'));
  return c.body(null, 204);
});

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'Rundens id' };
documentPaths({
  '/api/calibration': {
    get: { summary: 'De kalibreringsrunder, brugeren må se, sidevis (50 pr. side)', tags: ['calibration'], responses: { 200: jsonResponseOf('En side af runderne', z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })), total: z.number().int() })), ...errorResponsesOf(401) } },
  },
  '/api/calibration/{id}': {
    parameters: [idParam],
    get: { summary: 'En runde: sagen, punkterne, egne svar; resultaterne først når runden er lukket', tags: ['calibration'], responses: { 200: jsonResponseOf('Runden', z.object({ round: z.object({ round: z.object({ id: z.string() }), results: z.unknown() }) })), ...errorResponsesOf(401, 403, 404) } },
  },
  '/api/calibration/{id}/answers': {
    parameters: [idParam],
    put: { summary: 'Egne svar (værdi og begrundelse pr. punkt); kan ændres, indtil runden lukkes', tags: ['calibration'], requestBody: requestBodyOf(answerRoundSchema, ['roundId']), responses: { 200: jsonResponseOf('Gemt', z.object({ answered: z.number().int() })), ...errorResponsesOf(400, 401, 403, 404) } },
  },
  '/api/calibration/{id}/close': {
    parameters: [idParam],
    post: { summary: 'Luk runden (kun den, der oprettede den)', tags: ['calibration'], responses: { 204: { description: 'Lukket' }, ...errorResponsesOf(401, 403, 404, 409) } },
  },
});
