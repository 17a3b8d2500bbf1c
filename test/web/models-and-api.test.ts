import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { webSession, type WebSession } from '../support/web-session.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
let inspector: WebSession;
before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  app = createApp(t.services);
  inspector = await webSession(t.services, 'ina', 'inspector', 'nord');
});
after(() => t.close());

test('healthz answers ok without login', async () => {
  const r = await app.request('/healthz');
  assert.deepEqual(await r.json(), { status: 'ok' });
});

test('pages need a login and redirect to it', async () => {
  const r = await app.request('/models');
  assert.equal(r.status, 302);
  assert.match(r.headers.get('location') ?? '', /^\/login\?next=%2Fmodels/);
});

test('the model pages show the model with its investigation design and practice examples', async () => {
  const list = await (await app.request('/models', { headers: { cookie: inspector.cookie } })).text();
  assert.match(list, /Kvalitetsmodel for tilbud/);
  const page = await (await app.request('/models/tilbud', { headers: { cookie: inspector.cookie } })).text();
  assert.match(page, /Tilbuddet har en tydelig målgruppebeskrivelse, kan redegøre herfor og arbejde hermed/);
  assert.match(page, /Gælder IKKE ambulante tilbud og krisecentre/);
  assert.match(page, /Praksiseksempler/);
  const scored = await (await app.request('/models/tilbud-2017', { headers: { cookie: inspector.cookie } })).text();
  assert.match(scored, /Indikator 8\.c:/);
  assert.equal((await app.request('/models/nope', { headers: { cookie: inspector.cookie } })).status, 404);
});

test('a form post without the CSRF token is refused', async () => {
  const r = await app.request('/logout', { method: 'POST', headers: { cookie: inspector.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  assert.equal(r.status, 403);
});

test('the OpenAPI document is served and describes the API areas', async () => {
  const r = await app.request('/api/openapi.json');
  const doc = (await r.json()) as { openapi: string; paths: Record<string, unknown> };
  assert.equal(doc.openapi, '3.1.0');
  for (const path of Object.keys(doc.paths)) assert.ok(path.startsWith('/'), path);
});

test('every JSON API route is in the OpenAPI document, with its method', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const routes = app.routes
    .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/openapi.json' && r.method !== 'ALL')
    .map((r) => ({ method: r.method.toLowerCase(), path: r.path.replace(/:(\w+)/g, '{$1}') }));
  assert.ok(routes.length >= 20, `the app has its API routes (${routes.length})`);
  assert.ok(Object.keys(doc.paths).length >= 20, 'the document has paths');
  // A route parameter may stand for a documented id with a file extension ("/{file}" → "/{id}.pdf").
  const matches = (route: string, documented: string) => {
    const a = route.split('/');
    const b = documented.split('/');
    return a.length === b.length && a.every((seg, i) => seg === b[i] || (/^\{\w+\}$/.test(seg) && /^\{\w+\}(\.\w+)?$/.test(b[i]!)));
  };
  const missing = routes
    .filter((r) => !Object.entries(doc.paths).some(([path, item]) => matches(r.path, path) && item[r.method]))
    .map((r) => `${r.method.toUpperCase()} ${r.path}`);
  assert.deepEqual(missing, [], 'routes without a documented schema');
});

test('security headers are set', async () => {
  const r = await app.request('/login');
  assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
});

test('unexpected errors are logged without query parameters', async () => {
  const { describeError } = await import('../../src/web/log-line.ts');
  const err = new Error('Failed query: select * from sessions where id = $1\nparams: secret-token-hash');
  const line = describeError(err);
  assert.ok(!line.includes('secret-token-hash'), 'the parameters are not logged');
  assert.match(line, /Failed query: select/);
});

test('request bodies are documented from the use cases\' own zod schemas', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { maxLength?: number; enum?: string[] }>; required: string[] } }> } }>> };
  const risk = doc.paths['/api/inspections/{id}/risk']?.post?.requestBody?.content['application/json']?.schema;
  assert.ok(risk, 'the risk change has a documented body');
  assert.deepEqual(risk.required.sort(), ['reason', 'risk'], 'required as the schema says; the id comes from the path');
  assert.equal(risk.properties.reason?.maxLength, 4000, 'limits come from the schema');
  assert.deepEqual(risk.properties.risk?.enum, ['green', 'yellow', 'red']);
  const review = doc.paths['/api/inspections/{id}/report/review']?.post?.requestBody?.content['application/json']?.schema;
  assert.deepEqual(review?.properties.decision?.enum, ['approve', 'return']);
});

test('every write route documents its request body from a schema, apart from the two creations and the closing of a round that take none', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema?: { type?: string } }> } }>> };
  const noBody = ['post /api/inspections/{id}/assessment', 'post /api/inspections/{id}/report', 'post /api/calibration/{id}/close'];
  const missing: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['post', 'put', 'patch'] as const) {
      const op = item[method];
      if (!op || noBody.includes(`${method} ${path}`)) continue;
      if (op.requestBody?.content['application/json']?.schema?.type !== 'object') missing.push(`${method.toUpperCase()} ${path}`);
    }
  }
  assert.deepEqual(missing, [], 'write routes without a documented body');
});

test('query parameters and register records are documented from the schemas too', async () => {
  type FieldSchema = { enum?: string[]; maxLength?: number; anyOf?: FieldSchema[] };
  type Parameter = { name: string; in: string; schema: FieldSchema };
  // A nullable field is an anyOf of its type and null.
  const variants = (s: FieldSchema | undefined): FieldSchema[] => (s ? [s, ...(s.anyOf ?? []).flatMap(variants)] : []);
  type Op = { parameters?: Parameter[]; responses: Record<string, { content?: Record<string, { schema: { properties: Record<string, { items?: { properties: Record<string, { items?: { enum?: string[] } }> } }> } }> }> };
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, Op>> };
  const status = doc.paths['/api/inspections']?.get?.parameters?.find((p) => p.name === 'status');
  const statusValues = variants(status?.schema).flatMap((s) => s.enum ?? []);
  assert.ok(statusValues.includes('planned') && statusValues.includes('cancelled'), 'the status filter lists the statuses');
  const search = doc.paths['/api/providers']?.get?.parameters?.find((p) => p.name === 'q');
  assert.ok(variants(search?.schema).some((s) => s.maxLength === 200), 'the search keeps its query name and its limit');
  assert.deepEqual(doc.paths['/api/portal/providers']?.get?.parameters?.map((p) => p.name), ['navn', 'kommune', 'lovgrundlag', 'målgruppe']);
  const listed = doc.paths['/api/providers']?.get?.responses['200']?.content?.['application/json']?.schema.properties.providers?.items;
  assert.ok(listed?.properties.legalBases?.items?.enum?.includes('sel-107'), 'a provider record lists the legal bases of the catalog');
});
