// The shared components, from the same examples the gallery page shows: each renders the markup
// its accessibility depends on. The browser suite runs axe on the gallery (suites/components.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPONENT_EXAMPLES } from '../../src/web/views/components/examples.tsx';
import { pageWindow } from '../../src/web/views/components/pagination.tsx';

const html = (name: string) => {
  const example = COMPONENT_EXAMPLES.find((e) => e.name === name);
  assert.ok(example, `an example of ${name}`);
  return String(example.render());
};

test('every component has an example', () => {
  assert.deepEqual(COMPONENT_EXAMPLES.map((e) => e.name).sort(), ['ErrorSummary', 'Notice', 'Pagination', 'SummaryList', 'Table', 'Tag']);
});

test('Table: a caption, column headers with scope, row headers, inside a scroll container', () => {
  const t = html('Table');
  assert.match(t, /^<div class="table--responsive-scroll" role="region" aria-label="Tilsyn i Socialtilsyn Nord" tabindex="0"><table class="table table--compact"><caption>Tilsyn i Socialtilsyn Nord<\/caption>/);
  assert.equal((t.match(/<th scope="col">/g) ?? []).length, 3);
  assert.equal((t.match(/<th scope="row">/g) ?? []).length, 2);
});

test('SummaryList: a description list with a term and a value per row', () => {
  const s = html('SummaryList');
  assert.match(s, /<dl class="summary-list" aria-label="Om tilsynet">/);
  assert.equal((s.match(/<dt>/g) ?? []).length, 3);
  assert.equal((s.match(/<dd>/g) ?? []).length, 3);
});

test('Notice: an icon with a text alternative; errors and warnings are announced, the rest is status', () => {
  const n = html('Notice');
  for (const kind of ['info', 'success', 'warning', 'error']) assert.ok(n.includes(`alert alert-${kind}`), kind);
  assert.equal((n.match(/role="alert"/g) ?? []).length, 2);
  assert.equal((n.match(/role="status"/g) ?? []).length, 2);
  assert.equal((n.match(/<svg class="icon-svg alert-icon" aria-label="[^"]+" role="img"/g) ?? []).length, 4);
});

test('Pagination: a labelled navigation, the current page marked, the total said in words', () => {
  const p = html('Pagination');
  assert.match(p, /<nav class="pagination" aria-label="Sidenavigation">/);
  assert.match(p, /583 tilsyn · side 4 af 12/);
  assert.match(p, /aria-current="page" aria-label="Side 4">4</);
  assert.ok(p.includes('Forrige side') && p.includes('Næste side'));
  assert.deepEqual(pageWindow(4, 12), [1, 2, 3, 4, 5, 6, null, 12]);
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(12, 12), [1, null, 10, 11, 12]);
});

test('ErrorSummary: announced, each problem a link to its field', () => {
  const e = html('ErrorSummary');
  assert.match(e, /role="alert"/);
  assert.match(e, /href="#field-name">Navn skal udfyldes\.</);
  assert.match(e, /href="#field-places">/);
});

test('Tag: a badge per kind', () => {
  const t = html('Tag');
  for (const cls of ['badge badge-info', 'badge badge-warning', 'badge badge-success', 'badge badge-error', 'class="badge"']) assert.ok(t.includes(cls), cls);
});
