// JSON API of the register: providers with departments, and foster families. The same services
// as the pages; errors become JSON through app.onError.
import { jsonBody } from './json-body.ts';
import { Hono } from 'hono';
import { LEGAL_BASES, PROVIDER_FLAGS, TYPOLOGIES } from '../../core/model/catalog-parts.ts';
import { createProvider, createProviderSchema, type CreateProviderOptions } from '../../services/register/create-provider.ts';
import { getProvider } from '../../services/register/get-provider.ts';
import { listProviders } from '../../services/register/list-providers.ts';
import { updateProvider, updateProviderSchema } from '../../services/register/update-provider.ts';
import { addDepartment, addDepartmentSchema } from '../../services/register/add-department.ts';
import { createFosterFamily, createFosterFamilySchema, type CreateFosterFamilyOptions } from '../../services/register/create-foster-family.ts';
import { getFosterFamily } from '../../services/register/get-foster-family.ts';
import { listFosterFamilies } from '../../services/register/list-foster-families.ts';
import { updateFosterFamily, updateFosterFamilySchema } from '../../services/register/update-foster-family.ts';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { documentPaths, requestBodyOf } from './openapi.ts';

export const registerApi = new Hono<WebEnv>();

registerApi.get('/providers', async (c) => {
  const actor = requireActor(c);
  const providers = await listProviders(c.get('services'), actor, { search: c.req.query('q') ?? null });
  return c.json({ providers });
});

registerApi.post('/providers', async (c) => {
  const actor = requireActor(c);
  const body = await jsonBody(c);
  const provider = await createProvider(c.get('services'), actor, body as CreateProviderOptions);
  return c.json({ provider }, 201);
});

registerApi.get('/providers/:id', async (c) => {
  const actor = requireActor(c);
  const provider = await getProvider(c.get('services'), actor, { id: c.req.param('id') });
  return c.json({ provider });
});

registerApi.patch('/providers/:id', async (c) => {
  const actor = requireActor(c);
  const body = await jsonBody(c);
  const provider = await updateProvider(c.get('services'), actor, { ...(body as CreateProviderOptions), id: c.req.param('id') });
  return c.json({ provider });
});

registerApi.post('/providers/:id/departments', async (c) => {
  const actor = requireActor(c);
  const body = await jsonBody(c);
  const department = await addDepartment(c.get('services'), actor, {
    providerId: c.req.param('id'),
    name: body.name as string | undefined,
    places: body.places as number | string | undefined,
  });
  return c.json({ department }, 201);
});

registerApi.get('/foster-families', async (c) => {
  const actor = requireActor(c);
  const fosterFamilies = await listFosterFamilies(c.get('services'), actor, { search: c.req.query('q') ?? null });
  return c.json({ fosterFamilies });
});

registerApi.post('/foster-families', async (c) => {
  const actor = requireActor(c);
  const body = await jsonBody(c);
  const fosterFamily = await createFosterFamily(c.get('services'), actor, body as CreateFosterFamilyOptions);
  return c.json({ fosterFamily }, 201);
});

registerApi.get('/foster-families/:id', async (c) => {
  const actor = requireActor(c);
  const fosterFamily = await getFosterFamily(c.get('services'), actor, { id: c.req.param('id') });
  return c.json({ fosterFamily });
});

registerApi.patch('/foster-families/:id', async (c) => {
  const actor = requireActor(c);
  const body = await jsonBody(c);
  const fosterFamily = await updateFosterFamily(c.get('services'), actor, { ...(body as CreateFosterFamilyOptions), id: c.req.param('id') });
  return c.json({ fosterFamily });
});

// ---- OpenAPI --------------------------------------------------------------------------------

const uuid = { type: 'string', format: 'uuid' } as const;
const textList = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, maxItems: 50 } as const;

const providerInput = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200, description: 'Navn' },
    municipality: { type: 'string', minLength: 1, maxLength: 100, description: 'Kommune' },
    legalBases: { type: 'array', items: { type: 'string', enum: [...LEGAL_BASES] }, minItems: 1, description: 'Lovgrundlag' },
    flags: { type: 'array', items: { type: 'string', enum: [...PROVIDER_FLAGS] }, description: 'aflastning: alene godkendt til aflastning; bestyrelse: privat tilbud med bestyrelse' },
    targetGroups: { ...textList, description: 'Målgrupper' },
    methods: { ...textList, description: 'Metoder' },
    places: { type: 'integer', minimum: 0, maximum: 100000, description: 'Antal pladser' },
  },
};

const department = {
  type: 'object',
  required: ['id', 'providerId', 'name', 'places'],
  properties: { id: uuid, providerId: uuid, name: { type: 'string' }, places: { type: 'integer', minimum: 0 } },
};

const provider = {
  type: 'object',
  required: ['id', 'authorityId', 'name', 'municipality', 'legalBases', 'flags', 'targetGroups', 'methods', 'places', 'createdAt'],
  properties: {
    id: uuid,
    authorityId: { type: 'string' },
    ...providerInput.properties,
    createdAt: { type: 'string', format: 'date-time' },
  },
};

const providerDetails = {
  ...provider,
  required: [...provider.required, 'authorityName', 'departments'],
  properties: { ...provider.properties, authorityName: { type: 'string' }, departments: { type: 'array', items: department } },
};

const fosterFamilyInput = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200, description: 'Navn' },
    municipality: { type: 'string', minLength: 1, maxLength: 100, description: 'Kommune' },
    typology: { type: 'string', enum: [...TYPOLOGIES], description: 'Typologi' },
    approvedOn: { type: ['string', 'null'], format: 'date', description: 'Godkendelsesdato; null hvis endnu ikke godkendt' },
    childrenInCare: { type: 'integer', minimum: 0, maximum: 50, description: 'Antal børn i pleje; 0 er et kendt forhold: intet barn i pleje' },
  },
};

const fosterFamily = {
  type: 'object',
  required: ['id', 'authorityId', 'name', 'municipality', 'typology', 'approvedOn', 'childrenInCare', 'createdAt'],
  properties: { id: uuid, authorityId: { type: 'string' }, ...fosterFamilyInput.properties, createdAt: { type: 'string', format: 'date-time' } },
};

const fosterFamilyDetails = {
  ...fosterFamily,
  required: [...fosterFamily.required, 'authorityName'],
  properties: { ...fosterFamily.properties, authorityName: { type: 'string' } },
};


const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json({ $ref: '#/components/schemas/Error' }) });
const idParam = (description: string) => ({ name: 'id', in: 'path', required: true, schema: uuid, description });
const searchParam = { name: 'q', in: 'query', required: false, schema: { type: 'string', maxLength: 200 }, description: 'Søg i navnet' };
const writeErrors = { 400: error('Ugyldige oplysninger; fields navngiver felterne'), 401: error('Ikke logget ind'), 403: error('Ingen adgang, eller manglende CSRF-token') };

documentPaths({
  '/api/providers': {
    get: {
      summary: 'Tilbud, brugeren må se',
      tags: ['register'],
      parameters: [searchParam],
      responses: { 200: { description: 'Tilbuddene', ...json({ type: 'object', properties: { providers: { type: 'array', items: provider } } }) }, 401: error('Ikke logget ind') },
    },
    post: {
      summary: 'Opret et tilbud',
      tags: ['register'],
      requestBody: requestBodyOf(createProviderSchema),
      responses: { 201: { description: 'Oprettet', ...json({ type: 'object', properties: { provider } }) }, ...writeErrors },
    },
  },
  '/api/providers/{id}': {
    parameters: [idParam('Tilbuddets id')],
    get: {
      summary: 'Et tilbud med afdelinger',
      tags: ['register'],
      responses: { 200: { description: 'Tilbuddet', ...json({ type: 'object', properties: { provider: providerDetails } }) }, 401: error('Ikke logget ind'), 403: error('Ingen adgang'), 404: error('Findes ikke') },
    },
    patch: {
      summary: 'Ret et tilbud (kun de felter, der er med)',
      tags: ['register'],
      requestBody: requestBodyOf(updateProviderSchema),
      responses: { 200: { description: 'Rettet', ...json({ type: 'object', properties: { provider } }) }, ...writeErrors, 404: error('Findes ikke') },
    },
  },
  '/api/providers/{id}/departments': {
    parameters: [idParam('Tilbuddets id')],
    post: {
      summary: 'Tilføj en afdeling til et tilbud',
      tags: ['register'],
      requestBody: requestBodyOf(addDepartmentSchema),
      responses: { 201: { description: 'Tilføjet', ...json({ type: 'object', properties: { department } }) }, ...writeErrors, 404: error('Findes ikke') },
    },
  },
  '/api/foster-families': {
    get: {
      summary: 'Plejefamilier, brugeren må se',
      tags: ['register'],
      parameters: [searchParam],
      responses: { 200: { description: 'Plejefamilierne', ...json({ type: 'object', properties: { fosterFamilies: { type: 'array', items: fosterFamily } } }) }, 401: error('Ikke logget ind') },
    },
    post: {
      summary: 'Opret en plejefamilie',
      tags: ['register'],
      requestBody: requestBodyOf(createFosterFamilySchema(new Date())),
      responses: { 201: { description: 'Oprettet', ...json({ type: 'object', properties: { fosterFamily } }) }, ...writeErrors },
    },
  },
  '/api/foster-families/{id}': {
    parameters: [idParam('Plejefamiliens id')],
    get: {
      summary: 'En plejefamilie',
      tags: ['register'],
      responses: { 200: { description: 'Plejefamilien', ...json({ type: 'object', properties: { fosterFamily: fosterFamilyDetails } }) }, 401: error('Ikke logget ind'), 403: error('Ingen adgang'), 404: error('Findes ikke') },
    },
    patch: {
      summary: 'Ret en plejefamilie (kun de felter, der er med)',
      tags: ['register'],
      requestBody: requestBodyOf(updateFosterFamilySchema(new Date())),
      responses: { 200: { description: 'Rettet', ...json({ type: 'object', properties: { fosterFamily } }) }, ...writeErrors, 404: error('Findes ikke') },
    },
  },
});
