// The scored catalog (Kvalitetsmodel for socialtilsyn, revideret pr. 1. januar 2017) against its seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../src/core/model/parse-catalog.ts';
import type { ScoredModel } from '../../src/core/kinds/scored/catalog.ts';

const file = fileURLToPath(new URL('../../models/tilbud-2017.yaml', import.meta.url));
const seedRaw = readFileSync(new URL('../../../shared/seeds/002_22313cc442a8a875.txt', import.meta.url), 'utf8');

/** Drops markdown emphasis and collapses whitespace (PDF line and page breaks). */
const normalise = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
const seed = normalise(seedRaw);

function load(): ScoredModel {
  const result = parseCatalog(file, readFileSync(file, 'utf8'));
  if (!result.ok) assert.fail(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  assert.equal(result.model.kind, 'scored');
  return result.model as ScoredModel;
}

const model = load();
const criteria = model.themes.flatMap((t) => t.criteria);
const indicators = criteria.flatMap((c) => c.indicators);

function assertInSeed(text: string, where: string) {
  assert.ok(seed.includes(normalise(text)), `${where}: not found in the seed: ${JSON.stringify(text)}`);
}

test('header', () => {
  assert.equal(model.id, 'tilbud-2017');
  assert.equal(model.kind, 'scored');
  assert.equal(model.entity, 'provider');
  assert.equal(model.version, '1.1.0');
  assert.equal(model.source, '002_22313cc442a8a875.txt');
  assert.match(model.title, /^Kvalitetsmodel for socialtilsyn/);
  assert.ok(model.edition.includes('revideret pr. 1. januar 2017'));
  assertInSeed(model.edition, 'edition');
});

test('scale and approval ratings as the seed gives them', () => {
  assert.deepEqual(model.scale, [
    { score: 5, label: 'I meget høj grad opfyldt' },
    { score: 4, label: 'I høj grad opfyldt' },
    { score: 3, label: 'I middel grad opfyldt' },
    { score: 2, label: 'I lav grad opfyldt' },
    { score: 1, label: 'I meget lav grad opfyldt' },
  ]);
  for (const { score, label } of model.scale) assertInSeed(`${label} (${score})`, `scale ${score}`);
  assert.deepEqual(model.approvalRatings, {
    expected_met: 'Tilbuddet forventes at kunne opfylde indikatoren.',
    expected_not_met: 'Tilbuddet forventes ikke at kunne opfylde indikatoren.',
  });
  assertInSeed(`- ${model.approvalRatings.expected_met}`, 'expected_met');
  assertInSeed(`- ${model.approvalRatings.expected_not_met}`, 'expected_not_met');
});

test('counts', () => {
  assert.equal(model.themes.length, 7);
  assert.equal(criteria.length, 11);
  assert.equal(indicators.length, 30);
});

test('themes in seed order with slug ids', () => {
  assert.deepEqual(
    model.themes.map((t) => [t.id, t.title]),
    [
      ['uddannelse-og-beskaeftigelse', 'Uddannelse og beskæftigelse'],
      ['selvstaendighed-og-relationer', 'Selvstændighed og relationer'],
      ['maalgruppe-metoder-og-resultater', 'Målgruppe, metoder og resultater'],
      ['sundhed-og-trivsel', 'Sundhed og trivsel'],
      ['organisation-og-ledelse', 'Organisation og ledelse'],
      ['kompetencer', 'Kompetencer'],
      ['fysiske-rammer', 'Fysiske rammer'],
    ],
  );
  for (const t of model.themes) assertInSeed(`Tema: ${t.title}`, `theme ${t.id} title`);
});

test('criterion numbers and ids', () => {
  assert.deepEqual(criteria.map((c) => c.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14]);
  for (const c of criteria) assert.equal(c.id, `k${c.number}`);
});

test('indicator ids', () => {
  assert.deepEqual(indicators.map((i) => i.id), [
    '1.a', '1.b', '1.d',
    '2.a', '2.b', '2.c', '2.f',
    '3.a', '3.b', '3.c', '3.d',
    '4.a', '4.b',
    '5.a', '5.b', '5.c',
    '6.a', '6.b',
    '7.a',
    '8.a', '8.b', '8.c',
    '9.a', '9.b', '9.c',
    '10.a', '10.b',
    '14.a', '14.b', '14.c',
  ]);
  for (const c of criteria) {
    for (const i of c.indicators) assert.ok(i.id.startsWith(`${c.number}.`), `${i.id} under k${c.number}`);
  }
});

test('criterion texts are verbatim under their own number', () => {
  for (const c of criteria) assertInSeed(`Kriterium ${c.number}: ${c.text}`, c.id);
});

test('indicator texts are verbatim under their own id', () => {
  for (const i of indicators) {
    // The seed labels indicator 7.a "Kriterium 7.a:".
    const label = i.id === '7.a' ? 'Kriterium' : 'Indikator';
    assertInSeed(`${label} ${i.id}: ${i.text}`, i.id);
  }
});

test('theme descriptions: every paragraph verbatim, and the whole description', () => {
  for (const t of model.themes) {
    const paragraphs = t.description.split('\n\n');
    for (const [n, p] of paragraphs.entries()) {
      assert.ok(!p.includes('\n'), `${t.id} paragraph ${n} holds a single line break`);
      assertInSeed(p, `${t.id} description paragraph ${n}`);
    }
    // Everything between the theme heading and its first criterion is the description.
    const start = seed.indexOf(`Tema: ${t.title}`) + `Tema: ${t.title}`.length;
    const end = seed.indexOf('Kriterium ', start);
    assert.equal(paragraphs.map(normalise).join(' '), seed.slice(start, end).trim(), `${t.id} description is complete`);
  }
});

test('applicability sentences are verbatim', () => {
  for (const t of model.themes) {
    for (const s of t.applicabilityText) assertInSeed(s, `theme ${t.id} applicabilityText`);
  }
  for (const i of indicators) {
    for (const s of i.applicabilityText) assertInSeed(s, `${i.id} applicabilityText`);
    if (i.applicabilityText.length > 0) {
      assert.match(i.applicabilityText[0]!, new RegExp(`^Indikator ${i.id.replace('.', '\\.')}\\.? gælder`), `${i.id} lead sentence`);
    }
  }
});

test('every "Indikator X gælder" rule in the seed is carried by that indicator', () => {
  const rules = [...seed.matchAll(/Indikator (\d+\.[a-z])\.? gælder/g)].map((m) => m[1]);
  assert.deepEqual(rules, ['1.b', '1.d', '2.b', '2.c', '2.f', '3.c', '5.b', '6.a', '6.b', '8.c', '14.c']);
  for (const id of rules) {
    const i = indicators.find((x) => x.id === id);
    assert.ok(i && i.applicabilityText.length > 0, `${id} has applicabilityText`);
  }
});

type Rule = {
  excludedFor?: string[];
  onlyFor?: string[];
  excludedForFlags?: string[];
  onlyForFlags?: string[];
  lines: number; // how many applicabilityText entries (lead sentence + bullets)
};

// "Ambulant alkoholbehandling efter sundhedslovens § 141", "Ambulant stofmisbrugsbehandling efter
// servicelovens § 101 og § 101 a": the ambulant codes only; residential treatment keeps the indicators.
const ambulant = ['sul-141-ambulant', 'sel-101-ambulant', 'sel-101a-ambulant'];
const ambulantAndShelters = [...ambulant, 'sel-109', 'sel-110'];
const childrensPlacements = ['sel-66-1-5', 'sel-66-1-6', 'sel-66-1-6-sikret', 'sel-66-1-7'];

const expectedRules: Record<string, Rule> = {
  '1.b': { excludedFor: ['sel-66-1-7'], lines: 1 },
  '1.d': { onlyFor: childrensPlacements, lines: 1 },
  '2.b': { excludedFor: ['sel-66-1-6-sikret'], lines: 1 },
  '2.c': { excludedFor: ambulant, excludedForFlags: ['aflastning'], lines: 4 },
  '2.f': { onlyFor: childrensPlacements, lines: 1 },
  '3.c': { excludedFor: ambulantAndShelters, lines: 5 },
  '5.b': { excludedForFlags: ['aflastning'], lines: 1 },
  '6.a': { excludedFor: [...ambulantAndShelters, 'sel-66-1-7'], lines: 6 },
  '6.b': { excludedFor: [...ambulantAndShelters, 'sel-66-1-7'], lines: 6 },
  '8.c': { onlyForFlags: ['bestyrelse'], lines: 1 },
  '14.c': {
    excludedFor: [...ambulantAndShelters, 'sel-66-1-6-sikret', 'sel-66-1-7'],
    excludedForFlags: ['aflastning'],
    lines: 8,
  },
};

test('applicability data of every indicator', async (t) => {
  for (const i of indicators) {
    const rule = expectedRules[i.id];
    await t.test(i.id, () => {
      assert.deepEqual(
        {
          excludedFor: i.excludedFor,
          onlyFor: i.onlyFor,
          excludedForFlags: i.excludedForFlags,
          onlyForFlags: i.onlyForFlags,
          lines: i.applicabilityText.length,
        },
        {
          excludedFor: rule?.excludedFor ?? [],
          onlyFor: rule?.onlyFor ?? [],
          excludedForFlags: rule?.excludedForFlags ?? [],
          onlyForFlags: rule?.onlyForFlags ?? [],
          lines: rule?.lines ?? 0,
        },
      );
    });
  }
  assert.deepEqual(
    indicators.filter((i) => expectedRules[i.id]).map((i) => i.id),
    Object.keys(expectedRules),
    'every expected rule belongs to an indicator of the catalog',
  );
});

test('theme applicability', () => {
  assert.deepEqual(
    model.themes.map((t) => [t.id, t.excludedFor, t.applicabilityText.length]),
    [
      ['uddannelse-og-beskaeftigelse', [], 0],
      ['selvstaendighed-og-relationer', [], 0],
      ['maalgruppe-metoder-og-resultater', [], 0],
      ['sundhed-og-trivsel', [], 0],
      ['organisation-og-ledelse', ['sel-66-1-7'], 1],
      ['kompetencer', [], 0],
      ['fysiske-rammer', [], 0],
    ],
  );
  assert.equal(
    model.themes.find((t) => t.id === 'organisation-og-ledelse')!.applicabilityText[0],
    'Temaet Organisation og ledelse gælder ikke for efterskoler, frie fagskoler og frie grundskoler med kostafdeling, der er oprettet som anbringelsessteder efter servicelovens § 66, stk. 1, nr. 7.',
  );
});
