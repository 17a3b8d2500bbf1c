// Issue 11: `tilsyn standards overview --json` through the real binary on the demo: the four
// institutions of the two regions, their steps and due dates at a date, the --region filter, and
// exit 2 for unusable arguments.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnCli } from './run-cli.ts';

let dir = '';
let env: NodeJS.ProcessEnv = {};
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'tilsyn-standards-'));
  env = { TILSYN_DATA: join(dir, 'data'), DATABASE_URL: '' };
  const seeded = spawnCli(['demo', 'seed'], undefined, env);
  assert.equal(seeded.status, 0, seeded.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

type Overview = { institution: { id: string; name: string; region: string }; standards: { id: string; step: number; lastSelfEvaluation: string | null; nextSelfEvaluationDue: string | null; lastExternalEvaluation: string | null; nextExternalEvaluationDue: string | null; overdue: string[] }[] }[];

test('the demo: four institutions in two regions with their steps, due dates and what is overdue', () => {
  const r = spawnCli(['standards', 'overview', '--json', '--at', '2026-12-02'], undefined, env);
  assert.equal(r.status, 0, r.stderr);
  const overview = JSON.parse(r.stdout) as Overview;
  assert.deepEqual(overview.map((o) => [o.institution.region, o.institution.name]), [
    ['midtjylland', 'Bostedet Egebakken'], ['midtjylland', 'Botilbuddet Bøgely'], ['sjaelland', 'Bocenter Lyngen'], ['sjaelland', 'Specialinstitutionen Fjordhuset'],
  ]);
  for (const o of overview) {
    assert.deepEqual(Object.keys(o), ['institution', 'standards']);
    assert.deepEqual(Object.keys(o.institution), ['id', 'name', 'region']);
    assert.equal(o.standards.length, 6);
    for (const s of o.standards) assert.deepEqual(Object.keys(s), ['id', 'step', 'lastSelfEvaluation', 'nextSelfEvaluationDue', 'lastExternalEvaluation', 'nextExternalEvaluationDue', 'overdue']);
  }
  const first = (name: string) => overview.find((o) => o.institution.name === name)!.standards[0]!;
  assert.deepEqual(first('Bostedet Egebakken'), { id: 'kommunikation', step: 0, lastSelfEvaluation: null, nextSelfEvaluationDue: '2027-09-01', lastExternalEvaluation: null, nextExternalEvaluationDue: '2029-09-01', overdue: [] });
  assert.deepEqual(first('Botilbuddet Bøgely'), { id: 'kommunikation', step: 1, lastSelfEvaluation: '2025-05-12', nextSelfEvaluationDue: '2026-05-12', lastExternalEvaluation: null, nextExternalEvaluationDue: '2027-06-01', overdue: ['self_evaluation'] });
  assert.deepEqual(first('Specialinstitutionen Fjordhuset'), { id: 'kommunikation', step: 2, lastSelfEvaluation: '2026-03-09', nextSelfEvaluationDue: '2027-03-09', lastExternalEvaluation: '2024-12-16', nextExternalEvaluationDue: '2027-12-16', overdue: [] });
  assert.deepEqual(first('Bocenter Lyngen'), { id: 'kommunikation', step: 1, lastSelfEvaluation: '2026-02-02', nextSelfEvaluationDue: '2027-02-02', lastExternalEvaluation: null, nextExternalEvaluationDue: '2026-01-16', overdue: ['external_evaluation'] });
});

test('--region filters; --at moves what is overdue; unusable arguments exit 2 with a Danish line', () => {
  const sjaelland = JSON.parse(spawnCli(['standards', 'overview', '--json', '--region', 'sjaelland', '--at', '2026-12-02'], undefined, env).stdout) as Overview;
  assert.deepEqual(sjaelland.map((o) => o.institution.region), ['sjaelland', 'sjaelland']);
  const earlier = JSON.parse(spawnCli(['standards', 'overview', '--json', '--at', '2026-05-12'], undefined, env).stdout) as Overview;
  assert.deepEqual(earlier.find((o) => o.institution.name === 'Botilbuddet Bøgely')!.standards[0]!.overdue, [], 'due on the day is not yet overdue');
  const text = spawnCli(['standards', 'overview', '--at', '2026-12-02'], undefined, env);
  assert.match(text.stdout, /Botilbuddet Bøgely \(midtjylland\)\n {2}kommunikation: trin 1; næste selvevaluering 12\. maj 2026; .*OVERSKREDET: selvevaluering/);
  for (const args of [['--region', 'vest'], ['--at', '2026-13-01'], ['--bogus']]) {
    const r = spawnCli(['standards', 'overview', '--json', ...args], undefined, env);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^tilsyn: /);
  }
});
