// The binary catalog for foster families (Kvalitetsmodel for plejefamilier) against its seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../src/core/model/parse-catalog.ts';
import type { BinaryModel, Marker } from '../../src/core/kinds/binary/catalog.ts';

const file = fileURLToPath(new URL('../../models/plejefamilie.yaml', import.meta.url));
const seedRaw = readFileSync(new URL('../../../shared/seeds/000_c460281f38ca3e08.txt', import.meta.url), 'utf8');

/** Removes all whitespace and hyphens, so PDF line breaks, split words and stray "-" lines do not matter. */
const normalise = (s: string) => s.replace(/[\s\u00ad-]/g, '');

// The seed holds two models; only the foster-family part counts here. It starts with its own
// guide ("for plejefamiler"), then "2. Kvalitetsmodel for plejefamilier" (the model section),
// then the annex ("Bilag … Praksiseksempler").
const modelStart = seedRaw.indexOf('2. Kvalitetsmodel for plejefamilier');
assert.ok(modelStart > 0, 'model section of the foster-family part not found in the seed');
const annexStart = seedRaw.indexOf('Bilag', modelStart);
assert.ok(annexStart > modelStart, 'annex of the foster-family part not found in the seed');
const designSeed = normalise(seedRaw.slice(modelStart, annexStart));
const annexSeed = normalise(seedRaw.slice(annexStart));
const partSeed = designSeed + annexSeed;

function load(): BinaryModel {
  const result = parseCatalog(file, readFileSync(file, 'utf8'));
  if (!result.ok) assert.fail(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  assert.equal(result.model.kind, 'binary');
  return result.model as BinaryModel;
}

const model = load();
const criteria = model.themes.flatMap((t) => t.criteria);
const markers = criteria.flatMap((c) => c.markers);

function assertIn(haystack: string, text: string, where: string) {
  assert.ok(haystack.includes(normalise(text)), `${where}: not found in the seed: ${JSON.stringify(text)}`);
}

/** Position of `text` in `haystack` at or after `from`; fails when absent or at/after `before`. */
function findFrom(haystack: string, text: string, from: number, before: number, where: string): number {
  const at = haystack.indexOf(normalise(text), from);
  assert.ok(at >= 0 && at < before, `${where}: not found in seed order: ${JSON.stringify(text)}`);
  return at;
}

/** Every text of a marker's design step, in the order the step lists them. */
function stepTexts(marker: Marker): Array<[string, string]> {
  return marker.investigationDesign.flatMap((step, i) => {
    const at = `${marker.id} step ${i + 1}`;
    return [
      [step.method, `${at} method`] as [string, string],
      ...step.notes.map((n, j): [string, string] => [n, `${at} notes[${j}]`]),
      ...step.description.map((d, j): [string, string] => [d, `${at} description[${j}]`]),
      ...(step.coversHeading ? [[step.coversHeading, `${at} coversHeading`] as [string, string]] : []),
      ...step.covers.map((c, j): [string, string] => [c, `${at} covers[${j}]`]),
    ];
  });
}

test('header', () => {
  assert.equal(model.id, 'plejefamilie');
  assert.equal(model.title, 'Kvalitetsmodel for plejefamilier');
  assert.equal(model.kind, 'binary');
  assert.equal(model.version, '1.1.0');
  assert.equal(model.source, '000_c460281f38ca3e08.txt');
  assert.equal(model.edition, '');
  assert.equal(model.entity, 'fosterFamily');
});

test('counts: 5 themes, 6 criteria, 13 markers', () => {
  assert.equal(model.themes.length, 5);
  assert.equal(criteria.length, 6);
  assert.equal(markers.length, 13);
  assert.deepEqual(
    model.themes.map((t) => t.criteria.map((c) => c.markers.length)),
    [[2], [1, 3], [2], [3], [2]],
  );
});

test('ids are numbered through the model in seed order', () => {
  assert.deepEqual(model.themes.map((t) => t.id), ['t1', 't2', 't3', 't4', 't5']);
  assert.deepEqual(model.themes.map((t) => t.number), [1, 2, 3, 4, 5]);
  assert.deepEqual(criteria.map((c) => c.id), ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
  for (const c of criteria) {
    assert.deepEqual(c.markers.map((m) => m.id), c.markers.map((_, i) => `${c.id}.${i + 1}`));
  }
});

test('theme titles are the model-section headings in sentence case', () => {
  assert.deepEqual(model.themes.map((t) => t.title), [
    'Målgruppe, metoder og resultater',
    'Sundhed og trivsel',
    'Familiestruktur og familiedynamik',
    'Kompetencer',
    'Fysiske rammer',
  ]);
  for (const t of model.themes) {
    assertIn(designSeed, `TEMA ${t.number}: ${t.title.toUpperCase()}`, `${t.id} title`);
  }
});

test('every marker has an investigation design and practice examples', () => {
  for (const m of markers) {
    assert.ok(m.investigationDesign.length >= 1, `${m.id}: no design step`);
    assert.ok(m.practiceExamples.length >= 1, `${m.id}: no practice example`);
    for (const [i, step] of m.investigationDesign.entries()) {
      assert.ok(
        step.covers.length + step.description.length >= 1,
        `${m.id} step ${i + 1}: neither covers nor description`,
      );
    }
  }
});

test('practice examples are exactly the annex paragraphs under each marker', () => {
  // Split the annex into paragraphs: blank lines separate them, and so do headings (a TEMA line or a
  // criterion heading, possibly wrapped, and the column header), which can follow a page break directly.
  const annexLines = seedRaw.slice(annexStart).split('\n');
  const heading = /^\s*(TEMA \d|Kvalitetskriteri|Kvalitetsmarkører Praksiseksempler)/;
  const blocks: Array<{ text: string; heading: boolean }> = [];
  let current: { text: string; heading: boolean } | undefined;
  for (const line of annexLines) {
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (heading.test(line) || !current) {
      current = { text: '', heading: heading.test(line) };
      blocks.push(current);
    }
    current.text += `${line}\n`;
  }
  const firstTheme = blocks.findIndex((b) => b.heading && /^\s*TEMA 1/.test(b.text));
  const backCover = blocks.findIndex((b) => /^\s*Socialtilsynene\s*$/.test(b.text.split('\n')[0]!));
  assert.ok(firstTheme >= 0 && backCover > firstTheme, 'annex structure not recognised');

  const found = new Map<string, string[]>();
  let marker = -1;
  for (const b of blocks.slice(firstTheme, backCover)) {
    if (b.heading) continue;
    const text = normalise(b.text);
    if (text === '') continue; // a stray "-" line
    const next = markers[marker + 1];
    if (next && text.startsWith(normalise(next.text))) {
      marker++;
      found.set(next.id, []);
      continue;
    }
    assert.ok(marker >= 0, `practice example before any marker: ${b.text}`);
    found.get(markers[marker]!.id)!.push(text);
  }
  assert.equal(marker, markers.length - 1, 'not every marker was found in the annex');
  for (const m of markers) {
    assert.deepEqual(m.practiceExamples.map(normalise), found.get(m.id), `${m.id} practice examples`);
  }
});

test('covers are exactly the design-section bullets under each marker', () => {
  // Paragraphs of the model section: a blank line, a bullet, a heading or the page footer starts a new one.
  const lines = seedRaw.slice(modelStart, annexStart).split('\n');
  const heading = /^\s*(TEMA \d|Kvalitetskriteri|Kvalitetsmarkører|Kvalitetsmodel for plejefamilier\s*$)/;
  const blocks: Array<{ text: string; heading: boolean }> = [];
  let current: { text: string; heading: boolean } | undefined;
  for (const line of lines) {
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (heading.test(line) || /^\s*•/.test(line) || !current) {
      current = { text: '', heading: heading.test(line) };
      blocks.push(current);
    }
    current.text += `${line}\n`;
  }
  const found = new Map<string, string[]>();
  let marker = -1;
  let inMarker = false;
  for (const b of blocks) {
    if (b.heading) {
      inMarker = false; // theme and criterion lists also use bullets
      continue;
    }
    const text = normalise(b.text);
    const next = markers[marker + 1];
    if (next && text.startsWith(normalise(next.text))) {
      marker++;
      inMarker = true;
      found.set(next.id, []);
    } else if (inMarker && text.startsWith('•')) {
      found.get(markers[marker]!.id)!.push(text.slice(1));
    }
  }
  assert.equal(marker, markers.length - 1, 'not every marker was found in the model section');
  for (const m of markers) {
    const bullets = found.get(m.id)!;
    // A method the seed prints as a bullet (k6.2 "Observation af fysiske rammer") counts as one.
    const expected = m.investigationDesign.flatMap((step) => [
      ...(bullets.includes(normalise(step.method)) ? [normalise(step.method)] : []),
      ...step.covers.map(normalise),
    ]);
    assert.deepEqual(expected, bullets, `${m.id} covers`);
  }
});

test('only the fysisk guidning marker is limited, to specialiserede plejefamilier', () => {
  const limited = markers.filter((m) => m.onlyFor);
  assert.deepEqual(limited.map((m) => m.id), ['k3.3']);
  const m = limited[0]!;
  assert.equal(m.text, 'Plejefamilien arbejder relevant med fysisk guidning og afværgehjælp');
  assert.deepEqual(m.onlyFor, { typologies: ['specialiseret'], note: 'specialiserede plejefamilier' });
  // The limitation is the seed's own parenthesis after the marker text, in both sections.
  assertIn(designSeed, `${m.text} (${m.onlyFor!.note})`, 'k3.3 design');
  assertIn(annexSeed, `${m.text} (${m.onlyFor!.note})`, 'k3.3 annex');
  // No other marker text is followed by a parenthesis in the seed.
  for (const other of markers.filter((x) => !x.onlyFor)) {
    const at = designSeed.indexOf(normalise(other.text));
    assert.notEqual(designSeed[at + normalise(other.text).length], '(', `${other.id} has a parenthesis in the seed`);
  }
});

test('design steps use the documented kinds', () => {
  for (const m of markers) {
    for (const step of m.investigationDesign) {
      if (step.method === 'Barnets perspektiv belyses') assert.equal(step.kind, 'child_perspective', m.id);
      if (/^Interview (af|med) pleje/.test(step.method)) assert.equal(step.kind, 'interview_foster_family', m.id);
      if (/^Triangulering/.test(step.method)) assert.equal(step.kind, 'triangulation', m.id);
      if (/^Observation/.test(step.method)) assert.equal(step.kind, 'observation', m.id);
      if (/^Dokumentanalyse/.test(step.method)) assert.equal(step.kind, 'document_analysis', m.id);
    }
  }
});

test('every text of the catalog occurs in the foster-family part of the seed', () => {
  for (const t of model.themes) {
    assertIn(designSeed, t.description, `${t.id} description`);
    for (const c of t.criteria) {
      assertIn(designSeed, c.text, `${c.id} text`);
      assertIn(annexSeed, c.text, `${c.id} text (annex)`);
      for (const m of c.markers) {
        assertIn(designSeed, m.text, `${m.id} text`);
        // The annex may add a full stop or the limitation, but starts with the same wording.
        assertIn(annexSeed, m.text, `${m.id} text (annex)`);
        if (m.onlyFor) assertIn(partSeed, m.onlyFor.note, `${m.id} onlyFor.note`);
        for (const [text, where] of stepTexts(m)) assertIn(designSeed, text, where);
        for (const [i, p] of m.practiceExamples.entries()) assertIn(annexSeed, p, `${m.id} practiceExamples[${i}]`);
      }
    }
  }
});

test('design texts sit under their own marker, in seed order', () => {
  const starts: number[] = [];
  let pos = 0;
  for (const m of markers) {
    pos = findFrom(designSeed, m.text, pos, designSeed.length, `${m.id} text`);
    starts.push(pos);
  }
  for (const [i, m] of markers.entries()) {
    const end = starts[i + 1] ?? designSeed.length;
    let at = starts[i]! + normalise(m.text).length;
    // Advance to each match's start, so a method that is also its bullets' heading ("Observation af:") passes.
    for (const [text, where] of stepTexts(m)) at = findFrom(designSeed, text, at, end, where);
  }
});

test('practice examples sit under their own marker in the annex, in seed order', () => {
  const starts: number[] = [];
  let pos = 0;
  for (const m of markers) {
    pos = findFrom(annexSeed, m.text, pos, annexSeed.length, `${m.id} text (annex)`);
    starts.push(pos);
  }
  for (const [i, m] of markers.entries()) {
    const end = starts[i + 1] ?? annexSeed.length;
    let at = starts[i]! + normalise(m.text).length;
    for (const [j, p] of m.practiceExamples.entries()) {
      at = findFrom(annexSeed, p, at, end, `${m.id} practiceExamples[${j}]`) + normalise(p).length;
    }
  }
});

test('theme descriptions and criteria are complete, not just fragments', () => {
  // Each description runs from "Temabeskrivelse:" to "Kvalitetskriterier i temaet:".
  for (const t of model.themes) {
    const d = normalise(t.description);
    assertIn(designSeed, `Temabeskrivelse:${t.description}`, `${t.id} description start`);
    assert.ok(
      designSeed.includes(`${d}Kvalitetskriterieritemaet:`),
      `${t.id} description does not end where the seed's does`,
    );
    for (const c of t.criteria) assertIn(designSeed, `Kvalitetskriterium: ${c.text}`, `${c.id} heading`);
  }
});
