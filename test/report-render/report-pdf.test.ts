import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { buildReport } from '../../src/core/report/build-report.ts';
import type { ReportDocument } from '../../src/core/report/report-document.ts';
import { HEADING } from '../../src/core/report/report-labels.ts';
import { renderReportPdf } from '../../src/report-render/report-pdf.ts';
import { printable } from '../../src/report-render/pdf-fonts.ts';
import { binaryData, binaryInput, options, scoredInput, tilbud, tilbud2017 } from '../core/report-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'tilsyn-report-pdf-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const OVERALL = 'Ærø-Ådalen vurderes samlet at have den fornødne kvalitet: Øvelserne i køkkenet, besøgene på plejehjemmet og beboernes egne ønsker er vægtet højt, og det er ønskværdigt, at de fortsætter.';

async function pdfText(name: string, document: ReportDocument): Promise<{ text: string; pages: string[] }> {
  const bytes = await renderReportPdf(document);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  return { text, pages };
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

function assertEveryPage(pages: string[], document: ReportDocument) {
  assert.ok(pages.length >= 2, `expected several pages, got ${pages.length}`);
  pages.forEach((page, i) => {
    assert.ok(page.includes(document.authority.name), `page ${i + 1} names the authority`);
    assert.ok(page.includes(document.version.label), `page ${i + 1} shows the version`);
    assert.ok(page.includes(`Side ${i + 1} af ${pages.length}`), `page ${i + 1} has "Side ${i + 1} af ${pages.length}"`);
  });
}

test('binary report PDF: themes, overall assessment, overview, Danish letters and page furniture on every page', async () => {
  const base = binaryInput({ version: { number: 3, supersedes: 2 }, decision: { kind: 'injunction', deadline: '2025-06-01' } });
  const data = binaryData();
  data.markers!['k9.3'] = 'absent';
  data.criteria!.k9 = { result: 'not_met', justification: 'Trappen til førstesalen mangler gelænder, og beboerne på 2. sal har ingen nødudgang.' };
  const document = buildReport({ ...base, assessment: { data }, content: { ...base.content, overallAssessment: OVERALL } }, options);
  const { text, pages } = await pdfText('binary', document);
  for (const theme of tilbud.themes) assert.ok(text.includes(theme.title), theme.title);
  assert.ok(flat(text).includes(flat(OVERALL)), 'the overall assessment is extractable text');
  for (const t of document.themes) assert.ok(flat(text).includes(flat(t.assessment)), `theme assessment ${t.id}`);
  assert.ok(flat(text).includes('Trappen til førstesalen mangler gelænder'));
  for (const heading of [HEADING.overall, HEADING.overview, HEADING.themes, HEADING.economy, HEADING.developmentPoints, HEADING.decision]) assert.ok(text.includes(heading), heading);
  assert.ok(text.includes('Kvalitetskriterie 9'));
  assert.ok(text.includes('ikke opfyldt'));
  assert.ok(text.includes('8 af 9 kvalitetskriterier opfyldt'));
  assert.ok(text.includes('Ikke fornøden kvalitet'));
  assert.ok(text.includes('Påbud. Frist: 1. juni 2025'));
  assert.ok(text.includes('Side 1 af'));
  for (const letter of ['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']) assert.ok(text.includes(letter), letter);
  assert.ok(text.includes('Version 3 (erstatter version 2)'));
  assertEveryPage(pages, document);
});

test('scored report PDF: spider web averages as text, every indicator score, themes and page furniture', async () => {
  const document = buildReport(scoredInput(), options);
  const { text, pages } = await pdfText('scored', document);
  for (const theme of tilbud2017.themes) assert.ok(text.includes(theme.title), theme.title);
  assert.ok(flat(text).includes(flat(document.overallAssessment)));
  assert.ok(text.includes(HEADING.spiderWeb));
  for (const axis of document.spiderWeb!.axes) assert.ok(flat(text).includes(`${axis.title}: ${axis.valueLabel}`), `${axis.title}: ${axis.valueLabel}`);
  for (const t of document.themes) {
    if (t.kind !== 'scored') continue;
    for (const c of t.criteria) for (const i of c.indicators) assert.ok(text.includes(`Indikator ${i.id}:`) && flat(text).includes(`Score: ${i.scoreLabel}`), i.id);
  }
  assertEveryPage(pages, document);
});

test('the embedded font keeps Danish and typographic characters; only what it has no glyph for is replaced', () => {
  assert.equal(printable('æøå ÆØÅ é § € – “x” ≥ 3 → ő ł ✓ 😀 \u0007'), 'æøå ÆØÅ é § € – “x” ≥ 3 → ő ł ✓ ? ');
});

test('the PDF is tagged (structure tree in reading order, language, title) and embeds IBM Plex Sans; characters outside WinAnsi survive', async () => {
  const special = 'Beboerne på Øster Allé (≥ 18 år) → Łódź-udvekslingen, Ångström-målinger og “citater” — uden erstatninger.';
  const base = binaryInput();
  const document = buildReport({ ...base, assessment: { data: binaryData() }, content: { ...base.content, overallAssessment: special } }, options);
  const bytes = await renderReportPdf(document);
  const file = join(dir, 'tagged.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.match(info, /^Tagged:\s+yes$/m);
  assert.match(info, new RegExp(`^Title:\\s+${document.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  assert.ok(fonts.length >= 2, 'regular and bold at least');
  for (const line of fonts) {
    assert.match(line, /IBMPlexSans/, `only the embedded Plex: ${line}`);
    assert.match(line, /\byes\s+yes\s+yes\b/, `embedded, subset, with a Unicode map: ${line}`);
  }
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  assert.ok(flat(text).includes(flat(special)), 'every character comes back as written');
  // The structure: the title as H1, the section headings as H2 in order, paragraphs and the overview as a table.
  const struct = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
  assert.match(struct, /^\s*Document\b/m);
  const h2 = [...struct.matchAll(/^\s*H2[^\n]*\n\s*"([^"]*)"/gm)].map((m) => m[1]);
  assert.deepEqual(h2.slice(0, 2), [HEADING.facts, HEADING.overall]);
  assert.ok(h2.includes(HEADING.overview) && h2.includes(HEADING.themes) && h2.includes(HEADING.economy), h2.join(' | '));
  assert.match(struct, /^\s*H1[^\n]*\n\s*"[^"]*"/m);
  assert.match(struct, /^\s*Table\b[\s\S]*?^\s*TR\b[\s\S]*?^\s*TH\b[^\n]*\n\s*"Tema"/m);
  assert.ok(struct.includes(flat(special)), 'the overall assessment is one paragraph of the structure');
  // Page furniture is an artifact: "Side 1 af" is on the page but not in the structure.
  assert.ok(text.includes('Side 1 af'));
  assert.ok(!struct.includes('Side 1 af'));
});
