// JSON API of the register: providers with departments, and foster families. The same services
// as the pages; errors become JSON through app.onError.
import { jsonOptions, queryOptions } from '../request-options.ts';
import { Hono } from 'hono';
import { createProvider, createProviderSchema, searchSchema } from '../../services/register/create-provider.ts';
import { getProvider } from '../../services/register/get-provider.ts';
import { listProviders } from '../../services/register/list-providers.ts';
import { updateProvider, updateProviderSchema } from '../../services/register/update-provider.ts';
import { addDepartment, addDepartmentSchema } from '../../services/register/add-department.ts';
import { createFosterFamily, createFosterFamilySchema } from '../../services/register/create-foster-family.ts';
import { getFosterFamily } from '../../services/register/get-foster-family.ts';
import { listFosterFamilies } from '../../services/register/list-foster-families.ts';
import { updateFosterFamily, updateFosterFamilySchema } from '../../services/register/update-foster-family.ts';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { documentPaths, jsonResponseOf, queryParametersOf, requestBodyOf } from './openapi.ts';
import { departmentRecord, fosterFamilyDetailsRecord, fosterFamilyRecord, providerDetailsRecord, providerRecord } from '../../services/register/register-records.ts';
import { z } from 'zod';

export const registerApi = new Hono<WebEnv>();

registerApi.get('/providers', async (c) => {
  const actor = requireActor(c);
  const list = await listProviders(c.get('services'), actor, queryOptions(c, searchSchema, { search: 'q' }));
  return c.json({ providers: list.items, total: list.total, page: list.page, pageCount: list.pageCount });
});

registerApi.post('/providers', async (c) => {
  const actor = requireActor(c);
  const provider = await createProvider(c.get('services'), actor, await jsonOptions(c, createProviderSchema));
  return c.json({ provider }, 201);
});

registerApi.get('/providers/:id', async (c) => {
  const actor = requireActor(c);
  const provider = await getProvider(c.get('services'), actor, { id: c.req.param('id') });
  return c.json({ provider });
});

registerApi.patch('/providers/:id', async (c) => {
  const actor = requireActor(c);
  const provider = await updateProvider(c.get('services'), actor, { ...(await jsonOptions(c, updateProviderSchema)), id: c.req.param('id') });
  return c.json({ provider });
});

registerApi.post('/providers/:id/departments', async (c) => {
  const actor = requireActor(c);
  const department = await addDepartment(c.get('services'), actor, { ...(await jsonOptions(c, addDepartmentSchema)), providerId: c.req.param('id') });
  return c.json({ department }, 201);
});

registerApi.get('/foster-families', async (c) => {
  const actor = requireActor(c);
  const list = await listFosterFamilies(c.get('services'), actor, queryOptions(c, searchSchema, { search: 'q' }));
  return c.json({ fosterFamilies: list.items, total: list.total, page: list.page, pageCount: list.pageCount });
});

registerApi.post('/foster-families', async (c) => {
  const actor = requireActor(c);
  const fosterFamily = await createFosterFamily(c.get('services'), actor, await jsonOptions(c, createFosterFamilySchema(c.get('services').now())));
  return c.json({ fosterFamily }, 201);
});

registerApi.get('/foster-families/:id', async (c) => {
  const actor = requireActor(c);
  const fosterFamily = await getFosterFamily(c.get('services'), actor, { id: c.req.param('id') });
  return c.json({ fosterFamily });
});

registerApi.patch('/foster-families/:id', async (c) => {
  const actor = requireActor(c);
  const fosterFamily = await updateFosterFamily(c.get('services'), actor, { ...(await jsonOptions(c, updateFosterFamilySchema(c.get('services').now()))), id: c.req.param('id') });
  return c.json({ fosterFamily });
});

// ---- OpenAPI --------------------------------------------------------------------------------

const uuid = { type: 'string', format: 'uuid' } as const;
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json({ $ref: '#/components/schemas/Error' }) });
const idParam = (description: string) => ({ name: 'id', in: 'path', required: true, schema: uuid, description });
const searchParameters = queryParametersOf(searchSchema, { search: 'q' });
const writeErrors = { 400: error('Ugyldige oplysninger; fields navngiver felterne'), 401: error('Ikke logget ind'), 403: error('Ingen adgang, eller manglende CSRF-token') };

documentPaths({
  '/api/providers': {
    get: {
      summary: 'Tilbud, brugeren må se',
      tags: ['register'],
      parameters: searchParameters,
      responses: { 200: jsonResponseOf('Tilbuddene', z.object({ providers: z.array(providerRecord) })), 401: error('Ikke logget ind') },
    },
    post: {
      summary: 'Opret et tilbud',
      tags: ['register'],
      requestBody: requestBodyOf(createProviderSchema),
      responses: { 201: jsonResponseOf('Oprettet', z.object({ provider: providerRecord })), ...writeErrors },
    },
  },
  '/api/providers/{id}': {
    parameters: [idParam('Tilbuddets id')],
    get: {
      summary: 'Et tilbud med afdelinger',
      tags: ['register'],
      responses: { 200: jsonResponseOf('Tilbuddet', z.object({ provider: providerDetailsRecord })), 401: error('Ikke logget ind'), 403: error('Ingen adgang'), 404: error('Findes ikke') },
    },
    patch: {
      summary: 'Ret et tilbud (kun de felter, der er med)',
      tags: ['register'],
      requestBody: requestBodyOf(updateProviderSchema),
      responses: { 200: jsonResponseOf('Rettet', z.object({ provider: providerRecord })), ...writeErrors, 404: error('Findes ikke') },
    },
  },
  '/api/providers/{id}/departments': {
    parameters: [idParam('Tilbuddets id')],
    post: {
      summary: 'Tilføj en afdeling til et tilbud',
      tags: ['register'],
      requestBody: requestBodyOf(addDepartmentSchema),
      responses: { 201: jsonResponseOf('Tilføjet', z.object({ department: departmentRecord })), ...writeErrors, 404: error('Findes ikke') },
    },
  },
  '/api/foster-families': {
    get: {
      summary: 'Plejefamilier, brugeren må se',
      tags: ['register'],
      parameters: searchParameters,
      responses: { 200: jsonResponseOf('Plejefamilierne', z.object({ fosterFamilies: z.array(fosterFamilyRecord) })), 401: error('Ikke logget ind') },
    },
    post: {
      summary: 'Opret en plejefamilie',
      tags: ['register'],
      requestBody: requestBodyOf(createFosterFamilySchema(new Date())),
      responses: { 201: jsonResponseOf('Oprettet', z.object({ fosterFamily: fosterFamilyRecord })), ...writeErrors },
    },
  },
  '/api/foster-families/{id}': {
    parameters: [idParam('Plejefamiliens id')],
    get: {
      summary: 'En plejefamilie',
      tags: ['register'],
      responses: { 200: jsonResponseOf('Plejefamilien', z.object({ fosterFamily: fosterFamilyDetailsRecord })), 401: error('Ikke logget ind'), 403: error('Ingen adgang'), 404: error('Findes ikke') },
    },
    patch: {
      summary: 'Ret en plejefamilie (kun de felter, der er med)',
      tags: ['register'],
      requestBody: requestBodyOf(updateFosterFamilySchema(new Date())),
      responses: { 200: jsonResponseOf('Rettet', z.object({ fosterFamily: fosterFamilyRecord })), ...writeErrors, 404: error('Findes ikke') },
    },
  },
});
