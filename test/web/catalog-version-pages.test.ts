// Issue 11: the catalog-version pages through the web app — the administrator uploads a YAML file
// (multipart), sees the diff, activates it; a bad file comes back with its error (400) and stores
// nothing; an inspector reads the versions but cannot upload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { webSession, type WebSession } from '../support/web-session.ts';
import { todayInDenmark } from '../../src/core/calendar.ts';
import { catalogVersions } from '../../src/storage/schema.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
let admin: WebSession;
let inspector: WebSession;
before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  app = createApp(t.services);
  admin = await webSession(t.services, 'ada', 'admin');
  inspector = await webSession(t.services, 'ina', 'inspector', 'nord');
});
after(() => t.close());

const upload = (session: WebSession, yaml: string, activeFrom: string) => {
  const form = new FormData();
  form.set('_csrf', session.csrfToken);
  form.set('activeFrom', activeFrom);
  form.set('file', new File([yaml], 'plejefamilie-1.2.yaml', { type: 'application/yaml' }));
  return app.request('/models/plejefamilie/versions', { method: 'POST', headers: { cookie: session.cookie, origin: 'http://localhost' }, body: form });
};

test('upload, diff, activate — by the administrator only', async () => {
  const shipped = readFileSync(new URL('../../models/plejefamilie.yaml', import.meta.url), 'utf8');
  const today = todayInDenmark(t.services.now());
  const bad = await upload(admin, shipped.replace('version: 1.1.0', 'version: 1.2.0').replace('kind: binary', 'kind: binær'), today);
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Kataloget er ikke gyldigt: plejefamilie-1\.2\.yaml:\d+ kind/);
  assert.equal((await t.services.db.select().from(catalogVersions)).length, 0, 'nothing stored');
  assert.equal((await upload(inspector, shipped, today)).status, 403);

  const changed = shipped.replace('version: 1.1.0', 'version: 1.2.0');
  const sent = await upload(admin, changed, today);
  assert.equal(sent.status, 303);
  const preview = await (await app.request(sent.headers.get('location')!, { headers: { cookie: admin.cookie } })).text();
  assert.match(preview, /Version 1\.2\.0 af/);
  assert.match(preview, /<td>version<\/td><td>Ændret<\/td><td>1\.1\.0<\/td><td>1\.2\.0<\/td>/);
  const activate = await app.request(`${sent.headers.get('location')}/activate`, { method: 'POST', headers: { cookie: admin.cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' }, body: `_csrf=${admin.csrfToken}` });
  assert.equal(activate.status, 303);
  assert.equal(t.services.registry.get('plejefamilie')?.version, '1.2.0');
  const versions = await (await app.request('/models/plejefamilie/versions', { headers: { cookie: inspector.cookie } })).text();
  assert.match(versions, /1\.2\.0/);
  assert.doesNotMatch(versions, /Indlæs en ny version/, 'the inspector reads, without the upload form');
});
