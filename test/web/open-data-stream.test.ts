// Issue 12: open data at scale — a filtered CSV is streamed batch by batch (never built whole: each
// piece holds one batch of providers, and the response has no length), the whole export is cached
// and revalidated by ETag (304), served gzip-compressed to clients that accept it, and every write
// to what it shows — a new or changed provider, a decision, a dispatch — and a new day change the ETag.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/web/app.tsx';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { seedAuthorities } from '../support/fixtures.ts';
import { listen, type RealServer } from '../support/real-server.ts';
import { eq } from 'drizzle-orm';
import { decisions, inspections, providers } from '../../src/storage/schema.ts';
import { openDataVersion } from '../../src/services/portal/open-data-cache.ts';
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

test('the whole export is gzip-compressed for a client that accepts it, and the same text', async () => {
  const plain = await fetch(`${server.base}/portal/open-data.csv`, { headers: { 'accept-encoding': 'identity' } });
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.equal(plain.headers.get('vary'), 'Accept-Encoding');
  const plainText = await plain.text();
  const zipped = await fetch(`${server.base}/portal/open-data.csv`, { headers: { 'accept-encoding': 'gzip, deflate' } });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.ok(Number(zipped.headers.get('content-length')) < plainText.length / 3, 'compressed');
  assert.notEqual(zipped.headers.get('etag'), plain.headers.get('etag'), 'each representation its own ETag');
  assert.equal(await zipped.text(), plainText, 'the same export once decompressed');
  const revalidated = await fetch(`${server.base}/portal/open-data.csv`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.get('etag')! } });
  assert.equal(revalidated.status, 304, 'either ETag means the client has this version');
});

test('a changed provider, a decision and a new day each give the export a new version', async () => {
  const etag = async () => (await openDataVersion(t.services)).etag;
  const first = await etag();
  assert.equal(await etag(), first, 'nothing written: the same version');
  const [provider] = await t.services.db.select({ id: providers.id }).from(providers).limit(1);
  await t.services.db.update(providers).set({ name: 'Tilbud omdøbt' }).where(eq(providers.id, provider!.id));
  const renamed = await etag();
  assert.notEqual(renamed, first, 'a renamed provider');
  const csv = await (await fetch(`${server.base}/portal/open-data.csv`)).text();
  assert.match(csv, /Tilbud omdøbt/, 'the export shows the new name');
  const [inspection] = await t.services.db.insert(inspections).values({ authorityId: 'nord', providerId: provider!.id, phase: 'operation', status: 'in_progress', modelId: 'tilbud-2017', modelVersion: '1', title: 'Tilsyn' }).returning({ id: inspections.id });
  const unchanged = await etag();
  assert.equal(unchanged, renamed, 'an inspection alone is not shown in open data');
  await t.services.db.insert(decisions).values({ inspectionId: inspection!.id, kind: 'enhanced_supervision', endsOn: '2099-01-01', note: '' });
  const decided = await etag();
  assert.notEqual(decided, renamed, 'a decision');
  const tomorrow = { ...t.services, now: () => new Date(t.services.now().getTime() + 86_400_000) };
  assert.notEqual((await openDataVersion(tomorrow)).etag, decided, 'a new day: enhanced supervision may have ended');
});
