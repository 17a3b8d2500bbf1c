// The OpenAPI document, assembled from the path fragments each API area declares.
import { z } from 'zod';
type PathItem = Record<string, unknown>;
const fragments: Record<string, PathItem> = {};

export function documentPaths(paths: Record<string, PathItem>): void {
  Object.assign(fragments, paths);
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'tilsyn API', version: '1.0.0', description: 'JSON API over the same services as the web pages, with the same permissions. Writes need the session cookie and the header x-csrf-token.' },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tilsyn_session' } },
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } } } } } },
      },
    },
    security: [{ session: [] }],
    paths: fragments,
  };
}

/**
 * A request body documented from the use case's own zod schema (what `jsonOptions` checks), so the
 * document cannot drift from the validation. `fromPath`: fields the route takes from the path.
 */
export function requestBodyOf(schema: z.ZodType, fromPath: string[] = []) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const properties = typeof json.properties === 'object' && json.properties !== null ? { ...json.properties } : {};
  for (const field of fromPath) delete properties[field];
  const required = Array.isArray(json.required) ? json.required.filter((f) => !fromPath.includes(f)) : [];
  const { $schema: _dialect, ...rest } = json;
  return { required: true, content: { 'application/json': { schema: { ...rest, properties, required } } } };
}

/** A JSON response documented from a zod schema of what the route returns. */
export function jsonResponseOf(description: string, schema: z.ZodType) {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return { description, content: { 'application/json': { schema: json } } };
}

/**
 * The query parameters of a GET route, from the use case's options schema (`queryNames` renames a
 * field where the query string calls it something else, e.g. the portal's Danish names).
 */
export function queryParametersOf(schema: z.ZodType, queryNames: Record<string, string> = {}) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const properties = typeof json.properties === 'object' && json.properties !== null ? json.properties : {};
  return Object.entries(properties).map(([field, property]) => {
    const { description, ...fieldSchema } = typeof property === 'object' ? property : {};
    return { name: queryNames[field] ?? field, in: 'query', required: false, ...(description ? { description } : {}), schema: fieldSchema };
  });
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Ugyldige oplysninger; fields navngiver felterne',
  401: 'Ikke logget ind',
  403: 'Ingen adgang, eller manglende CSRF-token',
  404: 'Findes ikke',
  409: 'Ændret af en anden i mellemtiden (versionskonflikt), eller ikke tilladt i den nuværende tilstand',
};

/** The error responses a route can give, each with the shared Error schema. */
export function errorResponsesOf(...codes: (keyof typeof ERROR_TEXT)[]) {
  return Object.fromEntries(codes.map((code) => [String(code), { description: ERROR_TEXT[code] ?? 'Fejl', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]));
}
