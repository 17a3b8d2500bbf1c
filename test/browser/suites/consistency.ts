// Issue 13 in the browser: the auditor creates a calibration round across two authorities from the
// menu, three inspectors answer blind (one cannot see another's answer), the auditor closes it, and
// the results page shows the distribution and an alpha equal to an independent computation here;
// a manager draws a sample, reviews a report against the checklist, and its inspector reads the
// feedback. axe and the 320 px check on every page visited.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { assertAccessible, assertReflows, sharedServer, signedIn, type RunningServer } from '../support/browser.ts';
import { reports, reportVersions, users } from '../../../src/storage/schema.ts';

let server: RunningServer;
before(async () => {
  server = await sharedServer();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const checked = async (page: Page) => {
  await assertAccessible(page);
  await assertReflows(page);
};

/**
 * Krippendorff's ordinal alpha written out from the 2011 paper, apart from the product's code:
 * coincidences o_ck from every pair of values within an item, n_c their margins, the ordinal
 * distance (sum of n_g from c to k minus half of n_c and n_k) squared, alpha = 1 − D_o / D_e.
 */
function ordinalAlpha(units: number[][]): number {
  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  const o = new Map<string, number>();
  for (const u of units) {
    if (u.length < 2) continue;
    u.forEach((a, i) => u.forEach((b, j) => {
      if (i !== j) o.set(`${a},${b}`, (o.get(`${a},${b}`) ?? 0) + 1 / (u.length - 1));
    }));
  }
  const n = new Map(values.map((c) => [c, values.reduce((s, k) => s + (o.get(`${c},${k}`) ?? 0), 0)]));
  const total = [...n.values()].reduce((s, x) => s + x, 0);
  const delta = (c: number, k: number) => {
    const [lo, hi] = c < k ? [c, k] : [k, c];
    const between = values.filter((g) => g >= lo && g <= hi).reduce((s, g) => s + n.get(g)!, 0);
    return (between - (n.get(lo)! + n.get(hi)!) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (const c of values) for (const k of values) {
    if (c === k) continue;
    observed += (o.get(`${c},${k}`) ?? 0) * delta(c, k);
    expected += n.get(c)! * n.get(k)! * delta(c, k);
  }
  return 1 - observed / (expected / (total - 1));
}

const ANSWERS: Record<string, [string, string, string]> = {
  'inspektoer-nord': ['4', '3', '5'],
  'inspektoer2-nord': ['4', '3', '4'],
  'inspektoer-syd': ['2', '3', '5'],
};
const ITEMS = ['1.a', '1.b', '2.a'];
const SCORE_LABEL: Record<string, string> = { '5': '5 – I meget høj grad opfyldt', '4': '4 – I høj grad opfyldt', '3': '3 – I middel grad opfyldt', '2': '2 – I lav grad opfyldt', '1': '1 – I meget lav grad opfyldt' };

test('a calibration round end to end: created across two authorities, answered blind, closed, alpha as computed here', async () => {
  const { page: auditor, close: closeAuditor } = await signedIn('revisor');
  await auditor.getByRole('link', { name: 'Ensartethed' }).first().click();
  await heading(auditor, 'Ensartethed');
  await checked(auditor);
  await auditor.getByRole('link', { name: 'Kalibreringsrunder' }).click();
  await auditor.getByRole('link', { name: 'Opret en kalibreringsrunde' }).click();
  await auditor.getByLabel('Kvalitetsmodel for socialtilsyn – sociale tilbud').check();
  await auditor.getByRole('button', { name: 'Vælg punkter' }).click();
  await heading(auditor, 'Ny kalibreringsrunde');
  await checked(auditor);
  await auditor.getByLabel('Titel').fill('Kalibrering i browseren');
  await auditor.getByLabel('Sagen', { exact: true }).fill('Et anonymiseret bosted for unge med fast dagstruktur.');
  for (const item of ITEMS) await auditor.getByLabel(new RegExp(`^Indikator ${item.replace('.', '\\.')}:`)).check();
  for (const name of ['Tilsynskonsulent Nord (', 'Tilsynskonsulent Nord 2 (', 'Tilsynskonsulent Syd (']) await auditor.getByLabel(name).check();
  await auditor.getByLabel('Frist').fill('2099-12-31');
  await auditor.getByRole('button', { name: 'Opret runden' }).click();
  await auditor.getByText('Runden er oprettet').waitFor();
  const roundUrl = auditor.url().split('?')[0]!;
  await checked(auditor);

  for (const [username, values] of Object.entries(ANSWERS)) {
    const { page, close } = await signedIn(username);
    await page.goto(roundUrl);
    await heading(page, 'Kalibrering i browseren');
    // Blind: no one else's reason is on the page.
    const body = await page.locator('main').innerText();
    for (const other of Object.keys(ANSWERS).filter((u) => u !== username)) assert.ok(!body.includes(`Begrundelse fra ${other}`), `${username} cannot see ${other}'s answer`);
    for (const [i, item] of ITEMS.entries()) {
      await page.getByRole('group', { name: `Dit svar på ${item}` }).getByLabel(SCORE_LABEL[values[i]!]!, { exact: true }).check();
      await page.getByLabel(`Kort begrundelse for ${item}`).fill(`Begrundelse fra ${username} til ${item}`);
    }
    await page.getByRole('button', { name: 'Gem mine svar' }).click();
    await page.getByText('Dine svar er gemt').waitFor();
    await checked(page);
    await close();
  }

  await auditor.reload();
  assert.ok(!(await auditor.locator('main').innerText()).includes('Begrundelse fra'), 'the owner sees no answer before closing');
  await auditor.getByRole('button', { name: 'Luk runden og vis resultaterne' }).click();
  await auditor.getByText('Runden er lukket').waitFor();
  const expected = ordinalAlpha(ITEMS.map((_, i) => Object.values(ANSWERS).map((v) => Number(v[i]))));
  const shown = await auditor.locator('#round-alpha').innerText();
  assert.match(shown, new RegExp(`α = ${(Math.round(expected * 1000) / 1000).toString().replace('.', ',')}\\b`), `${shown} against ${expected}`);
  const distribution = auditor.getByRole('table', { name: 'Fordelingen af svar på 1.a' });
  assert.equal(await distribution.getByRole('row', { name: /4 – I høj grad opfyldt/ }).getByRole('cell').innerText(), '2');
  assert.equal(await distribution.getByRole('row', { name: /2 – I lav grad opfyldt/ }).getByRole('cell').innerText(), '1');
  await auditor.getByText('Begrundelse fra inspektoer-syd til 1.a').waitFor();
  await checked(auditor);
  await auditor.goto(`${server.url}/consistency/calibration/history`);
  await heading(auditor, 'Enighed over tid');
  await checked(auditor);
  await closeAuditor();
});

test('a manager draws a sample and reviews a report; its inspector reads the feedback', async () => {
  const { page, close } = await signedIn('leder-nord');
  await page.getByRole('link', { name: 'Ensartethed' }).first().click();
  await page.getByRole('link', { name: 'Ledelsestilsyn', exact: true }).click();
  await heading(page, 'Ledelsestilsyn');
  await checked(page);
  await page.getByLabel('Rapporter afsluttet fra').fill('2000-01-01');
  await page.getByLabel('Til og med').fill('2099-12-31');
  await page.getByLabel('Antal rapporter').fill('2');
  await page.getByLabel('Frø (valgfrit)').fill('2026');
  await page.getByRole('button', { name: 'Træk stikprøven' }).click();
  await page.getByText('Stikprøven er trukket').waitFor();
  await checked(page);
  await page.getByRole('table', { name: 'Rapporterne i stikprøven' }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: /^Gennemgang:/ }).waitFor();
  await checked(page);
  const versionId = page.url().split('/').pop()!;
  for (const group of await page.getByRole('group', { name: /er punktet opfyldt\?$/ }).all()) await group.getByLabel('Opfyldt', { exact: true }).check();
  await page.getByLabel('Tilbagemelding til den tilsynsførende').fill('Tydelige vurderinger – fortsæt sådan.');
  await page.getByRole('button', { name: 'Gem gennemgangen' }).click();
  await page.getByText('Gennemgangen er gemt').waitFor();
  await close();

  const [author] = await server.services.db.select({ username: users.username }).from(reportVersions).innerJoin(reports, eq(reports.id, reportVersions.reportId)).innerJoin(users, eq(users.id, reports.authorId)).where(eq(reportVersions.id, versionId));
  assert.ok(author, 'the report has an author');
  const { page: inspector, close: closeInspector } = await signedIn(author.username);
  await inspector.getByRole('link', { name: 'Ensartethed' }).first().click();
  await inspector.getByRole('link', { name: 'Tilbagemeldinger på mine rapporter' }).click();
  await inspector.getByText('Tydelige vurderinger – fortsæt sådan.').waitFor();
  await checked(inspector);
  await closeInspector();
});
