// Issue 9, item 19: the dead ends a new user met — each now a page that says where one stands.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { TestServices } from '../support/test-services.ts';
import { demoApp, type DemoApp } from '../support/demo-app.ts';
import { createApp } from '../../src/web/app.tsx';
import { followUps, inspections } from '../../src/storage/schema.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import { renderReportHtml } from '../../src/report-render/report-html.tsx';
import { options, scoredInput } from '../core/report-fixtures.ts';

let t: TestServices;
let app: ReturnType<typeof createApp>;
let demo: DemoApp;

before(async () => {
  demo = await demoApp(['inspektoer-nord', 'revisor']);
  ({ t, app } = demo);
});
after(() => t.close());

const page = async (path: string, user?: string) => {
  const response = await demo.get(path, user);
  return { status: response.status, html: await response.text(), type: response.headers.get('content-type') ?? '' };
};
const noReport = sql`not exists (select 1 from reports r where r.inspection_id = ${inspections.id})`;

test('"Rapport" on a cancelled inspection says it is cancelled (200), not "Konflikt"', async () => {
  const [cancelled] = await t.services.db.select().from(inspections).where(and(eq(inspections.status, 'cancelled'), eq(inspections.authorityId, 'nord'))).limit(1);
  const { status, html } = await page(`/inspections/${cancelled!.id}/report`, 'inspektoer-nord');
  assert.equal(status, 200);
  assert.match(html, /Tilsynet er aflyst\. Der skrives ikke en rapport for et aflyst tilsyn\./);
  assert.doesNotMatch(html, /Opret rapportudkast|Konflikt/);
});

test('for the auditor, "Rapport" on an inspection without a report is a page saying so (200), not 404', async () => {
  const [open] = await t.services.db.select().from(inspections).where(and(noReport, eq(inspections.status, 'in_progress'))).limit(1);
  const { status, html } = await page(`/inspections/${open!.id}/report`, 'revisor');
  assert.equal(status, 200);
  assert.match(html, /Der er ikke skrevet en rapport for dette tilsyn endnu\. Rapporten skrives af socialtilsynets medarbejdere\./);
  assert.doesNotMatch(html, /Opret rapportudkast/);
});

test('/favicon.ico is an icon, and every page links it', async () => {
  const icon = await app.request('/favicon.ico');
  assert.equal(icon.status, 200);
  assert.match(icon.headers.get('content-type') ?? '', /icon/);
  assert.deepEqual([...new Uint8Array(await icon.arrayBuffer()).slice(0, 4)], [0, 0, 1, 0], 'an ICO file');
  assert.match((await page('/login')).html, /<link rel="icon" href="\/favicon.ico"/);
});

test('the spider web has no style attribute, which the Content-Security-Policy (style-src \'self\') would block', async () => {
  const html = renderReportHtml(buildReport(scoredInput(), options));
  assert.match(html, /<svg[^>]*class="spider-web"/);
  assert.doesNotMatch(html, /\sstyle="/);
  const csp = (await app.request('/login')).headers.get('content-security-policy') ?? '';
  assert.match(csp, /style-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
});

test('an untouched assessment says how far it has come ("0 af 9 kriterier vurderet"), not a count of everything not yet entered', async () => {
  const [planned] = await t.services.db.select().from(inspections)
    .where(and(noReport, eq(inspections.authorityId, 'nord'), eq(inspections.modelId, 'tilbud'), eq(inspections.status, 'planned'), isNotNull(inspections.providerId))).limit(1);
  const { html } = await page(`/inspections/${planned!.id}/assessment`, 'inspektoer-nord');
  assert.match(html, /Vurderingen er ikke færdig: 0 af 9 kriterier vurderet, og økonomien er ikke vurderet\./);
  assert.doesNotMatch(html, /\b[1-9]\d* fejl/);
  const economy = await page(`/inspections/${planned!.id}/assessment/economy`, 'inspektoer-nord');
  assert.doesNotMatch(economy.html, /Temaet økonomi er ikke vurderet/, 'no error for an economy nobody has started');
});

test('people read the model\'s own numbering, the source by its title and Danish dates — not internal ids', async () => {
  const [withFollowUp] = await t.services.db.select({ id: followUps.inspectionId }).from(followUps)
    .innerJoin(inspections, eq(inspections.id, followUps.inspectionId)).where(eq(inspections.authorityId, 'nord')).limit(1);
  const inspection = await page(`/inspections/${withFollowUp!.id}`, 'inspektoer-nord');
  assert.match(inspection.html, /<th scope="row">Kvalitetsmarkør \d+\.\d+<\/th>/);
  assert.doesNotMatch(inspection.html.replace(/<[^>]+>/g, ' '), /\bk\d+\.\d+\b/);
  const model = await page('/models/tilbud', 'inspektoer-nord');
  assert.match(model.html, /Kilde: Socialtilsynene: Kvalitetsmodel for tilbud og Kvalitetsmodel for plejefamilier\./);
  assert.doesNotMatch(model.html, /000_c460281f38ca3e08/);
});

test('issue 9, item 14: the model page shows the annex caveat and marks the two examples the source words positively', async () => {
  const { html } = await page('/models/tilbud', 'inspektoer-nord');
  assert.ok(html.includes('vil altid bero på en faglig, konkret vurdering.'));
  assert.equal(html.match(/\(eksemplet er formuleret positivt i kilden\)/g)?.length, 2);
  assert.match(html, /Tilbuddet praktiserer ledelsesmæssig opfølgning på magtanvendelser\. <em>\(eksemplet er formuleret positivt i kilden\)<\/em>/);
});
