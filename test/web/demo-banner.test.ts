// Issue 8: a database with the demo data says so on every page — logged in or public — and a
// real installation never shows the banner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { webSession, type WebSession } from '../support/web-session.ts';
import { DEMO_BANNER } from '../../src/core/labels.ts';

let t: TestServices;
let inspector: WebSession;
before(async () => {
  t = await createTestServices();
  inspector = await webSession(t.services, 'ina', 'inspector', 'nord');
});
after(() => t.close());

const PAGES = ['/login', '/portal', '/portal/open-data', '/', '/models', '/inspections', '/side-der-ikke-findes'];

test('with the demo data every page carries the banner', async () => {
  const app = createApp(t.services, { demo: true });
  for (const path of PAGES) {
    const html = await (await app.request(path, { headers: { cookie: inspector.cookie } })).text();
    assert.ok(html.includes(DEMO_BANNER), `${path} shows the demo banner`);
  }
});

test('without the demo data no page carries it', async () => {
  const app = createApp(t.services);
  for (const path of PAGES) {
    const html = await (await app.request(path, { headers: { cookie: inspector.cookie } })).text();
    assert.ok(!html.includes('Demodata'), `${path} has no demo banner`);
  }
});
