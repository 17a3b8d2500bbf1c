// The public JSON API of the portal: no login (security: []). The same services and the same
// filters (query string navn, kommune, lovgrundlag, målgruppe) as the portal's pages.
import { Hono } from 'hono';
import { ServiceError } from '../../services/service-error.ts';
import { searchProviders } from '../../services/portal/search-providers.ts';
import { getProviderPage } from '../../services/portal/get-provider-page.ts';
import { exportOpenData } from '../../services/portal/export-open-data.ts';
import type { WebEnv } from '../env.ts';
import { FILTER_FIELDS, filterValues, filtersOf, issuesAsFields, PAGE_FIELD } from '../views/portal/portal-query.ts';
import { portalFilterSchema } from '../../services/portal/portal-data.ts';
import { documentPaths, queryParametersOf } from './openapi.ts';

export const portalApi = new Hono<WebEnv>();

/** Field issues named by the query parameters the caller used. */
function renamed(e: unknown): never {
  if (e instanceof ServiceError && e.code === 'invalid') throw new ServiceError('invalid', e.message, issuesAsFields(e.fields));
  throw e;
}

portalApi.get('/portal/providers', async (c) => {
  const { items, ...pages } = await searchProviders(c.get('services'), { ...filtersOf(filterValues(c)), page: c.req.query(PAGE_FIELD) }).catch(renamed);
  return c.json({ providers: items, ...pages });
});

portalApi.get('/portal/providers/:id', async (c) => {
  const provider = await getProviderPage(c.get('services'), { id: c.req.param('id') });
  return c.json({ provider });
});

portalApi.get('/portal/open-data.json', async (c) => {
  const rows = await exportOpenData(c.get('services'), filtersOf(filterValues(c))).catch(renamed);
  return c.json({ rows });
});

const filterParameters = queryParametersOf(portalFilterSchema, FILTER_FIELDS);

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const publishedAssessment = {
  type: 'object',
  properties: {
    version: { type: 'integer' },
    publishedOn: { type: 'string', format: 'date' },
    publishedOnLabel: { type: 'string' },
    reportDate: { type: ['string', 'null'], format: 'date' },
    reportDateLabel: { type: ['string', 'null'] },
    overallAssessment: { type: 'string' },
    themes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, assessment: { type: 'string' } } } },
    economy: { type: ['string', 'null'], description: 'Vurderingen af økonomien (offentliggøres med temavurderingerne).' },
    disproportionatelyExpensive: { type: 'boolean' },
  },
};

const publicProvider = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    municipality: { type: 'string' },
    legalBases: { type: 'array', items: { type: 'string' } },
    legalBasisLabels: { type: 'array', items: { type: 'string' } },
    targetGroups: { type: 'array', items: { type: 'string' } },
    approvalStatus: { type: 'string', enum: ['approved', 'approved_with_conditions', 'pending', 'revoked'] },
    approvalStatusLabel: { type: 'string' },
    enhancedSupervision: { type: ['object', 'null'], properties: { endsOn: { type: 'string', format: 'date' }, endsOnLabel: { type: 'string' } } },
    latestPublishedOn: { type: ['string', 'null'], format: 'date' },
    latestPublishedOnLabel: { type: ['string', 'null'] },
  },
};

documentPaths({
  '/api/portal/providers': {
    get: {
      summary: 'Søg tilbud på den offentlige portal (kræver ikke login)',
      tags: ['Offentlig portal'],
      security: [],
      parameters: filterParameters,
      responses: {
        200: { description: 'Tilbuddenes offentlige oplysninger', content: { 'application/json': { schema: { type: 'object', properties: { providers: { type: 'array', items: publicProvider } } } } } },
        400: errorResponse('Ugyldig søgning'),
      },
    },
  },
  '/api/portal/providers/{id}': {
    get: {
      summary: 'Et tilbuds offentlige side: oplysninger, seneste offentliggjorte vurdering og tidligere vurderinger (kræver ikke login)',
      tags: ['Offentlig portal'],
      security: [],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      responses: {
        200: {
          description: 'Tilbuddets offentlige side',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  provider: {
                    type: 'object',
                    properties: {
                      provider: publicProvider,
                      latest: { oneOf: [publishedAssessment, { type: 'null' }] },
                      history: { type: 'array', items: { type: 'object', properties: { version: { type: 'integer' }, publishedOn: { type: 'string', format: 'date' }, reportDate: { type: ['string', 'null'] }, overallAssessment: { type: 'string' } } } },
                    },
                  },
                },
              },
            },
          },
        },
        404: errorResponse('Tilbuddet findes ikke'),
      },
    },
  },
  '/api/portal/open-data.json': {
    get: {
      summary: 'Åbne data: de samme rækker som /portal/open-data.csv (kræver ikke login)',
      tags: ['Offentlig portal'],
      security: [],
      parameters: filterParameters,
      responses: {
        200: {
          description: 'Én række pr. afsnit af den seneste offentliggjorte rapport, pr. tidligere rapport og pr. tilbud uden rapport',
          content: { 'application/json': { schema: { type: 'object', properties: { rows: { type: 'array', items: { type: 'object' } } } } } },
        },
        400: errorResponse('Ugyldig søgning'),
      },
    },
  },
});
