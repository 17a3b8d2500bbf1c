// Issue 11: a new catalog version for any model kind — uploaded by the administrator, validated by
// the schema (errors name the line), shown as a diff against the version in force, activated from a
// date; work that recorded its version keeps it; the activated upload is loaded again at start.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createTestServices, type TestServices } from '../support/test-services.ts';
import { refusedWith } from '../support/refused-with.ts';
import { makeActor } from '../support/fixtures.ts';
import { activateCatalogVersion, getPendingCatalogVersion, listCatalogVersions, loadUploadedCatalogs, uploadCatalogVersion } from '../../src/services/models/catalog-versions.ts';
import { COMMAND_LINE_OPERATOR } from '../../src/services/actor.ts';
import { serviceRegistry, versionedRegistry } from '../../src/catalog/model-registry.ts';
import { catalogDiff } from '../../src/core/model/catalog-diff.ts';
import { todayInDenmark } from '../../src/core/calendar.ts';
import type { StandardsModel } from '../../src/core/kinds/standards/catalog.ts';

let t: TestServices;
before(async () => {
  t = await createTestServices();
});
after(() => t.close());

const admin = COMMAND_LINE_OPERATOR;
const yaml = (file: string) => readFileSync(new URL(`../../models/${file}`, import.meta.url), 'utf8');

test('the diff names what was added, removed and changed, list items by their id', () => {
  const before = { standards: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] };
  const after = { standards: [{ id: 'b', title: 'B2' }, { id: 'c', title: 'C', source: 'Region Sjælland' }] };
  assert.deepEqual(catalogDiff(before, after), [
    { path: 'standards › a › id', change: 'removed', before: 'a', after: null },
    { path: 'standards › a › title', change: 'removed', before: 'A', after: null },
    { path: 'standards › b › title', change: 'changed', before: 'B', after: 'B2' },
    { path: 'standards › c › id', change: 'added', before: null, after: 'c' },
    { path: 'standards › c › title', change: 'added', before: null, after: 'C' },
    { path: 'standards › c › source', change: 'added', before: null, after: 'Region Sjælland' },
  ]);
});

test('which version is in force: the latest activated by today; stored work keeps its own', () => {
  const v1 = { id: 'm', version: '1' } as unknown as StandardsModel;
  const v2 = { id: 'm', version: '2' } as unknown as StandardsModel;
  let today = '2026-12-01';
  const registry = versionedRegistry([v1], () => today);
  registry.add(v2, '2027-01-01');
  assert.equal(registry.get('m')?.version, '1', 'not before its date');
  today = '2027-01-01';
  assert.equal(registry.get('m')?.version, '2');
  assert.equal(registry.used('m', '1')?.version, '1', 'work done under version 1 keeps it');
  assert.equal(registry.used('m', '9')?.version, '2', 'an unknown version falls back to the one in force');
});

test('the administrator uploads, reviews and activates a new version of the regions\' model and of an inspection model', async () => {
  const today = todayInDenmark(t.services.now());
  const completed = yaml('dkm-social.yaml').replace('version: 1.0.0', 'version: 1.1.0').replace(/(  - id: brugerinddragelse\n    title: Brugerinddragelse\n)    text: ""[^\n]*\n/, '$1    source: Region Sjælland, lokal standard 2026\n    text: Beboerne inddrages i beslutninger om deres hverdag.\n');
  assert.notEqual(completed, yaml('dkm-social.yaml'));
  const inspector = await makeActor(t.services, 'inspector', { authorityId: 'nord' });
  await refusedWith(uploadCatalogVersion(t.services, inspector, { modelId: 'dkm-social', fileName: 'dkm.yaml', source: completed, activeFrom: today }), 'forbidden');
  await refusedWith(uploadCatalogVersion(t.services, admin, { modelId: 'dkm-social', fileName: 'dkm.yaml', source: yaml('dkm-social.yaml'), activeFrom: today }), 'invalid', /Version 1\.0\.0 findes allerede/);
  await refusedWith(uploadCatalogVersion(t.services, admin, { modelId: 'dkm-social', fileName: 'dkm.yaml', source: completed.replace('kind: standards', 'kind: standard'), activeFrom: today }), 'invalid', /Kataloget er ikke gyldigt: dkm\.yaml:7 kind/);
  await refusedWith(uploadCatalogVersion(t.services, admin, { modelId: 'tilbud', fileName: 'dkm.yaml', source: completed, activeFrom: today }), 'invalid', /kataloget for "dkm-social", ikke for "tilbud"/);
  await refusedWith(uploadCatalogVersion(t.services, admin, { modelId: 'dkm-social', fileName: 'dkm.yaml', source: completed, activeFrom: '2020-01-01' }), 'invalid', /tidligst gælde fra i dag/);

  const { id } = await uploadCatalogVersion(t.services, admin, { modelId: 'dkm-social', fileName: 'dkm.yaml', source: completed, activeFrom: today });
  assert.equal(t.services.registry.get('dkm-social')?.version, '1.0.0', 'pending: not yet in force');
  const pending = await getPendingCatalogVersion(t.services, admin, { modelId: 'dkm-social', id });
  assert.deepEqual(pending.changes.map((c) => [c.path, c.change, c.after]), [
    ['version', 'changed', '1.1.0'],
    ['standards › brugerinddragelse › text', 'changed', 'Beboerne inddrages i beslutninger om deres hverdag.'],
    ['standards › brugerinddragelse › source', 'added', 'Region Sjælland, lokal standard 2026'],
  ]);
  await activateCatalogVersion(t.services, admin, { modelId: 'dkm-social', id });
  await refusedWith(activateCatalogVersion(t.services, admin, { modelId: 'dkm-social', id }), 'not_found');
  const inForce = t.services.registry.get('dkm-social') as StandardsModel;
  assert.deepEqual([inForce.version, inForce.standards[1]!.source], ['1.1.0', 'Region Sjælland, lokal standard 2026']);
  assert.equal(t.services.registry.used('dkm-social', '1.0.0')?.version, '1.0.0', 'older work keeps the version it used');

  // Every model kind: a binary inspection model, too.
  const tilbud = yaml('tilbud.yaml').replace('version: 1.1.0', 'version: 1.2.0');
  const upload = await uploadCatalogVersion(t.services, admin, { modelId: 'tilbud', fileName: 'tilbud.yaml', source: tilbud, activeFrom: '2099-01-01' });
  await activateCatalogVersion(t.services, admin, { modelId: 'tilbud', id: upload.id });
  const versions = await listCatalogVersions(t.services, admin, 'tilbud');
  assert.deepEqual(versions.versions.map((v) => [v.model.version, v.activeFrom, v.uploaded]), [['1.1.0', null, false], ['1.2.0', '2099-01-01', true]]);
  assert.equal(t.services.registry.get('tilbud')?.version, '1.1.0', 'in force only from its date');

  // At the next start the activated uploads are loaded again.
  const restarted = { ...t.services, registry: serviceRegistry(t.services.now) };
  await loadUploadedCatalogs(restarted);
  assert.equal(restarted.registry.get('dkm-social')?.version, '1.1.0');
  assert.deepEqual(restarted.registry.versions('tilbud').map((v) => v.model.version), ['1.1.0', '1.2.0']);
});
