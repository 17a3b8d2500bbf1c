// JSON API of user administration (administrators) and of the user's own password. The same
// use cases as the pages; errors become JSON through app.onError.
import { Hono } from 'hono';
import { z } from 'zod';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { jsonOptions, queryOptions } from '../request-options.ts';
import { listUsers, listUsersSchema } from '../../services/users/list-users.ts';
import { createUser, createUserSchema } from '../../services/users/create-user.ts';
import { getUser } from '../../services/users/get-user.ts';
import { updateUser, updateUserSchema } from '../../services/users/update-user.ts';
import { setUserActive, setUserActiveSchema } from '../../services/users/set-user-active.ts';
import { resetPassword, resetPasswordSchema } from '../../services/users/reset-password.ts';
import { changeOwnPassword, changeOwnPasswordSchema } from '../../services/users/change-own-password.ts';
import { userJsonRecord } from '../../services/users/user-record.ts';
import { documentPaths, errorResponsesOf, jsonResponseOf, queryParametersOf, requestBodyOf } from './openapi.ts';

export const userApi = new Hono<WebEnv>();

userApi.get('/users', async (c) => c.json(await listUsers(c.get('services'), requireActor(c), queryOptions(c, listUsersSchema))));

userApi.post('/users', async (c) => {
  const actor = requireActor(c);
  return c.json({ user: await createUser(c.get('services'), actor, await jsonOptions(c, createUserSchema)) }, 201);
});

userApi.get('/users/:id', async (c) => c.json({ user: await getUser(c.get('services'), requireActor(c), { userId: c.req.param('id') }) }));

userApi.patch('/users/:id', async (c) => {
  const actor = requireActor(c);
  return c.json({ user: await updateUser(c.get('services'), actor, await jsonOptions(c, updateUserSchema, { userId: c.req.param('id') })) });
});

userApi.post('/users/:id/active', async (c) => {
  const actor = requireActor(c);
  return c.json({ user: await setUserActive(c.get('services'), actor, await jsonOptions(c, setUserActiveSchema, { userId: c.req.param('id') })) });
});

userApi.post('/users/:id/password-reset', async (c) => {
  const actor = requireActor(c);
  return c.json(await resetPassword(c.get('services'), actor, await jsonOptions(c, resetPasswordSchema, { userId: c.req.param('id') })));
});

userApi.post('/account/password', async (c) => {
  const actor = requireActor(c);
  await changeOwnPassword(c.get('services'), actor, { ...(await jsonOptions(c, changeOwnPasswordSchema)), sessionToken: c.get('sessionToken') });
  return c.body(null, 204);
});

// ---- OpenAPI --------------------------------------------------------------------------------

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'Brugerens id' };
const userResponse = (description: string) => jsonResponseOf(description, z.object({ user: userJsonRecord }));

documentPaths({
  '/api/users': {
    get: {
      summary: 'Brugerne (kun administrator), filtreret og sidevis (50 pr. side)',
      tags: ['users'],
      parameters: queryParametersOf(listUsersSchema),
      responses: { 200: jsonResponseOf('En side af brugerne', z.object({ items: z.array(userJsonRecord), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })), ...errorResponsesOf(400, 401, 403) },
    },
    post: {
      summary: 'Opret en bruger (kun administrator); adgangskoden følger adgangskodereglen',
      tags: ['users'],
      requestBody: requestBodyOf(createUserSchema),
      responses: { 201: userResponse('Oprettet'), ...errorResponsesOf(400, 401, 403) },
    },
  },
  '/api/users/{id}': {
    parameters: [idParam],
    get: { summary: 'En bruger (kun administrator)', tags: ['users'], responses: { 200: userResponse('Brugeren'), ...errorResponsesOf(401, 403, 404) } },
    patch: {
      summary: 'Ret navn, rolle og organisation; ny rolle eller organisation logger brugeren af',
      tags: ['users'],
      requestBody: requestBodyOf(updateUserSchema, ['userId']),
      responses: { 200: userResponse('Rettet'), ...errorResponsesOf(400, 401, 403, 404, 409) },
    },
  },
  '/api/users/{id}/active': {
    parameters: [idParam],
    post: {
      summary: 'Deaktivér (logges af med det samme) eller genaktivér; den sidste aktive administrator kan ikke deaktiveres',
      tags: ['users'],
      requestBody: requestBodyOf(setUserActiveSchema, ['userId']),
      responses: { 200: userResponse('Ændret'), ...errorResponsesOf(400, 401, 403, 404, 409) },
    },
  },
  '/api/users/{id}/password-reset': {
    parameters: [idParam],
    post: {
      summary: 'Nulstil adgangskoden: en engangsadgangskode (vises kun i dette svar), som skal skiftes ved næste login',
      tags: ['users'],
      requestBody: requestBodyOf(resetPasswordSchema, ['userId']),
      responses: { 200: jsonResponseOf('Brugeren og engangsadgangskoden', z.object({ user: userJsonRecord, oneTimePassword: z.string() })), ...errorResponsesOf(401, 403, 404, 409) },
    },
  },
  '/api/account/password': {
    post: {
      summary: 'Skift din egen adgangskode; dine andre sessioner logges af',
      tags: ['account'],
      requestBody: requestBodyOf(changeOwnPasswordSchema),
      responses: { 204: { description: 'Skiftet' }, ...errorResponsesOf(400, 401, 403) },
    },
  },
});
