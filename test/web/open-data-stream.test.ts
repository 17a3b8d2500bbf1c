// Issue 12: open data at scale — a filtered CSV is streamed batch by batch (never built whole: each
// piece holds one batch of providers, and the response has no length), the whole export is cached
// and revalidated by ETag (304), and a new provider changes the ETag.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { listen, type RealServer } from '../support/real-server.ts';
import { providers } from '../../src/storage/schema.ts';
import { OPEN_DATA_BATCH, openDataCsvChunks } from '../../src/services/portal/export-open-data.ts';

let t: TestServices;
let server: RealServer;
const COUNT = 250;
before(async () => {
  t = await createTestServices();
  await seedAuthorities(t.services);
  await t.services.db.insert(providers).values(Array.from({ length: COUNT }, (_, n) => ({ authorityId: 'nord', name: `Tilbud ${String(n).padStart(3, '0')}`, municipality: 'Aalborg', legalBases: ['sel-107' as const] })));
  server = await listen(createApp(t.services));
});
after(async () => {
  await server.close();
  await t.close();
});

test('the export is built in pieces of one batch of providers each', async () => {
  const pieces: string[] = [];
  for await (const piece of await openDataCsvChunks(t.services, { municipality: 'Aalborg' })) pieces.push(piece);
  assert.equal(pieces.length, 1 + Math.ceil(COUNT / OPEN_DATA_BATCH), 'the header, then one piece per batch');
  for (const piece of pieces.slice(1)) assert.ok(piece.split('\r\n').filter(Boolean).length <= OPEN_DATA_BATCH, 'a piece holds one batch');
  await assert.rejects(openDataCsvChunks(t.services, { legalBasis: 'nope' }), /Søgningen er ikke gyldig/, 'a bad filter fails before the first piece');
});

test('a filtered export streams (chunked, no length); the whole export is cached and revalidated', async () => {
  const filtered = await fetch(`${server.base}/portal/open-data.csv?kommune=Aalborg`);
  assert.equal(filtered.status, 200);
  assert.equal(filtered.headers.get('content-length'), null, 'streamed: no length known in advance');
  assert.equal((await filtered.text()).split('\r\n').filter(Boolean).length, 1 + COUNT);

  const whole = await fetch(`${server.base}/portal/open-data.csv`);
  const etag = whole.headers.get('etag');
  assert.ok(etag && whole.headers.get('last-modified'));
  const body = await whole.text();
  assert.equal(body.split('\r\n').filter(Boolean).length, 1 + COUNT);
  const again = await fetch(`${server.base}/portal/open-data.csv`, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  await t.services.db.insert(providers).values({ authorityId: 'nord', name: 'Tilbud nyt', municipality: 'Aalborg' });
  const changed = await fetch(`${server.base}/portal/open-data.csv`, { headers: { 'if-none-match': etag } });
  assert.equal(changed.status, 200, 'a new provider changes the export');
  assert.notEqual(changed.headers.get('etag'), etag);
  assert.equal((await changed.text()).split('\r\n').filter(Boolean).length, 2 + COUNT);
  const bad = await fetch(`${server.base}/portal/open-data.csv?lovgrundlag=nope`);
  assert.equal(bad.status, 400);
});
