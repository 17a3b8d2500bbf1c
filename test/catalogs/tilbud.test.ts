// The binary catalog models/tilbud.yaml against its seed, 000_c460281f38ca3e08.txt
// ("2. Kvalitetsmodel for tilbud" and its annex of practice examples).
//
// Besides counts and spot checks, the catalog is rebuilt into running text and compared with the
// seed: each theme's design section and each theme's annex table must equal the seed word for word
// (after layout normalisation), so nothing is missing, added, reordered or reworded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../src/core/model/parse-catalog.ts';
import type { BinaryModel, DesignStep, Marker } from '../../src/core/kinds/binary/catalog.ts';

const file = fileURLToPath(new URL('../../models/tilbud.yaml', import.meta.url));
const seedFile = new URL('../../../shared/seeds/000_c460281f38ca3e08.txt', import.meta.url);

/** Page footers/headers and stray "-" lines of the PDF extraction. */
function isLayoutNoise(line: string): boolean {
  const t = line.trim();
  return (
    t === '-' ||
    t === 'Kvalitetsmodel for tilbud' ||
    /^\d+\s*>\s*Kvalitetsmodel for tilbud$/.test(t) ||
    /^\d+Kvalitetsmodel for tilbud\s*<$/.test(t)
  );
}

/**
 * Applied the same way to seed and catalog: drop layout noise, join words split across lines
 * (the seed breaks "triv" / "sel" with no hyphen and no trailing space; a line break at a word
 * boundary always has a trailing space), drop bullet characters, collapse whitespace.
 */
function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !isLayoutNoise(line))
    .join('\n')
    .replace(/([a-zæøå])\n([a-zæøå])/g, '$1$2')
    .replace(/•/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function load(): BinaryModel {
  const result = parseCatalog(file, readFileSync(file, 'utf8'));
  if (!result.ok) assert.fail(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  assert.equal(result.model.kind, 'binary');
  return result.model as BinaryModel;
}

const model = load();
const seed = normalise(readFileSync(seedFile, 'utf8'));
const designStart = seed.indexOf('2. Kvalitetsmodel for tilbud TEMA 1:');
const annexStart = seed.indexOf('Bilag Praksiseksempler, der kan indikere', designStart);
const annexEnd = seed.indexOf(' Socialtilsynene Kvalitetsmodel for plejefamil', annexStart);
assert.ok(designStart >= 0 && annexStart > designStart && annexEnd > annexStart, 'seed sections not found');
const design = seed.slice(designStart, annexStart).trim();
const annex = seed.slice(annexStart, annexEnd).trim();

const criteria = model.themes.flatMap((t) => t.criteria);
const markers = criteria.flatMap((c) => c.markers);
const marker = (id: string): Marker => {
  const m = markers.find((x) => x.id === id);
  assert.ok(m, `marker ${id} missing`);
  return m;
};

test('header', () => {
  assert.equal(model.id, 'tilbud');
  assert.equal(model.title, 'Kvalitetsmodel for tilbud');
  assert.equal(model.version, '1.1.0');
  assert.equal(model.source, '000_c460281f38ca3e08.txt');
  assert.equal(model.edition, '');
  assert.equal(model.entity, 'provider');
});

test('5 themes, 9 criteria, 20 markers with the prescribed ids', () => {
  assert.equal(model.themes.length, 5);
  assert.equal(criteria.length, 9);
  assert.equal(markers.length, 20);
  assert.deepEqual(model.themes.map((t) => t.id), ['t1', 't2', 't3', 't4', 't5']);
  assert.deepEqual(model.themes.map((t) => t.number), [1, 2, 3, 4, 5]);
  assert.deepEqual(criteria.map((c) => c.id), ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9']);
  assert.deepEqual(
    criteria.map((c) => c.markers.length),
    [4, 1, 2, 2, 2, 2, 2, 2, 3],
  );
  for (const c of criteria) {
    c.markers.forEach((m, i) => assert.equal(m.id, `${c.id}.${i + 1}`));
  }
});

test('every marker has a design step; every marker but k1.3 has practice examples', () => {
  for (const m of markers) assert.ok(m.investigationDesign.length >= 1, `${m.id} has no design step`);
  // The seed's annex has no row for "Tilbuddet arbejder relevant med resultatdokumentation".
  assert.deepEqual(markers.filter((m) => m.practiceExamples.length === 0).map((m) => m.id), ['k1.3']);
  for (const m of markers) {
    if (m.id !== 'k1.3') assert.ok(m.practiceExamples.length >= 1, `${m.id} has no practice example`);
  }
});

test('every text of the catalog occurs in the seed', () => {
  const inDesign = (s: string, what: string) =>
    assert.ok(design.includes(normalise(s)), `${what} not in the seed's design section: ${s}`);
  for (const t of model.themes) {
    inDesign(t.description, `${t.id} description`);
    inDesign(`TEMA ${t.number}: ${t.title.toUpperCase()}`, `${t.id} title`);
  }
  for (const c of criteria) {
    inDesign(c.text, c.id);
    assert.ok(annex.includes(normalise(c.text)), `${c.id} not in the annex`);
  }
  for (const m of markers) {
    inDesign(m.text, m.id);
    for (const [i, s] of m.investigationDesign.entries()) {
      const where = `${m.id} step ${i + 1}`;
      inDesign(s.method, `${where} method`);
      for (const n of s.notes) inDesign(`(${n})`, `${where} note`);
      for (const d of s.description) inDesign(d, `${where} description`);
      if (s.coversHeading) inDesign(s.coversHeading, `${where} coversHeading`);
      for (const c of s.covers) inDesign(c, `${where} covers`);
    }
    for (const e of m.practiceExamples) {
      assert.ok(annex.includes(normalise(e)), `${m.id} practice example not in the annex: ${e}`);
    }
  }
});

// ---- Rebuilding the seed's running text from the catalog -------------------------------------

/** Steps whose bullets the seed introduces with no line at all (not even "Afdækning af:"). */
const NO_COVERS_HEADING = new Set(['k6.2/1', 'k8.1/3']);
/** Steps whose paragraph stands before the method line in the seed. */
const PARAGRAPH_BEFORE_METHOD = new Set(['k7.2/1']);
/** Marker texts the annex words differently from the design section (the catalog keeps the latter). */
const ANNEX_MARKER_TEXT: Record<string, string> = {
  'k7.2': 'Tilbuddets ledelse sikrer en hensigtsmæssig organisering af kompetencer og funktioner',
};

function renderStep(markerId: string, step: DesignStep, index: number): string {
  const key = `${markerId}/${index + 1}`;
  const method = [step.method, ...step.notes.map((n) => `(${n})`)];
  const parts = PARAGRAPH_BEFORE_METHOD.has(key)
    ? [...step.description, ...method]
    : [...method, ...step.description];
  if (step.covers.length > 0) {
    if (step.coversHeading) parts.push(step.coversHeading);
    else if (!NO_COVERS_HEADING.has(key)) parts.push('Afdækning af:');
    parts.push(...step.covers);
  } else {
    assert.equal(step.coversHeading, undefined, `${key}: coversHeading without covers`);
  }
  return parts.join(' ');
}

function segment(text: string, theme: number): string {
  const start = text.indexOf(`TEMA ${theme}:`);
  assert.ok(start >= 0, `TEMA ${theme} not found`);
  const next = text.indexOf(`TEMA ${theme + 1}:`, start);
  return text.slice(start, next < 0 ? undefined : next).trim();
}

test("each theme's design section equals the catalog, word for word", () => {
  for (const t of model.themes) {
    const seg = segment(design, t.number);
    const head = normalise(`TEMA ${t.number}: ${t.title.toUpperCase()} Temabeskrivelse: ${t.description} Kvalitetskriterier i temaet:`);
    const body = normalise(
      'Kvalitetsmarkører og undersøgelsesdesign: ' +
        t.criteria
          .map(
            (c) =>
              `Kvalitetskriterium: ${c.text} Kvalitetsmarkører Undersøgelsesdesign ` +
              c.markers
                .map((m) => [m.text, ...m.investigationDesign.map((s, i) => renderStep(m.id, s, i))].join(' '))
                .join(' '),
          )
          .join(' '),
    );
    assert.ok(seg.startsWith(head), `${t.id}: title/description differ from the seed\n${seg.slice(0, head.length + 80)}`);
    if (!seg.endsWith(body)) {
      let i = 0;
      const tail = seg.slice(seg.length - body.length);
      while (i < body.length && tail[i] === body[i]) i++;
      assert.fail(`${t.id}: design differs from the seed at\n  seed:    …${tail.slice(i - 60, i + 80)}\n  catalog: …${body.slice(i - 60, i + 80)}`);
    }
    // Between the two: the list "Kvalitetskriterier i temaet", which names every criterion.
    const list = seg.slice(head.length, seg.length - body.length);
    for (const c of t.criteria) assert.ok(list.includes(normalise(c.text)), `${c.id} not in the criteria list of ${t.id}`);
  }
});

test("each theme's annex table equals the catalog's practice examples, word for word", () => {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const t of model.themes) {
    const seg = segment(annex, t.number);
    // The annex labels criteria both "Kvalitetskriterium:" and "Kvalitetskriterie:".
    const expected =
      escape(normalise(`TEMA ${t.number}: ${t.title.toUpperCase()}`)) +
      t.criteria
        .map(
          (c) =>
            ' Kvalitetskriteri(?:um|e): ' +
            escape(
              normalise(
                `${c.text} Kvalitetsmarkører Praksiseksempler på at kvalitetsmarkøren ikke er til stede ` +
                  c.markers
                    .filter((m) => m.practiceExamples.length > 0)
                    .map((m) => [ANNEX_MARKER_TEXT[m.id] ?? m.text, ...m.practiceExamples].join(' '))
                    .join(' '),
              ),
            ),
        )
        .join('');
    assert.match(seg, new RegExp(`^${expected}$`), `${t.id}: annex differs from the catalog`);
  }
});

// ---- Spot checks: literal strings, in the catalog and in the seed -----------------------------

test('spot checks against literal seed wording', () => {
  const checks: Array<[actual: string | undefined, expected: string, section: string]> = [
    [model.themes[4]?.description, 'De fysiske rammer udgør en central del af et tilbud, både som ramme om borgernes hjem og liv og som ramme om den indsats, der finder sted. Det er derfor væsentligt, at tilbuddets omgivelser, indretning, faciliteter og stand understøtter målgruppens behov og formålet med indsatsen, herunder at de fysiske rammer inde og ude tilgodeser borgernes trivsel og tryghed samt ret til privatliv.', design],
    [model.themes[1]?.description.split('\n\n')[1], 'Et væsentligt led heri er, at tilbuddet i sin pædagogiske indsats har fokus på at forebygge magtanvendelser, herunder dokumenterer og anvender viden fra eventuelle magtanvendelser til løbende læring og forbedring af indsatsen.', design],
    [criteria[0]?.text, 'Tilbuddet arbejder med afsæt i en tydelig målgruppebeskrivelse systematisk med faglige tilgange og metoder, der fører til positive resultater for borgerne', design],
    [criteria[6]?.text, 'Tilbuddets daglige drift varetages kompetent', design],
    [marker('k1.1').investigationDesign[0]?.coversHeading, 'Ved godkendelse af indberetning sikre, at:', design],
    [marker('k1.1').investigationDesign[0]?.covers[1], 'Målgruppebeskrivelsen på TP anvendes relevant til beskrivelse af borgernes forventelige følgeproblematikker', design],
    [marker('k6.1').investigationDesign[1]?.coversHeading, 'Afdækning af, fx:', design],
    [marker('k6.1').investigationDesign[0]?.method, 'Tilbudsportalen - lederes CV', design],
    [marker('k2.1').investigationDesign[1]?.covers[2], 'Om og hvordan medarbejderne arbejder med, at borgerne har mulighed for at blive inddraget i og træffe beslutninger om forhold, der vedrører borgernes eget liv, under hensyn til borgernes alder (, evt. modenhed) og funktionsniveau', design],
    [marker('k1.3').investigationDesign[3]?.description[0], 'Afdækning af om tilbuddet leverer den bestilte indsats ift. borgernes behov og udviklingsmål – jf. det personrettede tilsyn.', design],
    [marker('k8.2').investigationDesign[0]?.description[0], 'Interview med borgere tilstræbes. Hvis dette ikke er muligt, anvendes observation eller trianguleringsinterview med én anden kilde, fx pårørende, værge eller handlekommune.', design],
    [marker('k7.2').text, 'Tilbuddets ledelse sikrer en hensigtsmæssig organisering af kompetencer', design],
    [marker('k1.1').practiceExamples[0], 'Tilbuddet har indskrevet borgere udenfor godkendt målgruppe og uden dispensation hertil.', annex],
    [marker('k5.2').practiceExamples[2], 'Tilbuddet har ikke en systematisk praksis for opfølgning på episoder eller ”nærved-hændelser” med vold og overgreb med henblik på læring og forbedring af indsatsen.', annex],
    [marker('k3.2').practiceExamples[3], 'Tilbuddet har praksis for samarbejde med almene sundhedsydelser, fx læge og tandlæge.', annex],
    [marker('k9.3').practiceExamples.at(-1), 'Det er ikke muligt at skærme borgere ved konflikt.', annex],
  ];
  for (const [actual, expected, section] of checks) {
    assert.equal(actual, expected);
    assert.ok(section.includes(normalise(expected)), `not in the seed: ${expected}`);
  }
  // Repaired line breaks: "triv|sel" and "kompe|tent" (split with no hyphen in the seed).
  assert.ok(model.themes[0]?.description.includes('udvikling og trivsel. De konkrete mål'));
  assert.ok(model.themes[2]?.description.includes('samt en kompetent og ansvarlig ledelse'));
  // Paragraphs of the Temabeskrivelse, separated by blank lines.
  assert.deepEqual(model.themes.map((t) => t.description.split('\n\n').length), [1, 3, 1, 4, 1]);
});

test('step notes and marker conditions', () => {
  const steps = markers.flatMap((m) => m.investigationDesign.map((s) => ({ id: m.id, s })));
  const withNote = (n: string) => steps.filter(({ s }) => s.notes.includes(n)).map(({ id }) => id);
  assert.ok(withNote('Gælder IKKE ambulante tilbud og krisecentre').length >= 1);
  assert.ok(withNote('Kan evt. gøres på selve tilsynsbesøget').length >= 1);
  assert.deepEqual(withNote('Gælder IKKE ambulante tilbud og krisecentre'), ['k3.1', 'k3.2']);
  assert.deepEqual(withNote('Kan evt. gøres på selve tilsynsbesøget'), ['k1.3']);
  for (const { s } of steps) {
    for (const n of s.notes) assert.ok(design.includes(normalise(`(${n})`)), `note not in the seed: ${n}`);
    assert.ok(!/\((Gælder|Kan evt)/.test(s.method), `note left in method: ${s.method}`);
  }

  assert.deepEqual(marker('k6.2').onlyFor, { flags: ['bestyrelse'], note: 'ikke aktuel for tilbud uden bestyrelse' });
  assert.deepEqual(markers.filter((m) => m.onlyFor).map((m) => m.id), ['k6.2']);
});

test('step kinds follow the method line', () => {
  const expectedKind = (method: string): string => {
    if (method === 'Borgerperspektivet belyses') return 'citizen_perspective';
    if (method.startsWith('Tilbudsportalen')) return 'portal';
    if (method.startsWith('Dokumentanalyse')) return 'document_analysis';
    if (method.startsWith('Trianguleringsinterview')) return 'triangulation';
    if (method.startsWith('Observation')) return 'observation';
    if (method === 'Kvalitetsmodellen') return 'quality_model';
    if (method === 'Interview af medarbejdere') return 'interview_staff';
    if (method === 'Interview af ledelse') return 'interview_management';
    if (/^Interview af (medarbejdere, ledelse|medarbejdere eller ledelse|ledelse eller medarbejdere)/.test(method)) {
      return 'interview_staff_or_management';
    }
    if (method.startsWith('Enten interview af medarbejdere')) return 'interview_staff';
    return 'unknown';
  };
  for (const m of markers) {
    for (const s of m.investigationDesign) assert.equal(s.kind, expectedKind(s.method), `${m.id}: ${s.method}`);
  }
});

test('issue 9, item 14: the annex\'s own caveat is in the catalog verbatim, and the two positively worded examples are marked', () => {
  assert.equal(model.practiceExamplesNote.length, 3);
  for (const paragraph of model.practiceExamplesNote) assert.ok(annex.includes(normalise(paragraph)), `not in the annex: ${paragraph}`);
  assert.match(model.practiceExamplesNote.at(-1)!, /ikke udtryk for en udtømmende liste .* altid bero på en faglig, konkret vurdering\.$/);
  const positive = markers.flatMap((m) => m.practiceExamplesWordedPositively.map((e) => [m.id, e]));
  assert.deepEqual(positive, [
    ['k3.2', 'Tilbuddet har praksis for samarbejde med almene sundhedsydelser, fx læge og tandlæge.'],
    ['k4.2', 'Tilbuddet praktiserer ledelsesmæssig opfølgning på magtanvendelser.'],
  ]);
});
