import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, spawnCli } from './run-cli.ts';

type ModelJson = { themes: { id: string; criteria: { id: string; number?: number; markers?: { id: string }[]; indicators?: { id: string; excludedFor: string[]; onlyFor: string[] }[] }[] }[] };
const show = async (id: string): Promise<ModelJson> => JSON.parse((await runCli(['model', 'show', id, '--json'])).stdout);

async function completeBinary(modelId: string) {
  const m = await show(modelId);
  const criteria = m.themes.flatMap((t) => t.criteria);
  return {
    model: modelId,
    phase: 'operation',
    entity: { legalBases: ['sel-107'], flags: ['bestyrelse'], typology: 'specialiseret' },
    markers: Object.fromEntries(criteria.flatMap((c) => c.markers!.map((mk) => [mk.id, 'present']))),
    criteria: Object.fromEntries(criteria.map((c) => [c.id, { result: 'met', justification: 'Tilbuddets praksis er belyst ved interview af medarbejdere og ledelse samt observation, og alle markører er til stede.', doubt: false }])),
    economy: { result: 'met', justification: 'Økonomien er bæredygtig og gennemsigtig.' },
  };
}

test('evaluate --json: a complete tilbud assessment is valid with sufficient quality', async () => {
  const r = spawnCli(['evaluate', '-', '--json'], JSON.stringify(await completeBinary('tilbud')));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out).sort(), ['decisionOptions', 'economy', 'errors', 'sufficientQuality', 'themes', 'valid', 'warnings'].sort());
  assert.equal(out.valid, true);
  assert.equal(out.sufficientQuality, true);
  assert.deepEqual(out.decisionOptions, []);
});

test('evaluate --json: an absent marker under a met criterion makes it invalid (exit 1)', async () => {
  const input = await completeBinary('plejefamilie');
  input.markers['k1.1'] = 'absent';
  const dir = mkdtempSync(join(tmpdir(), 'tilsyn-'));
  const file = join(dir, 'a.json');
  writeFileSync(file, JSON.stringify(input));
  const r = spawnCli(['evaluate', file, '--json']);
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.valid, false);
  assert.deepEqual(out.errors.map((e: { code: string }) => e.code), ['criterion_met_with_absent_marker']);
  assert.deepEqual(Object.keys(out.errors[0]).sort(), ['code', 'message', 'path']);
});

test('evaluate --json: not met in operation offers the operation decisions', async () => {
  const input = await completeBinary('tilbud');
  input.markers['k1.1'] = 'absent';
  input.criteria['k1'] = { result: 'not_met', justification: 'x'.repeat(500), doubt: false };
  const out = JSON.parse((await runCli(['evaluate', '-', '--json'], JSON.stringify(input))).stdout);
  assert.equal(out.sufficientQuality, false);
  assert.deepEqual(out.decisionOptions, ['injunction', 'enhanced_supervision', 'enhanced_supervision_with_injunction', 'revocation']);
});

test('evaluate --json: a scored assessment gives excluded indicators and unrounded averages', async () => {
  const m = await show('tilbud-2017');
  const bases = ['sel-66-1-7'];
  const indicators: Record<string, { score: number; text: string }> = {};
  let n = 0;
  for (const theme of m.themes) {
    if (theme.id === 'organisation-og-ledelse') continue;
    for (const c of theme.criteria) for (const i of c.indicators!) {
      if (i.excludedFor.includes('sel-66-1-7')) continue;
      if (i.onlyFor.length && !i.onlyFor.includes('sel-66-1-7')) continue;
      indicators[i.id] = { score: (n++ % 5) + 1, text: `Skriftlig bedømmelse af ${i.id}` };
    }
  }
  // Issue 9, item 4: an indicator carried forward from the latest final assessment is valid and counts.
  const firstId = Object.keys(indicators)[0]!;
  Object.assign(indicators[firstId]!, { carriedForwardFrom: '2024-05-10' });
  const criteria = Object.fromEntries(m.themes.filter((t) => t.id !== 'organisation-og-ledelse').flatMap((t) => t.criteria).map((c) => [c.id, { justification: `Samlet vurdering af kriterium ${c.number}.` }]));
  const written = { criteria, economy: { result: 'met', justification: 'Økonomien er bæredygtig.' }, conclusion: { sufficientQuality: true, justification: 'Fornøden kvalitet.' } };
  const r = spawnCli(['evaluate', '-', '--json'], JSON.stringify({ model: 'tilbud-2017', phase: 'operation', entity: { legalBases: bases, flags: [] }, indicators, ...written }));
  assert.equal(r.status, 0, r.stdout);
  const out = JSON.parse(r.stdout);
  // Issue 9, item 6: the authority's explicit conclusion and the decisions it opens, as in the binary output.
  assert.deepEqual(Object.keys(out).sort(), ['criteria', 'decisionOptions', 'errors', 'excludedIndicators', 'sufficientQuality', 'themes', 'valid', 'warnings']);
  assert.equal(out.sufficientQuality, true);
  for (const id of ['8.a', '8.b', '9.a', '1.b', '6.a']) assert.ok(out.excludedIndicators.includes(id), id);
  assert.ok(out.criteria.every((c: { number: number; average: number | null }) => typeof c.number === 'number'));
  const org = out.themes.find((t: { id: string }) => t.id === 'organisation-og-ledelse');
  assert.equal(org.average, null);
  for (const t of out.themes) assert.deepEqual(Object.keys(t).sort(), ['average', 'id', 'title']);
});

test('evaluate --json (issue 9, item 1): "Ambulant … behandling" excludes 2.c, 3.c, 6.a, 6.b, 14.c; residential treatment keeps them', () => {
  const excludedFor = (legalBases: string[]) => {
    const r = spawnCli(['evaluate', '-', '--json'], JSON.stringify({ model: 'tilbud-2017', phase: 'operation', entity: { legalBases, flags: [] }, indicators: {} }));
    assert.equal(r.status, 1, 'an empty assessment is invalid');
    return JSON.parse(r.stdout).excludedIndicators as string[];
  };
  const ambulant = excludedFor(['sul-141-ambulant']);
  for (const id of ['2.c', '3.c', '6.a', '6.b', '14.c']) assert.ok(ambulant.includes(id), id);
  const residential = excludedFor(['sul-141']);
  for (const id of ['2.c', '3.c', '6.a', '6.b', '14.c']) assert.ok(!residential.includes(id), id);
});

test('evaluate --json (issue 9, item 2): aflastning without § 66, stk. 1, nr. 5/6 is flag_not_allowed, valid false, exit 1', () => {
  const r = spawnCli(['evaluate', '-', '--json'], JSON.stringify({ model: 'tilbud-2017', phase: 'operation', entity: { legalBases: ['sel-107'], flags: ['aflastning'] }, indicators: {} }));
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.valid, false);
  assert.ok(out.errors.some((e: { code: string; path: string }) => e.code === 'flag_not_allowed' && e.path === 'entity.flags'));
});

test('evaluate: unusable input exits 2 with a one-line reason', async () => {
  const cases: [string[], string | undefined, RegExp][] = [
    [['evaluate', '/nonexistent/file.json', '--json'], undefined, /kan ikke læse/],
    [['evaluate', '-', '--json'], '{ not json', /ikke gyldig JSON/],
    [['evaluate', '-', '--json'], '{"model":"unknown"}', /ukendt model "unknown"/],
    [['evaluate', '-', '--json'], '{"phase":"operation"}', /mangler feltet "model"/],
  ];
  for (const [args, input, message] of cases) {
    const r = await runCli(args, input);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.equal(r.stdout, '');
  }
});

test('evaluate without --json prints Danish text', async () => {
  const input = await completeBinary('tilbud');
  input.criteria['k2'] = { result: 'not_met', justification: 'kort', doubt: false };
  const r = await runCli(['evaluate', '-'], JSON.stringify(input));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Fornøden kvalitet: nej/);
  assert.match(r.stdout, /Mulige afgørelser: påbud, skærpet tilsyn/);
  assert.match(r.stdout, /Advarsler:/);
});
