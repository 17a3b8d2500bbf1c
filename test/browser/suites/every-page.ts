// Issue 12: every page type, as the role that uses it, passes axe (WCAG 2.0/2.1 A and AA) and does
// not scroll sideways at 320 px. The other suites check the pages they drive; this one visits each
// kind of page once more on the demo data, so a page no flow reaches is checked too.
import { test, before } from 'node:test';
import { and, eq, isNotNull } from 'drizzle-orm';
import { assertAccessible, sharedServer, signedIn, sharedBrowser, type RunningServer } from '../support/browser.ts';
import { calibrationRounds, fosterFamilies, inspections, providers, qualityReviews, reports, reportVersions, users } from '../../../src/storage/schema.ts';

let server: RunningServer;
before(async () => {
  server = await sharedServer();
});

/** Visits each path as `username` (null: without a login) and checks it. */
async function visitAll(username: string | null, paths: string[]): Promise<void> {
  const session = username
    ? await signedIn(username)
    : await (async () => {
        const context = await (await sharedBrowser()).newContext();
        return { page: await context.newPage(), close: () => context.close() };
      })();
  try {
    for (const path of paths) {
      const response = await session.page.goto(`${server.url}${path}`);
      if (response?.status() !== 200) throw new Error(`${path} as ${username ?? 'the public'}: ${response?.status()}`);
      await assertAccessible(session.page);
    }
  } finally {
    await session.close();
  }
}

test('every page type passes axe and reflows at 320 px, as the role that uses it', async () => {
  const db = server.services.db;
  const [withReport] = await db.select({ id: inspections.id, modelId: inspections.modelId, modelVersion: inspections.modelVersion }).from(inspections)
    .innerJoin(reports, eq(reports.inspectionId, inspections.id)).where(and(eq(inspections.authorityId, 'nord'), isNotNull(inspections.providerId))).limit(1);
  const model = server.services.registry.used(withReport!.modelId, withReport!.modelVersion);
  if (!model || model.kind === 'standards') throw new Error('the demo inspection has an assessable model');
  const [provider] = await db.select({ id: providers.id }).from(providers).where(eq(providers.authorityId, 'nord')).limit(1);
  const [family] = await db.select({ id: fosterFamilies.id }).from(fosterFamilies).where(eq(fosterFamilies.authorityId, 'nord')).limit(1);
  const [version] = await db.select({ id: reportVersions.id }).from(reportVersions).limit(1);
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'inspektoer-nord'));
  const [leader] = await db.select({ providerId: users.providerId }).from(users).where(eq(users.username, 'institution-leder'));
  const standards = server.services.registry.get('dkm-social');
  if (!standards || standards.kind !== 'standards') throw new Error('the regions\' model is in the catalog');
  const standardId = standards.standards[0]!.id;
  const i = `/inspections/${withReport!.id}`;
  const s = `/standards/institutions/${leader!.providerId}`;

  await visitAll(null, ['/login', '/portal', '/portal/open-data', `/portal/providers/${provider!.id}`]);
  await visitAll('inspektoer-nord', [
    '/', '/inspections', i, `${i}/assessment`, `${i}/assessment/themes/${model.themes[0]!.id}`, `${i}/assessment/economy`, `${i}/report`, '/inspections/new',
    '/providers', `/providers/${provider!.id}`, `/providers/${provider!.id}/edit`, '/providers/new',
    '/foster-families', `/foster-families/${family!.id}`, `/foster-families/${family!.id}/edit`, '/foster-families/new',
    '/reports', '/reports/hearing', `/report-versions/${version!.id}`, '/models', `/models/${model.id}`, '/notifications', '/account/password', '/components',
  ]);
  await visitAll('leder-nord', ['/', `${i}/audit`, '/analytics', '/analytics/annual', '/analytics/consistency', '/analytics/situations']);
  await visitAll('admin', ['/', '/users', `/users/${user!.id}`, '/users/new']);
  await visitAll('kommune-demo', ['/', '/municipality/foster-families']);
  await visitAll('tilbud-demo', ['/', '/reports']);
  await visitAll('kvalitet-sjaelland', [
    '/standards', '/standards/examples', s, `${s}/descriptions`, `${s}/self-evaluation`, `${s}/steps`, `${s}/steps/${standardId}`, `${s}/traffic-light`, `${s}/traffic-light/easy-read`,
  ]);
  await visitAll('institution-leder', [s, `${s}/descriptions/${standardId}`, `${s}/steps/${standardId}/documents/new`, `${s}/steps/${standardId}/evidence/new`]);

  // Issue 13: the consistency area, with the demo's closed and open rounds and its reviewed sample.
  const rounds = await db.select({ id: calibrationRounds.id, status: calibrationRounds.status }).from(calibrationRounds);
  const closed = rounds.find((r) => r.status === 'closed')!;
  const open = rounds.find((r) => r.status === 'open')!;
  const [review] = await db.select({ sampleId: qualityReviews.sampleId, versionId: qualityReviews.versionId }).from(qualityReviews).limit(1);
  const c = '/consistency/calibration';
  const q = '/consistency/quality-review';
  await visitAll('inspektoer-nord', ['/consistency', c, `${c}/${closed.id}`, `${c}/${open.id}`, `${q}/feedback`]);
  await visitAll('leder-nord', ['/consistency', c, `${c}/new`, `${c}/new?model=tilbud-2017`, `${c}/history`, `${c}/${closed.id}`, q, `${q}/samples/${review!.sampleId}`, `${q}/samples/${review!.sampleId}/reports/${review!.versionId}`, `${q}/summary`]);
  await visitAll('revisor', ['/consistency', `${c}/${open.id}`, `${q}/authorities`]);
});
