// The server that `npm run bench:pages` measures, in its own process so that its CPU time and
// memory are its own: the real application on the national-scale data (filled on first use), a
// bare Hono page on a second port, and logged-in sessions for the load. Prints one JSON line with
// the ports, the session cookies and the paths of the pages to measure, then serves until killed.
// It runs the compiled application in dist/ with plain Node, as `tilsyn serve` does in production:
// under tsx the process carries the loader's thread and transformed sources (about 50 MB more, and
// esbuild's name helpers on every function), which is not the product's cost.
// @ts-check
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { and, eq, isNotNull } from 'drizzle-orm';
import { openServices } from '../dist/server/open-services.js';
import { databaseOptionsFromEnv } from '../dist/storage/database.js';
import { isDatabaseEmpty, seedDemo } from '../dist/demo/seed-demo.js';
import { seedScale } from '../dist/demo/seed-scale.js';
import { createApp } from '../dist/web/app.js';
import { login } from '../dist/services/auth/sessions.js';
import { inspections, providers, reports } from '../dist/storage/schema.js';

const sessions = Number(process.env.BENCH_SESSIONS ?? 10);
const { services } = await openServices(databaseOptionsFromEnv());
// BENCH_FRACTION=0.1: a tenth of the national history (the same first providers and families), to
// show that no page's cost grows with the size of the database.
if (await isDatabaseEmpty(services)) {
  await seedDemo(services);
  process.stderr.write('fylder databasen med skaladata (tilsyn demo scale) …\n');
  await seedScale(services, (/** @type {string} */ m) => process.stderr.write(`  ${m}\n`), Number(process.env.BENCH_FRACTION ?? 1));
}

/** @type {string[]} */
const cookies = [];
for (let i = 0; i < sessions; i++) {
  const session = await login(services, { username: 'inspektoer-nord', password: 'demo-tilsyn', clientKey: `bench-${i}` });
  cookies.push(`tilsyn_session=${session.token}`);
}
// The demo inspection with a report, the provider it is of, and a theme of its model.
const [withReport] = await services.db.select({ id: inspections.id, providerId: inspections.providerId, modelId: inspections.modelId, modelVersion: inspections.modelVersion })
  .from(inspections).innerJoin(reports, eq(reports.inspectionId, inspections.id))
  .where(and(eq(inspections.authorityId, 'nord'), isNotNull(inspections.providerId))).limit(1);
if (!withReport) throw new Error('ingen tilsyn med rapport i Nord');
const model = services.registry.used(withReport.modelId, withReport.modelVersion);
if (!model || model.kind === 'standards') throw new Error('tilsynets model har ingen temaer');
const themeId = model.themes[0]?.id;
const [publicProvider] = await services.db.select({ id: providers.id }).from(providers).where(eq(providers.authorityId, 'syd')).limit(1);

const app = createApp(services, { demo: true });
const bare = new Hono().get('/', (c) => c.html('<!doctype html><html lang="da"><title>Bar</title><p>Hej</p></html>'));
/** @param {(r: Request) => Response | Promise<Response>} fetch @returns {Promise<number>} */
const listen = (fetch) => new Promise((resolve) => serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port)));
const port = await listen(app.fetch);
const barePort = await listen(bare.fetch);

/** @type {[string, string][]} */
const pages = [
  ['start page', '/'],
  ['inspections list (completed)', '/inspections?status=completed'],
  ['inspection overview', `/inspections/${withReport.id}`],
  ['assessment theme page', `/inspections/${withReport.id}/assessment/themes/${themeId}`],
  ['report editor', `/inspections/${withReport.id}/report`],
  ['provider page', `/providers/${withReport.providerId}`],
  ['portal search (§ 107)', '/portal?lovgrundlag=sel-107'],
  ['portal provider page', `/portal/providers/${publicProvider?.id}`],
  ['open-data export (CSV)', '/portal/open-data.csv'],
];
// BENCH_PROFILE=file.cpuprofile: a CPU profile of the serving alone (not the start), written on SIGINT.
const profile = process.env.BENCH_PROFILE ? await startProfile(process.env.BENCH_PROFILE) : null;
process.stdout.write(`${JSON.stringify({ port, barePort, cookies, pages })}\n`);
process.on('SIGINT', () => void (profile ? profile().then(() => process.exit(0)) : process.exit(0)));

/** @param {string} file @returns {Promise<() => Promise<void>>} */
async function startProfile(file) {
  const session = new Session();
  session.connect();
  /** @param {string} method @returns {Promise<any>} */
  const post = (method) => new Promise((resolvePost, reject) => session.post(method, (err, result) => (err ? reject(err) : resolvePost(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return async () => {
    const { profile: written } = await post('Profiler.stop');
    writeFileSync(file, JSON.stringify(written));
  };
}
