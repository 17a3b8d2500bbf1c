// Issue 10: `tilsyn analytics import FILE` through the real binary, on a data folder of its own:
// 100,000 lines with one bad line import nothing and name the line and column; without it, every
// line once; run twice, the same count. Then `tilsyn analytics rebuild` keeps the imported facts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { spawnCli } from './run-cli.ts';
import { defaultRegistry } from '../../src/catalog/model-registry.ts';
import { modelItems } from '../../src/core/analytics/facts.ts';
import { isAssessable } from '../../src/core/model/schema.ts';
import { openServicesFromEnv } from '../../src/cli/cli-io.ts';
import { analyticsFacts } from '../../src/storage/schema.ts';

let dir = '';
let env: NodeJS.ProcessEnv = {};
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'tilsyn-import-'));
  env = { TILSYN_DATA: join(dir, 'data'), DATABASE_URL: '' };
});
after(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'authority,entity_kind,entity_id,provider_type,inspection_date,phase,model,item,value,inspector';
const AUTHORITIES = ['nord', 'midt', 'syd', 'oest', 'hovedstaden'];

/** n lines of the scored model's indicators: 20 providers per authority and year, 2015–2024. */
function historicalLines(n: number): string[] {
  const model = defaultRegistry().get('tilbud-2017')!;
  assert.ok(isAssessable(model));
  const indicators = [...modelItems(model)].filter(([, item]) => item.kind === 'indicator').map(([id]) => id);
  const lines: string[] = [];
  for (let i = 0; lines.length < n; i++) {
    const inspection = Math.floor(i / indicators.length);
    const authority = AUTHORITIES[inspection % 5]!;
    const year = 2015 + (Math.floor(inspection / 5) % 10);
    const provider = `${authority.toUpperCase()}-${Math.floor(inspection / 50)}`;
    const score = 1 + ((i * 7 + inspection) % 5);
    lines.push(`${authority},provider,${provider},sel-107 privat,${year}-0${1 + (inspection % 9)}-1${inspection % 10},operation,tilbud-2017,${indicators[i % indicators.length]},${score},K${inspection % 40}`);
  }
  return lines;
}

async function importedCount(): Promise<number> {
  const opened = await openServicesFromEnv({ ...process.env, ...env });
  try {
    const [row] = await opened.services.db.select({ n: sql<number>`count(*)::int` }).from(analyticsFacts).where(eq(analyticsFacts.source, 'imported'));
    return row!.n;
  } finally {
    await opened.close();
  }
}

test('a 100,000-line import: one bad line imports nothing and is named; without it everything, once', async () => {
  const lines = historicalLines(100_000);
  const bad = [...lines];
  bad[73_449] = bad[73_449]!.replace(/,(\d),K/, ',7,K'); // line 73,451 of the file (the header is line 1)
  const badFile = join(dir, 'bad.csv');
  writeFileSync(badFile, `${HEADER}\n${bad.join('\n')}\n`);
  const refused = spawnCli(['analytics', 'import', badFile], undefined, env);
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stderr, /Filen er ikke importeret: 1 fejl/);
  assert.match(refused.stderr, /linje 73451, kolonne value: "7" er ikke en værdi for indikator \(1, 2, 3, 4, 5, expected_met, expected_not_met\)/);
  assert.equal(await importedCount(), 0, 'nothing was imported');

  const goodFile = join(dir, 'good.csv');
  writeFileSync(goodFile, `${HEADER}\n${lines.join('\n')}\n`);
  const first = spawnCli(['analytics', 'import', goodFile, '--json'], undefined, env);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(JSON.parse(first.stdout), { lines: 100_000, imported: 100_000, alreadyImported: 0 });
  const second = spawnCli(['analytics', 'import', goodFile, '--json'], undefined, env);
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(JSON.parse(second.stdout), { lines: 100_000, imported: 0, alreadyImported: 100_000 });
  assert.equal(await importedCount(), 100_000, 'each line once');

  const rebuilt = spawnCli(['analytics', 'rebuild'], undefined, env);
  assert.equal(rebuilt.status, 0, rebuilt.stderr);
  assert.match(rebuilt.stdout, /Analysedata genopbygget: 0 fakta fra 0 afsluttede rapporter/);
  assert.equal(await importedCount(), 100_000, 'a rebuild keeps the imported facts');
});

test('every problem names its line and column; a wrong header names what is missing', () => {
  const file = join(dir, 'problems.csv');
  writeFileSync(file, [
    HEADER,
    'nord,provider,P-1,sel-107,2020-03-04,operation,tilbud-2017,1.a,4,K1',
    'vest,provider,P-1,sel-999,2020-02-30,drift,tilbud-2017,1.a,4,K1',
    'nord,foster_family,F-1,almindelig,2020-03-04,operation,tilbud-2017,1.a,4,K1',
    'nord,provider,P-1,sel-107,2020-03-04,operation,tilbud-2017,9.z,4,K1',
    'nord,provider,P-1,sel-107,2020-03-04,operation,tilbud-2017,1.a,3,K1',
    'nord,provider,P-2,sel-107,2020-03-04,operation,tilbud,k1,ja,',
  ].join('\n'));
  const r = spawnCli(['analytics', 'import', file], undefined, env);
  assert.equal(r.status, 1);
  const expected = [
    'linje 3, kolonne authority: "vest" er ikke et socialtilsyn',
    'linje 3, kolonne provider_type: ukendt "sel-999"',
    'linje 3, kolonne inspection_date: "2020-02-30" er ikke en dato',
    'linje 3, kolonne phase: "drift" skal være approval',
    'linje 4, kolonne model: modellen tilbud-2017 bruges ikke til plejefamilier',
    'linje 5, kolonne item: "9.z" findes ikke i modellen tilbud-2017',
    'linje 6, kolonne item: samme socialtilsyn, enhed, dato, fase, model og punkt som linje 2',
    'linje 7, kolonne value: "ja" er ikke en værdi for kriterium (met, not_met)',
    'linje 7, kolonne inspector: skal være en tilsynskonsulents kode',
  ];
  for (const e of expected) assert.ok(r.stderr.includes(e), `${e}\n— in —\n${r.stderr}`);

  writeFileSync(file, 'authority,entity,value\nnord,x,1\n');
  const header = spawnCli(['analytics', 'import', file], undefined, env);
  assert.equal(header.status, 1);
  assert.match(header.stderr, /linje 1: overskriften mangler entity_kind, entity_id, provider_type, inspection_date, phase, model, item, inspector; ukendte kolonner "entity"/);
  assert.equal(spawnCli(['analytics', 'import'], undefined, env).status, 2, 'no file is a usage error');
});

test('annual figures through the binary: json, csv, html and a PDF read back with pdftotext; bad arguments exit 2', () => {
  const out = (ext: string) => join(dir, `aarstal.${ext}`);
  for (const format of ['json', 'csv', 'html', 'pdf']) {
    const r = spawnCli(['analytics', 'annual', '--authority', 'nord', '--year', '2019', '--format', format, '--out', out(format)], undefined, env);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`Årstal 2019 – Socialtilsyn Nord: skrevet til .*aarstal\\.${format} \\(${format}\\)`));
  }
  const json = JSON.parse(readFileSync(out('json'), 'utf8'));
  assert.equal(json.authority.name, 'Socialtilsyn Nord');
  assert.equal(json.year, 2019);
  const imported = json.sources.imported as number;
  assert.ok(imported > 0, 'the imported 2019 facts of nord are counted');
  const themeTotal = (json.themes as { n: number }[]).reduce((s, t) => s + t.n, 0);
  assert.equal(themeTotal, imported, 'every imported score belongs to a theme');
  const csv = readFileSync(out('csv'), 'utf8');
  assert.ok(csv.includes(`Datagrundlag,Importeret fra tidligere system,${imported}`), csv.slice(0, 400));
  const html = readFileSync(out('html'), 'utf8');
  assert.match(html, /<html lang="da">/);
  assert.ok(html.includes('<caption>Scorer pr. tema 2019 og ændring fra 2018</caption>'));
  const pdf = spawnSync('pdftotext', ['-enc', 'UTF-8', out('pdf'), '-'], { encoding: 'utf8' });
  assert.equal(pdf.status, 0, pdf.stderr);
  assert.ok(pdf.stdout.includes('Årstal 2019 – Socialtilsyn Nord'), pdf.stdout.slice(0, 300));
  assert.ok(pdf.stdout.includes('Importeret fra tidligere system') && pdf.stdout.includes(String(imported)));
  assert.ok(pdf.stdout.includes('Tallene bygger kun på afsluttede rapporter'), 'the methodology notes');
  for (const args of [['--authority', 'nord', '--year', '19', '--format', 'pdf', '--out', out('x')], ['--authority', 'nord', '--year', '2019', '--format', 'docx', '--out', out('x')], ['--year', '2019', '--format', 'pdf', '--out', out('x')]]) {
    assert.equal(spawnCli(['analytics', 'annual', ...args], undefined, env).status, 2, args.join(' '));
  }
  const unknown = spawnCli(['analytics', 'annual', '--authority', 'vest', '--year', '2019', '--format', 'json', '--out', out('x')], undefined, env);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /Socialtilsynet findes ikke/);
});
