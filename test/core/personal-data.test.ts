// Issue 8, fault 2: the personal-data guard missed 17 of 25 realistic spellings, and six were
// published end to end. The guard now normalises (NFKC, format characters removed, any script's
// digits) and accepts any dash, dot, slash or space as a separator. The same function guards the
// report check at finalisation, the public report and every portal text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findPersonalData, normalise } from '../../src/core/report/personal-data.ts';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

test('the six spellings that reached the portal are found', () => {
  for (const [text, kind] of [
    ['010190 - 1234', 'cpr'],
    ['01.01.90-1234', 'cpr'],
    ['010190—1234', 'cpr'],
    ['010190\u00AD1234', 'cpr'],
    ['20.30.40.50', 'phone'],
    ['2030-4050', 'phone'],
  ] as const) {
    assert.deepEqual(kinds(`Beboeren (${text}) fortalte om hverdagen.`), [kind], JSON.stringify(text));
  }
});

test('full-width and other scripts\' digits, and invisible characters inside a number, are found', () => {
  for (const text of ['０１０１９０-１２３４', '٠١٠١٩٠-١٢٣٤', '०१०१९०-१२३४', '0101\u200B90-1234', '01\u202E0190-1234', '2345\uFEFF6789', '23\u00A045\u00A067\u00A089']) {
    assert.equal(kinds(text).length, 1, JSON.stringify(text));
  }
});

test('periods, dates and amounts are not personal data', () => {
  for (const text of ['i perioden 2023-2024', 'fra 1998 til 2004', 'dato 2024-03-12', '01.01.2024', 'kr. 12.500.000', 'sag 123456789012', '12 beboere og 3 medarbejdere']) {
    assert.deepEqual(kinds(text), [], text);
  }
});

// Any valid ddmmyy and serial, written with any mix of the separators and invisible characters a
// person or a word processor might put in.
const two = (n: number) => String(n).padStart(2, '0');
const separator = fc.constantFrom('', ' ', '-', '–', '—', '‑', '.', '/', ' - ', '\u00A0');
const invisible = fc.constantFrom('', '\u00AD', '\u200B', '\u200C', '\u2060', '\uFEFF', '\u202A');
const digits = fc.constantFrom<[number, number]>([0x30, 0], [0xff10, 0], [0x660, 0], [0x966, 0]); // ASCII, full-width, Arabic-Indic, Devanagari
const script = (text: string, [zero]: [number, number]) => text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));

test('property: a CPR number is found however it is spelled', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }),
      fc.constantFrom('', '.', '-', ' ', '/'), separator, invisible, digits,
      (dd, mm, yy, serial, dateSep, serialSep, hidden, scriptOf) => {
        const cpr = `${two(dd)}${dateSep}${two(mm)}${dateSep}${two(yy)}${serialSep}${hidden}${String(serial).padStart(4, '0')}`;
        return kinds(`Notat: ${script(cpr, scriptOf)} blev nævnt.`).includes('cpr');
      },
    ),
    { numRuns: 2000 },
  );
});

test('property: a Danish phone number is found however it is spelled', () => {
  fc.assert(
    fc.property(fc.integer({ min: 20_000_000, max: 99_999_999 }), fc.constantFrom(' ', '.', '-', ''), invisible, fc.boolean(), digits, (n, sep, hidden, pairs, scriptOf) => {
      const s = String(n);
      if (!pairs && /^(19|20)\d{2}$/.test(s.slice(0, 4)) && /^(19|20)\d{2}$/.test(s.slice(4))) return true; // written like a period of years
      const phone = pairs ? `${s.slice(0, 2)}${sep}${s.slice(2, 4)}${hidden}${sep}${s.slice(4, 6)}${sep}${s.slice(6)}` : `${s.slice(0, 4)}${sep || ' '}${hidden}${s.slice(4)}`;
      return kinds(`Ring på ${script(phone, scriptOf)} i dag.`).includes('phone');
    }),
    { numRuns: 2000 },
  );
});

test('the shortcut for text already in normal form gives what the full normalisation gives', () => {
  // The full normalisation, as it stands for any text: format characters out, NFKC, digits as 0–9.
  const full = (text: string) =>
    text.replace(/\p{Cf}/gu, '').normalize('NFKC').replace(/\p{Nd}/gu, (d) => {
      const cp = d.codePointAt(0)!;
      let zero = cp;
      while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
      return String((cp - zero) % 10);
    });
  const unit = fc.oneof(
    fc.constantFrom(...'aæøåÆØÅé0123456789 .-/@+§«»–—‘’“”\t\n'),
    fc.integer({ min: 0x20, max: 0x2fff }).map((cp) => String.fromCodePoint(cp)),
    fc.constantFrom('\u00AD', '\u00A0', '²', '½', '…', '\uFF11', '\u0661', 'ﬁ'),
  );
  fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((a) => a.join('')), (text) => {
    assert.equal(normalise(text), full(text));
  }), { numRuns: 2000 });
});
