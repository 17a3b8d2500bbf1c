// `tilsyn report render` as a user runs it: a small database is seeded through the services in a
// temporary TILSYN_DATA folder (closed again before the CLI opens it: a PGlite folder takes one
// process at a time), then the real binary renders PDF, HTML and JSON, one inspection or a whole
// authority. The PDF is read back with pdftotext.
import { createReport } from '../../src/services/reports/create-report.ts';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, spawnCli } from './run-cli.ts';
import { openServices } from '../../src/server/open-services.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';
import { memoryDatabase, TEST_DATABASE_SETTINGS } from '../support/test-database.ts';
import { makeActor, seedAuthorities } from '../support/fixtures.ts';
import { assessments, inspections, providers, visits } from '../../src/storage/schema.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import { markerApplies } from '../../src/core/assessment/applicability.ts';
import type { ReportContentInput } from '../../src/core/report/report-input.ts';
import { getReport } from '../../src/services/reports/get-report.ts';
import { saveReportDraft } from '../../src/services/reports/save-report-draft.ts';
import { submitForReview } from '../../src/services/reports/submit-for-review.ts';
import { reviewReport } from '../../src/services/reports/review-report.ts';
import { sendToHearing } from '../../src/services/reports/send-to-hearing.ts';
import { answerHearing } from '../../src/services/reports/answer-hearing.ts';
import { finaliseReport } from '../../src/services/reports/finalise-report.ts';
import { sendReport } from '../../src/services/reports/send-report.ts';
import { correctReport } from '../../src/services/reports/correct-report.ts';
import { todayInDenmark } from '../../src/core/calendar.ts';
import { progressLine } from '../../src/cli/commands/report.ts';

const JUSTIFICATION = 'Belyst ved uanmeldt besøg med interview af tre medarbejdere og lederen samt dokumentanalyse af to handleplaner.';
const OVERALL = 'Socialtilsynet vurderer, at Bostedet Granly har den fornødne kvalitet. Beboerne planlægger selv ugens aktiviteter sammen med personalet.';
const TITLE_ONE = 'Driftsorienteret tilsyn 2026 – Bostedet Granly';
const TITLE_TWO = 'Driftsorienteret tilsyn 2025 – Bostedet Granly';
const TITLE_NONE = 'Driftsorienteret tilsyn 2027 – Bostedet Granly';

let dir = '';
let dataDir = '';
let tilbud: BinaryModel;
let finalInspection = '';
let correctedInspection = '';
let draftInspection = '';
let finalHash = '';

function content(extra = ''): ReportContentInput {
  return {
    overallAssessment: `${OVERALL}${extra}`,
    themeAssessments: Object.fromEntries(tilbud.themes.map((th) => [th.id, `Ved besøget talte vi med to beboere og tre medarbejdere om hverdagen i køkkenhaven (tema ${th.number}); dagbøgerne viste, at aftalerne blev fulgt.`])),
    developmentPoints: ['Bostedet kan overveje et årligt fællesmøde med de pårørende.'],
    disproportionatelyExpensive: false,
  };
}

async function seed(ctx: ServiceContext): Promise<void> {
  await seedAuthorities(ctx);
  tilbud = ctx.registry.get('tilbud') as BinaryModel;
  const inspector = await makeActor(ctx, 'inspector', { authorityId: 'nord' });
  const manager = await makeActor(ctx, 'manager', { authorityId: 'nord' });
  const [p] = await ctx.db.insert(providers).values({ authorityId: 'nord', name: 'Bostedet Granly', municipality: 'Aalborg', legalBases: ['sel-107'] }).returning();
  const providerUser = await makeActor(ctx, 'provider', { providerId: p!.id });
  const entity = { legalBases: ['sel-107'] as never[], flags: [] as never[] };
  const data = {
    markers: Object.fromEntries(tilbud.themes.flatMap((th) => th.criteria.flatMap((c) => c.markers.map((m) => [m.id, markerApplies(m, entity) ? 'present' : 'not_applicable'])))),
    criteria: Object.fromEntries(tilbud.themes.flatMap((th) => th.criteria.map((c) => [c.id, { result: 'met', justification: JUSTIFICATION, doubt: false }]))),
    economy: { result: 'met', justification: 'Regnskabet viser et lille overskud, og taksten svarer til niveauet hos sammenlignelige steder.' },
  };
  const inspection = async (title: string) => {
    const [row] = await ctx.db
      .insert(inspections)
      .values({ authorityId: 'nord', providerId: p!.id, phase: 'operation', modelId: 'tilbud', modelVersion: tilbud.version, status: 'completed', title })
      .returning();
    await ctx.db.insert(visits).values({ inspectionId: row!.id, plannedOn: '2026-03-04', announced: false, status: 'held' });
    await ctx.db.insert(assessments).values({ inspectionId: row!.id, modelId: 'tilbud', modelVersion: tilbud.version, data });
    return row!.id;
  };
  const v = async (id: string) => (await getReport(ctx, inspector, { inspectionId: id })).report.version;
  const toFinal = async (id: string, c: ReportContentInput, author: Actor) => {
    await saveReportDraft(ctx, author, { inspectionId: id, expectedVersion: await v(id), content: c });
    await submitForReview(ctx, author, { inspectionId: id, expectedVersion: await v(id) });
    await reviewReport(ctx, author.id === manager.id ? inspector : manager, { inspectionId: id, expectedVersion: await v(id), decision: 'approve' });
    await sendToHearing(ctx, author, { inspectionId: id, expectedVersion: await v(id), deadline: todayInDenmark(new Date()) });
    await answerHearing(ctx, providerUser, { inspectionId: id, expectedVersion: await v(id), answer: 'Ingen bemærkninger.' });
    return (await finaliseReport(ctx, author, { inspectionId: id, expectedVersion: await v(id) })).version;
  };

  finalInspection = await inspection(TITLE_ONE);
  await createReport(ctx, inspector, { inspectionId: finalInspection });
  finalHash = (await toFinal(finalInspection, content(), inspector)).contentHash;

  correctedInspection = await inspection(TITLE_TWO);
  await createReport(ctx, inspector, { inspectionId: correctedInspection });
  await toFinal(correctedInspection, content(' Version 1.'), inspector);
  await sendReport(ctx, inspector, { inspectionId: correctedInspection, expectedVersion: await v(correctedInspection) });
  await correctReport(ctx, manager, { inspectionId: correctedInspection, expectedVersion: await v(correctedInspection) });
  await toFinal(correctedInspection, content(' Rettet i version 2.'), manager);

  draftInspection = await inspection(TITLE_NONE);
  await createReport(ctx, inspector, { inspectionId: draftInspection });
}

// The in-process runs share one in-memory database; the real binary gets a data folder with a copy.
let open: { services: ServiceContext; database: Database };
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tilsyn-report-cli-'));
  dataDir = join(dir, 'data');
  open = await openServices(memoryDatabase().options);
  await seed(open.services);
  if (open.database.kind !== 'pglite') throw new Error('the report CLI test runs on PGlite');
  const copy = await openDatabase({ dataDir, loadDataDir: await open.database.dumpDataDir(), settings: TEST_DATABASE_SETTINGS });
  await copy.close();
});
after(async () => {
  await open?.database.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ TILSYN_DATA: dataDir, DATABASE_URL: '' });
const render = (...args: string[]) => runCli(['report', 'render', ...args], undefined, env(), open);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  assert.equal(r.status, 0, `pdftotext reads the PDF: ${r.stderr}`);
  return squash(r.stdout);
}

test('one inspection as PDF: every theme title and the overall assessment are in the text', async () => {
  const out = join(dir, 'one', 'rapport.pdf');
  const r = spawnCli(['report', 'render', finalInspection, '--format', 'pdf', '--out', out], undefined, env());
  assert.equal(r.status, 0, `exit 0 (stderr: ${r.stderr})`);
  assert.match(r.stdout, /Skrev .*version 1 \(pdf/);
  assert.equal(readFileSync(out).subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF file');
  const text = pdfText(out);
  for (const theme of tilbud.themes) assert.ok(text.includes(squash(theme.title)), `the theme "${theme.title}" is in the PDF`);
  assert.ok(text.includes(squash(OVERALL)), 'the overall assessment is in the PDF');
  assert.ok(text.includes('Bostedet Granly'), 'the provider is named');
});

test('HTML and JSON; the JSON hashes to the stored content hash, and a second render gives the same bytes', async () => {
  const html = join(dir, 'rapport.html');
  const r = await render(finalInspection, '--format=html', '--out', html);
  assert.equal(r.status, 0, `exit 0 (stderr: ${r.stderr})`);
  const page = readFileSync(html, 'utf8');
  assert.match(page, /^<!doctype html>/);
  assert.ok(page.includes('lang="da"'), 'a Danish page');
  assert.ok(page.includes(OVERALL), 'with the overall assessment');

  const json = join(dir, 'rapport.json');
  // Through the real binary: the JSON contract byte for byte.
  assert.equal(spawnCli(['report', 'render', finalInspection, '--format', 'json', '--out', json], undefined, env()).status, 0);
  const bytes = readFileSync(json);
  assert.equal(createHash('sha256').update(bytes).digest('hex'), finalHash, 'sha256 of the JSON is the version\'s content hash');
  assert.equal((JSON.parse(bytes.toString('utf8')) as { overallAssessment: string }).overallAssessment, OVERALL);

  const again = join(dir, 'igen');
  assert.equal((await render(finalInspection, '--format', 'pdf', '--out', join(again, 'a.pdf'))).status, 0);
  assert.equal((await render(finalInspection, '--format', 'pdf', '--out', join(again, 'b.pdf'))).status, 0);
  assert.ok(readFileSync(join(again, 'a.pdf')).equals(readFileSync(join(again, 'b.pdf'))), 'the stored document renders to the same PDF every time');
});

test('a corrected report renders its newest version', async () => {
  const out = join(dir, 'rettet.json');
  assert.equal((await render(correctedInspection, '--format', 'json', '--out', out)).status, 0);
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { version: { number: number; supersedes: number | null }; overallAssessment: string };
  assert.equal(doc.version.number, 2);
  assert.equal(doc.version.supersedes, 1);
  assert.ok(doc.overallAssessment.endsWith('Rettet i version 2.'));
});

test('a whole authority into a folder, with progress on stderr and a summary', async () => {
  const out = join(dir, 'nord');
  const r = await render('--authority', 'nord', '--format', 'pdf', '--out', out);
  assert.equal(r.status, 0, `exit 0 (stderr: ${r.stderr})`);
  const files = readdirSync(out).sort();
  assert.deepEqual(files, ['driftsorienteret-tilsyn-2025-bostedet-granly-v2.pdf', 'driftsorienteret-tilsyn-2026-bostedet-granly-v1.pdf'], 'each report\'s newest version, named by title and version');
  for (const f of files) assert.equal(readFileSync(join(out, f)).subarray(0, 5).toString('latin1'), '%PDF-', `${f} is a PDF`);
  const lines = r.stderr.trim().split('\n');
  assert.deepEqual(lines.map((l) => l.replace(/ Bostedet Granly: .*$/, '')), ['1/2', '2/2'], 'plain progress lines when stderr is not a terminal');
  assert.ok(!r.stderr.includes('\r'), 'no carriage returns outside a terminal');
  assert.match(r.stdout, /Skrev 2 rapporter \(pdf, .*\) fra Socialtilsyn Nord til /);
  const json = await render('--authority', 'nord', '--format', 'json', '--out', join(dir, 'nord-json'));
  assert.equal(json.status, 0);
  assert.equal(readdirSync(join(dir, 'nord-json')).filter((f) => f.endsWith('.json')).length, 2);
});

test('the progress bar for a terminal: one line, a bar, the count and the name cut to fit', async () => {
  assert.equal(progressLine(12, 40, 'Bostedet Lærkereden', 80), '[###.......] 12/40 Bostedet Lærkereden');
  assert.equal(progressLine(20, 40, 'Bostedet', 80), '[#####.....] 20/40 Bostedet');
  const cut = progressLine(1, 2, 'Bostedet Lærkereden med et meget langt navn', 30);
  assert.ok(cut.length <= 30, 'the line fits the terminal');
  assert.ok(cut.endsWith('…'), 'a cut name ends with an ellipsis');
  assert.equal(progressLine(2, 2, 'færdig'), '[##########] 2/2 færdig');
});

test('exit 1 when there is no final report', async () => {
  const r = await render(draftInspection, '--format', 'pdf', '--out', join(dir, 'ingen.pdf'));
  assert.equal(r.status, 1, 'a draft only: exit 1');
  assert.match(r.stderr, /afsluttet rapport for tilsynet findes ikke/);
  assert.ok(!existsSync(join(dir, 'ingen.pdf')), 'no file is written');
  const unknown = await render('00000000-0000-4000-8000-000000000000', '--out', join(dir, 'x.pdf'));
  assert.equal(unknown.status, 1, 'an unknown inspection: exit 1');
  const empty = await render('--authority', 'syd', '--out', join(dir, 'syd'));
  assert.equal(empty.status, 1, 'an authority without final reports: exit 1');
  assert.match(empty.stderr, /ingen afsluttede rapporter/);
});

test('exit 2 for arguments it cannot use', async () => {
  const cases: [string[], RegExp][] = [
    [[], /enten et tilsyns id eller --authority/],
    [[finalInspection, '--format', 'docx', '--out', 'x'], /ukendt format "docx"/],
    [[finalInspection, '--format', 'pdf'], /--out mangler/],
    [[finalInspection, '--authority', 'nord', '--out', 'x'], /enten et tilsyns id eller --authority/],
    [[finalInspection, '--colour', 'blå', '--out', 'x'], /ukendt tilvalg "--colour"/],
    [['ikke-et-id', '--out', 'x'], /ikke et tilsyns id/],
    [[finalInspection, '--out'], /--out mangler en værdi/],
    [['--authority', 'atlantis', '--out', join(dir, 'atlantis')], /Socialtilsynet "atlantis" findes ikke/],
  ];
  for (const [args, message] of cases) {
    const r = await render(...args);
    assert.equal(r.status, 2, `exit 2 for: ${args.join(' ') || '(nothing)'} (stderr: ${r.stderr})`);
    assert.match(r.stderr, message, `the message for: ${args.join(' ')}`);
  }
  assert.equal((await runCli(['report'], undefined, env())).status, 2, '"report" without "render"');
  assert.match((await runCli(['--help'])).stdout, /report render/, 'the usage names the command');
});
