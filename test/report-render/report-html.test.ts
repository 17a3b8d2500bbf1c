import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../src/core/report/build-report.ts';
import { HEADING } from '../../src/core/report/report-labels.ts';
import { renderReportHtml } from '../../src/report-render/report-html.tsx';
import { renderReportJson } from '../../src/report-render/report-json.ts';
import { spiderWebSvg } from '../../src/report-render/spider-web-svg.ts';
import { binaryData, binaryInput, options, plejefamilie, scoredInput, tilbud } from '../core/report-fixtures.ts';

const headings = (html: string) => [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1]);

test('scored report HTML: the spider web is an SVG image with title and description, plus a table of the theme averages', () => {
  const document = buildReport(scoredInput(), options);
  const html = renderReportHtml(document);
  const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(html)?.[0];
  assert.ok(svg, 'an inline SVG');
  assert.match(svg, /role="img"/);
  assert.match(svg, /aria-labelledby="spindelvaev-title spindelvaev-desc"/);
  assert.match(svg, /<title id="spindelvaev-title">[^<]+<\/title>/);
  assert.match(svg, /<desc id="spindelvaev-desc">Gennemsnit pr. tema/);
  const table = /<table class="table report-averages">[\s\S]*?<\/table>/.exec(html)?.[0];
  assert.ok(table, 'the averages as a data table');
  assert.match(table, /<caption>Gennemsnit pr. tema/);
  assert.match(table, /<th scope="col">Tema<\/th><th scope="col">Gennemsnit<\/th>/);
  for (const axis of document.spiderWeb!.axes) {
    assert.ok(table.includes(`<th scope="row">${axis.title}</th><td>${axis.valueLabel}</td>`), axis.title);
    assert.ok(svg.includes(`${axis.valueLabel}`));
  }
  assert.deepEqual(headings(html), [HEADING.facts, HEADING.overall, HEADING.spiderWeb, HEADING.themes, HEADING.economy, HEADING.developmentPoints]);
});

test('binary report HTML: headings in order and the criteria overview as an accessible table', () => {
  const document = buildReport(binaryInput({ decision: { kind: 'injunction', deadline: '2025-06-01' } }), options);
  const html = renderReportHtml(document);
  assert.match(html, /^<article class="report" lang="da"><h1>Tilsynsrapport: Bostedet Ådalen<\/h1>/);
  assert.deepEqual(headings(html), [HEADING.facts, HEADING.overall, HEADING.decision, HEADING.overview, HEADING.themes, HEADING.economy, HEADING.developmentPoints]);
  const h3 = [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]);
  assert.deepEqual(h3, tilbud.themes.map((t) => `Tema ${t.number}: ${t.title}`));
  const table = /<table class="table report-overview">[\s\S]*?<\/table>/.exec(html)?.[0];
  assert.ok(table);
  assert.match(table, /<caption>Samlet vurdering pr. tema og kvalitetskriterie<\/caption>/);
  assert.equal((table.match(/<th scope="rowgroup"/g) ?? []).length, tilbud.themes.length + 1, 'one row group per theme and the economy');
  assert.equal((table.match(/<th scope="row">Kvalitetskriterie \d+:/g) ?? []).length, 9);
  assert.match(table, /<tfoot><tr><th scope="row" colspan="2">Samlet vurdering<\/th><td>Fornøden kvalitet \(9 af 9 kvalitetskriterier opfyldt\)/);
  assert.ok(!html.includes('<svg'), 'no spider web for the binary model');
  assert.ok(html.includes('Frist: 1. juni 2025'));
});

test('every text is escaped', () => {
  const base = binaryInput();
  const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
  const document = buildReport(
    { ...base, entity: { ...base.entity, name: `Bosted ${evil}` }, content: { ...base.content, overallAssessment: evil, developmentPoints: [evil] } },
    options,
  );
  const html = renderReportHtml(document);
  assert.ok(!html.includes('<script'));
  assert.ok(!html.includes('<img'));
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img'));

  const scored = buildReport(scoredInput(), options);
  const web = { ...scored.spiderWeb!, axes: scored.spiderWeb!.axes.map((a, i) => (i === 0 ? { ...a, title: evil } : a)) };
  const svg = spiderWebSvg(web, { idPrefix: 'a"b' });
  assert.ok(!svg.includes('<script') && !svg.includes('<img') && !svg.includes('a"b'));
});

test('paragraphs and line breaks of a written text are kept', () => {
  const base = binaryInput();
  const html = renderReportHtml(buildReport({ ...base, content: { ...base.content, overallAssessment: 'Første afsnit.\nNy linje.\n\nAndet afsnit.' } }, options));
  assert.ok(html.includes('<p>Første afsnit.<br/>Ny linje.</p><p>Andet afsnit.</p>'));
});

test('the JSON rendering is the document itself, canonical', () => {
  const document = buildReport(binaryInput(), options);
  const json = renderReportJson(document);
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(document)));
  assert.ok(json.startsWith('{"audience":"public","authority":'));
  assert.deepEqual(JSON.parse(renderReportJson(document, { pretty: true })), JSON.parse(json));
});

test('the economy row names what is assessed: the provider\'s price and transparency, or "Plejefamiliens økonomi" (seed 004: "tilbuddets eller plejefamiliens økonomi")', () => {
  const row = (html: string) => /<th scope="rowgroup">Økonomi<\/th><th scope="row">([^<]*)<\/th>/.exec(html)?.[1];
  assert.equal(row(renderReportHtml(buildReport(binaryInput(), options))), 'Økonomisk bæredygtighed, kvalitet i forhold til prisen og gennemsigtighed');
  const family = binaryInput({
    entity: { kind: 'fosterFamily', name: 'Familien Holm', municipality: 'Køge', legalBases: [], flags: [], typology: 'almindelig', childrenInCare: 1 },
    model: plejefamilie,
    inspection: { ...binaryInput().inspection, modelId: plejefamilie.id, modelVersion: plejefamilie.version },
    assessment: { data: binaryData(plejefamilie) },
  });
  const html = renderReportHtml(buildReport(family, options));
  assert.equal(row(html), 'Plejefamiliens økonomi');
  assert.ok(!html.includes('i forhold til prisen'));
});
