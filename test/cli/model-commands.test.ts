import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, spawnCli } from './run-cli.ts';

test('model list --json lists the four models with id, title, kind and version', async () => {
  const r = spawnCli(['model', 'list', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const list = JSON.parse(r.stdout) as { id: string; kind: string; title: string; version: string }[];
  assert.deepEqual(list.map((m) => [m.id, m.kind]).sort(), [['dkm-social', 'standards'], ['plejefamilie', 'binary'], ['tilbud', 'binary'], ['tilbud-2017', 'scored']]);
  for (const m of list) assert.deepEqual(Object.keys(m).sort(), ['id', 'kind', 'title', 'version']);
});

test('model show --json gives the whole binary model in the contract shape', async () => {
  const r = spawnCli(['model', 'show', 'tilbud', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const m = JSON.parse(r.stdout);
  assert.equal(m.id, 'tilbud');
  assert.equal(m.kind, 'binary');
  assert.equal(m.version, '1.1.0');
  const marker = m.themes[0].criteria[0].markers[0];
  for (const key of ['id', 'text', 'investigationDesign', 'practiceExamples', 'practiceExamplesWordedPositively']) assert.ok(key in marker, key);
  for (const key of ['id', 'title', 'description', 'criteria']) assert.ok(key in m.themes[0], key);
});

test('model show --json gives scored criteria with number and indicators with their rules', async () => {
  const m = JSON.parse(spawnCli(['model', 'show', 'tilbud-2017', '--json']).stdout);
  const criterion = m.themes[0].criteria[0];
  assert.equal(criterion.number, 1);
  assert.equal(criterion.indicators[0].id, '1.a');
  for (const key of ['id', 'text', 'excludedFor', 'onlyFor']) assert.ok(key in criterion.indicators[0], key);
});

test('model show without --json prints a Danish outline', async () => {
  const r = await runCli(['model', 'show', 'plejefamilie']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Tema 1: /);
  assert.match(r.stdout, /Kvalitetskriterium 1: /);
  assert.match(r.stdout, /Kvalitetsmarkør 1\.1: /);
});

test('model show of an unknown model exits 2 with one line on stderr', async () => {
  const r = await runCli(['model', 'show', 'nope']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /ukendt model "nope"/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('model validate accepts every shipped catalog', async () => {
  for (const id of ['tilbud', 'plejefamilie', 'tilbud-2017', 'dkm-social']) {
    const r = await runCli(['model', 'validate', `models/${id}.yaml`]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /gyldig/);
  }
});

test('model validate rejects a broken catalog with file, line, path and reason', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tilsyn-'));
  const file = join(dir, 'broken.yaml');
  const source = readFileSync('models/tilbud.yaml', 'utf8');
  // Empty the text of the first marker: a required field.
  const broken = source.replace(/(markers:\n\s+- id: k1\.1\n\s+text: ).*/, '$1""');
  assert.notEqual(broken, source, 'fixture replacement must hit');
  writeFileSync(file, broken);
  const r = await runCli(['model', 'validate', file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+ themes\\[0\\]\\.criteria\\[0\\]\\.markers\\[0\\]\\.text: must not be empty`));
});

test('model validate reports malformed YAML and duplicate ids', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tilsyn-'));
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'id: x\n  kind: [\n');
  const r = await runCli(['model', 'validate', bad]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /ugyldig YAML/);
  const dup = join(dir, 'dup.yaml');
  writeFileSync(dup, readFileSync('models/tilbud.yaml', 'utf8').replace(/- id: k1\.2\n/, '- id: k1.1\n'));
  const r2 = await runCli(['model', 'validate', dup]);
  assert.equal(r2.status, 1);
  assert.match(r2.stderr, /id "k1\.1" er brugt mere end én gang/);
});
