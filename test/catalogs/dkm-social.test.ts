// The dkm-social catalog against its seed: the six standards, the cycle, and that every
// piece of text in the catalog is transcribed from the seed (not paraphrased or invented).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../src/core/model/parse-catalog.ts';
import type { StandardsModel } from '../../src/core/kinds/standards/catalog.ts';

const file = fileURLToPath(new URL('../../models/dkm-social.yaml', import.meta.url));
const seed = readFileSync(new URL('../../../shared/seeds/003_1db3375d03181d02.txt', import.meta.url), 'utf8');

function load(): StandardsModel {
  const result = parseCatalog(file, readFileSync(file, 'utf8'));
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.errors, null, 2));
  assert.equal(result.model.kind, 'standards');
  return result.model as StandardsModel;
}

/** Whitespace and hyphens removed: PDF line breaks and "doku-\nmentere" no longer matter. */
const normalise = (s: string): string => s.replace(/[\s\-\u00ad\u2010\u2011]/g, '');

/** Keys whose values are not transcribed from the seed. */
const NOT_FROM_SEED = new Set(['id', 'kind', 'version', 'source', 'entity', 'colour', 'gaps']);

/** Every non-empty string in the model with its path, skipping NOT_FROM_SEED keys. */
function texts(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return value.trim() ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (NOT_FROM_SEED.has(k) ? [] : texts(v, path ? `${path}.${k}` : k)));
  }
  return [];
}

test('header', () => {
  const m = load();
  assert.equal(m.id, 'dkm-social');
  assert.equal(m.title, 'Dansk Kvalitetsmodel på det sociale område');
  assert.equal(m.version, '1.0.0');
  assert.equal(m.source, '003_1db3375d03181d02.txt');
  assert.equal(m.entity, 'provider');
});

test('six standards with the expected ids and titles, in order', () => {
  const m = load();
  assert.deepEqual(
    m.standards.map((s) => [s.id, s.title]),
    [
      ['kommunikation', 'Kommunikation'],
      ['brugerinddragelse', 'Brugerinddragelse'],
      ['individuelle-planer', 'Individuelle planer'],
      ['kompetenceudvikling', 'Kompetenceudvikling'],
      ['arbejdsmiljoe', 'Arbejdsmiljø'],
      ['ledelse', 'Ledelse'],
    ],
  );
  assert.equal(m.standards[0]?.text, 'Den enkeltes kommunikative ressourcer skal afdækkes');
  // The seed gives the wording of no other standard.
  for (const s of m.standards.slice(1)) assert.equal(s.text, '', s.id);
});

test('steps: guiding documents, then known and used', () => {
  const m = load();
  assert.deepEqual(m.steps.map((s) => s.number), [1, 2]);
  assert.match(m.steps[0]?.text ?? '', /udarbejdes retningsgivende dokumenter/);
  assert.match(m.steps[1]?.text ?? '', /kendte og anvendte/);
});

test('cycle: annual self-evaluation and external evaluation every third year', () => {
  const { cycle } = load();
  const all = [cycle.selfEvaluation, cycle.externalEvaluation, ...cycle.notes].join('\n').replace(/\s+/g, ' ');
  assert.match(all, /årlige selvevalueringer/);
  assert.match(cycle.selfEvaluation, /Selvevalueringen gentages efter ét år/);
  assert.match(cycle.externalEvaluation.replace(/\s+/g, ' '), /eksterne evalueringer på de enkelte boformer og institutioner hvert tredje år/);
});

test('traffic light: red, yellow, green', () => {
  const m = load();
  assert.deepEqual(m.trafficLight.map((t) => t.colour), ['red', 'yellow', 'green']);
});

test('every non-empty text in the catalog occurs in the seed', () => {
  const m = load();
  const haystack = normalise(seed);
  assert.ok(haystack.length > 10000, 'seed not read');
  const all = texts(m);
  assert.ok(all.length > 20, `too few texts collected (${all.length})`);
  const missing: string[] = [];
  for (const { path, text } of all) {
    // Multi-paragraph texts (description) are joined by blank lines; each paragraph is checked on its own.
    for (const paragraph of text.split(/\n\s*\n/)) {
      if (paragraph.trim() && !haystack.includes(normalise(paragraph))) missing.push(`${path}: ${paragraph}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('gaps say what the seed does not give', () => {
  const m = load();
  assert.ok(m.gaps.length > 0);
  for (const g of m.gaps) assert.ok(g.trim().length > 0);
});
