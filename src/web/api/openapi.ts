// The OpenAPI document, assembled from the path fragments each API area declares.
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
