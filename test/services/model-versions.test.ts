// Issue 8, fault 12: a changed catalog (a marker removed) under the same version was accepted, and
// a YAML alias bomb crashed `model validate` and the server start with a stack trace. Now the
// database records each version's content hash and refuses a changed catalog; aliases are refused
// with one line naming the file and the line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { defaultRegistry, versionedRegistry, type ModelRegistry } from '../../src/catalog/model-registry.ts';
import { recordModelVersions } from '../../src/services/models/record-model-versions.ts';
import { ChangedModelVersion } from '../../src/services/models/changed-model-version.ts';
import { parseCatalog } from '../../src/core/model/parse-catalog.ts';
import type { BinaryModel } from '../../src/core/kinds/binary/catalog.ts';
import type { Model } from '../../src/core/model/schema.ts';
import { spawnCli } from '../cli/run-cli.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices();
});
after(() => t?.close());

const registryOf = (models: Model[]): ModelRegistry => versionedRegistry(models, () => '2026-12-02');

test('the shipped catalogs are recorded, and recording them again is fine', async () => {
  await recordModelVersions(t.services);
  await recordModelVersions(t.services);
});

test('a catalog changed under the same version is refused, naming the model and version', async () => {
  const tilbud = defaultRegistry().get('tilbud') as BinaryModel;
  const theme = tilbud.themes[0]!;
  const criterion = theme.criteria[0]!;
  const changed: BinaryModel = { ...tilbud, themes: [{ ...theme, criteria: [{ ...criterion, markers: criterion.markers.slice(1) }, ...theme.criteria.slice(1)] }, ...tilbud.themes.slice(1)] };
  await assert.rejects(
    recordModelVersions({ ...t.services, registry: registryOf([changed]) }),
    (e: unknown) => e instanceof ChangedModelVersion && e.message.includes(`"tilbud" version ${tilbud.version}`) && e.message.includes('nyt versionsnummer'),
  );
  await recordModelVersions({ ...t.services, registry: registryOf([{ ...changed, version: '9.9.9' }]) });
});

const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');

test('a YAML alias is one error with the file and line, not a crash', () => {
  const result = parseCatalog('bombe.yaml', BOMB);
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.errors, [{ file: 'bombe.yaml', path: '', line: 2, message: 'ugyldig YAML: aliasser (*navn) er ikke tilladt i et katalog' }]);
});

test('model validate on an alias bomb: exit 1 and one line, through the real binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tilsyn-bomb-'));
  try {
    const file = join(dir, 'bombe.yaml');
    writeFileSync(file, BOMB);
    const r = spawnCli(['model', 'validate', file]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /bombe\.yaml:2: ugyldig YAML: aliasser/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
