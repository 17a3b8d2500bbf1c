// The report as a PDF (pdfkit): A4, the authority's name and the report version at the top and
// "Side X af Y" at the bottom of every page (written after layout, with buffered pages), headings,
// the criteria overview as a table, the spider web as vector paths with the averages as text, and
// every written assessment as real, extractable text. The PDF is tagged: every heading, paragraph,
// table cell and the figure is a structure element in reading order, the page furniture and table
// borders are artifacts, and the language and title are set, so a screen reader can read it. The
// font is the embedded IBM Plex Sans (pdf-fonts.ts).
import { capitalise } from '../core/labels.ts';
import { assertNever } from '../core/assert-never.ts';
import PDFDocument from 'pdfkit';
import type { OverviewFigure, ReportDepartment, ReportDocument, ReportBinaryTheme, ReportScoredTheme, ReportTheme, SpiderWeb } from '../core/report/report-document.ts';
import { HEADING, childrenInCareText } from '../core/report/report-labels.ts';
import { spiderWebGeometry } from './spider-web-geometry.ts';
import { wrapLabel } from './spider-web-svg.ts';
import { itemNumber } from '../core/model/item-number.ts';
import { BOLD, FONT, ITALIC, printable, registerFonts } from './pdf-fonts.ts';

type Doc = InstanceType<typeof PDFDocument>;
type Element = PDFKit.PDFStructureElement;

const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const GREY = '#555555';
const BLUE = '#004993';
const SPIDER_SIZE = 330;
const HEADING_SIZE: Record<1 | 2 | 3 | 4 | 5, number> = { 1: 20, 2: 15, 3: 13, 4: 11.5, 5: 10.5 };

/** Draws what is not content (borders, fills, page furniture) as an artifact, outside the structure. */
function artifact(doc: Doc, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  doc.markContent('Artifact', type ? { type } : {});
  draw();
  doc.endMarkedContent();
}

class Writer {
  readonly root: Element;
  constructor(readonly doc: Doc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }
  ensure(space: number): void {
    if (this.doc.y + space > this.bottom) this.doc.addPage();
  }
  /** Draws content as one structure element (heading, paragraph, figure) of `parent`. */
  tag(type: string, draw: () => void, options: { alt?: string } = {}, parent: Element = this.root): void {
    parent.add(this.doc.struct(type, options, draw));
  }
  heading(text: string, level: 1 | 2 | 3 | 4 | 5): void {
    const size = HEADING_SIZE[level];
    this.ensure(size * 4);
    if (this.doc.y > MARGIN.top + 1) this.doc.moveDown(level <= 2 ? 0.8 : 0.5);
    this.tag(`H${level}`, () => {
      this.doc.font(BOLD).fontSize(size).fillColor(level <= 2 ? BLUE : 'black').text(printable(text), MARGIN.left, this.doc.y, { width: this.width });
    });
    this.doc.fillColor('black').moveDown(0.3);
    if (level <= 2) this.doc.outline.addItem(printable(text));
  }
  paragraphs(text: string, empty = 'Ikke udfyldt.'): void {
    const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter((p) => p.length > 0);
    if (paragraphs.length === 0) {
      this.line(empty, { font: ITALIC, color: GREY });
      return;
    }
    for (const p of paragraphs) {
      this.tag('P', () => {
        this.doc.font(FONT).fontSize(10).fillColor('black').text(printable(p), MARGIN.left, this.doc.y, { width: this.width, lineGap: 1.5 });
      });
      this.doc.moveDown(0.5);
    }
  }
  line(text: string, options: { font?: string; size?: number; color?: string; indent?: number } = {}): void {
    this.ensure(14);
    const indent = options.indent ?? 0;
    this.tag('P', () => {
      this.doc
        .font(options.font ?? FONT)
        .fontSize(options.size ?? 10)
        .fillColor(options.color ?? 'black')
        .text(printable(text), MARGIN.left + indent, this.doc.y, { width: this.width - indent, lineGap: 1.5 });
    });
    this.doc.fillColor('black');
  }
  labelled(label: string, value: string): void {
    this.ensure(14);
    this.tag('P', () => {
      this.doc.font(BOLD).fontSize(10).text(printable(`${label}: `), MARGIN.left, this.doc.y, { continued: true, width: this.width });
      this.doc.font(FONT).text(printable(value));
    });
  }
  /**
   * A table of drawn rows; columns are fractions of the width. The header row is repeated after a
   * page break (as an artifact: a reader has it once).
   */
  table(columns: { title: string; share: number }[], rows: { cells: string[]; bold?: boolean; fill?: string }[]): void {
    const padding = 4;
    const widths = columns.map((c) => c.share * this.width);
    const size = 9;
    const table = this.doc.struct('Table');
    this.root.add(table);
    const heightOf = (cells: string[], font: string) => {
      this.doc.font(font).fontSize(size);
      return Math.max(...cells.map((c, i) => this.doc.heightOfString(printable(c), { width: widths[i]! - 2 * padding }))) + 2 * padding;
    };
    const drawRow = (cells: string[], font: string, as: 'TH' | 'TD' | 'repeated', fill?: string) => {
      const h = heightOf(cells, font);
      if (this.doc.y + h > this.bottom) {
        this.doc.addPage();
        drawRow(columns.map((c) => c.title), BOLD, 'repeated', '#e6ecf3');
      }
      const y = this.doc.y;
      const row = as === 'repeated' ? null : this.doc.struct('TR');
      if (row) table.add(row);
      let x = MARGIN.left;
      cells.forEach((cell, i) => {
        const w = widths[i]!;
        const cellX = x;
        artifact(this.doc, () => {
          if (fill) this.doc.rect(cellX, y, w, h).fill(fill);
          this.doc.lineWidth(0.5).strokeColor('#8a8a8a').rect(cellX, y, w, h).stroke();
        });
        const draw = () => this.doc.fillColor('black').font(font).fontSize(size).text(printable(cell), cellX + padding, y + padding, { width: w - 2 * padding });
        if (row) this.tag(as, draw, {}, row);
        else artifact(this.doc, draw, 'Pagination');
        x += w;
      });
      row?.end();
      this.doc.x = MARGIN.left;
      this.doc.y = y + h;
    };
    this.ensure(40);
    drawRow(columns.map((c) => c.title), BOLD, 'TH', '#e6ecf3');
    for (const row of rows) drawRow(row.cells, row.bold ? BOLD : FONT, 'TD', row.fill);
    table.end();
    this.doc.moveDown(0.8);
  }
}

function overviewTable(w: Writer, overview: OverviewFigure): void {
  const rows = overview.themes.flatMap((t) =>
    t.criteria.map((c, i) => ({
      cells: [i === 0 ? `Tema ${t.number}: ${t.title} (${t.met} af ${t.criteria.length} opfyldt)` : '', `${c.label}: ${c.text}`, c.resultLabel],
      ...(c.result === 'not_met' ? { fill: '#fbe3e3' } : {}),
    })),
  );
  const total = overview.totals.met + overview.totals.notMet + overview.totals.unassessed;
  rows.push({ cells: ['Økonomi', overview.economy.description, overview.economy.resultLabel], ...(overview.economy.result === 'not_met' ? { fill: '#fbe3e3' } : {}) });
  rows.push({
    cells: ['Samlet vurdering', `${overview.totals.met} af ${total} kvalitetskriterier opfyldt`, overview.conclusionLabel],
    bold: true,
  } as { cells: string[]; bold: boolean });
  w.table(
    [
      { title: 'Tema', share: 0.3 },
      { title: 'Kvalitetskriterie', share: 0.5 },
      { title: 'Vurdering', share: 0.2 },
    ],
    rows,
  );
}

function spiderWeb(w: Writer, web: SpiderWeb, caption: string): void {
  const size = SPIDER_SIZE;
  w.ensure(size + 10);
  const doc = w.doc;
  const g = spiderWebGeometry(web, size, 85);
  const ox = MARGIN.left + (w.width - size) / 2;
  const oy = doc.y;
  const P = (p: { x: number; y: number }): [number, number] => [ox + p.x, oy + p.y];
  const alt = `${caption}. ${web.axes.map((a) => `${a.title}: ${a.valueLabel}`).join('; ')}.`;
  w.tag('Figure', () => drawSpiderWeb(doc, g, P, ox, oy), { alt: printable(alt) });
  doc.x = MARGIN.left;
  doc.y = oy + size + 6;
  w.line(caption, { font: ITALIC, size: 9, color: GREY });
  doc.moveDown(0.4);
  w.line(`Gennemsnit pr. tema (skala ${web.min}-${web.max}):`, { font: BOLD });
  for (const a of web.axes) w.line(`${a.title}: ${a.valueLabel}`, { indent: 12 });
  doc.moveDown(0.5);
}

function drawSpiderWeb(doc: Doc, g: ReturnType<typeof spiderWebGeometry>, P: (p: { x: number; y: number }) => [number, number], ox: number, oy: number): void {
  doc.save();
  doc.lineWidth(0.6).strokeColor('#8a8a8a');
  for (const ring of g.rings) {
    if (ring.points.length >= 3) doc.polygon(...ring.points.map(P)).stroke();
  }
  for (const axis of g.axes) doc.moveTo(...P(g.centre)).lineTo(...P(axis.end)).stroke();
  doc.font(FONT).fontSize(7).fillColor(GREY);
  for (const ring of g.rings) {
    const p = ring.points[0];
    if (p) doc.text(String(ring.value), ox + p.x + 2, oy + p.y - 8, { lineBreak: false });
  }
  if (g.polygon.length >= 3) {
    doc.polygon(...g.polygon.map(P)).fillOpacity(0.25).fillAndStroke(BLUE, BLUE);
    doc.fillOpacity(1);
  }
  doc.lineWidth(1.5).strokeColor(BLUE);
  if (g.polygon.length >= 3) doc.polygon(...g.polygon.map(P)).stroke();
  for (const axis of g.axes) if (axis.value !== null) doc.circle(...P(axis.point), 2.5).fill(BLUE);
  doc.fillColor('black').font(FONT).fontSize(8);
  for (const axis of g.axes) {
    const lines = [...wrapLabel(axis.title, 20), `(${axis.valueLabel})`].map(printable);
    const lineHeight = 9.5;
    const boxWidth = 95;
    const [lx, ly] = P(axis.label);
    const top = ly - (axis.anchor === 'middle' && axis.label.y < g.centre.y ? lines.length * lineHeight : (lines.length * lineHeight) / 2);
    const x = axis.anchor === 'start' ? lx : axis.anchor === 'end' ? lx - boxWidth : lx - boxWidth / 2;
    lines.forEach((line, i) => doc.text(line, x, top + i * lineHeight, { width: boxWidth, align: axis.anchor === 'start' ? 'left' : axis.anchor === 'end' ? 'right' : 'center', lineBreak: false }));
  }
  doc.restore();
}

function themeSection(w: Writer, theme: ReportTheme, level: 3 | 4, showAssessment: boolean, phase: ReportDocument['inspection']['phase']): void {
  switch (theme.kind) {
    case 'binary':
      return binaryThemeSection(w, theme, level, showAssessment);
    case 'scored':
      return scoredThemeSection(w, theme, level, showAssessment, phase);
    default:
      return assertNever(theme);
  }
}

function binaryThemeSection(w: Writer, theme: ReportBinaryTheme, level: 3 | 4, showAssessment: boolean): void {
  const sub = (level + 1) as 4 | 5;
  w.heading(`Tema ${theme.number}: ${theme.title}`, level);
  if (showAssessment) w.paragraphs(theme.assessment);
  for (const c of theme.criteria) {
    w.heading(`Kvalitetskriterie ${c.number}: ${c.text}`, sub);
    w.labelled('Vurdering', c.resultLabel);
    w.line('Faglig begrundelse:', { font: BOLD });
    w.paragraphs(c.justification);
    for (const m of c.markers) {
      w.line(`Kvalitetsmarkør ${itemNumber(m.id)}: ${m.text}`, { font: BOLD, size: 9.5, indent: 12 });
      w.line(`Vurdering: ${m.stateLabel}${m.note ? `. ${m.note}` : ''}`, { size: 9.5, indent: 12 });
      w.doc.moveDown(0.3);
    }
  }
}

function scoredThemeSection(w: Writer, theme: ReportScoredTheme, level: 3 | 4, showAssessment: boolean, phase: ReportDocument['inspection']['phase']): void {
  const sub = (level + 1) as 4 | 5;
  w.heading(theme.title, level);
  if (!theme.applies) {
    w.line('Temaet gælder ikke for tilbuddets lovgrundlag.');
    return;
  }
  if (phase === 'operation') w.labelled('Temaets gennemsnit', theme.averageLabel);
  if (showAssessment) w.paragraphs(theme.assessment);
  for (const c of theme.criteria) {
    w.heading(`Kriterium ${c.number}: ${c.text}`, sub);
    if (phase === 'operation') w.labelled('Kriteriets gennemsnit', c.averageLabel);
    for (const i of c.indicators) {
      w.line(`Indikator ${i.id}: ${i.text}`, { font: BOLD, size: 9.5 });
      w.line(`${phase === 'operation' ? `Score: ${i.scoreLabel}` : `Bedømmelse: ${i.expectedLabel}`}${i.carriedForwardLabel ? ` (${i.carriedForwardLabel})` : ''}`, { size: 9.5 });
      w.paragraphs(i.assessment);
    }
    if (c.assessment) {
      w.line(`Vurdering af kriterium ${c.number}:`, { font: BOLD, size: 9.5 });
      w.paragraphs(c.assessment);
    }
    if (c.notApplicable.length > 0) w.line(`Gælder ikke for tilbuddet: ${c.notApplicable.map((i) => `indikator ${i.id}`).join(', ')}.`, { font: ITALIC, size: 9, color: GREY });
  }
}

function departmentSection(w: Writer, d: ReportDepartment, phase: ReportDocument['inspection']['phase']): void {
  w.heading(`Afdeling: ${d.name}`, 3);
  if (!d.complete) w.line('Vurderingen af afdelingen er ikke afsluttet.', { font: ITALIC, color: GREY });
  if (d.overview) overviewTable(w, d.overview);
  if (d.spiderWeb) {
    w.ensure(SPIDER_SIZE + 40);
    spiderWeb(w, d.spiderWeb, `Spindelvæv: ${d.name}`);
  }
  for (const t of d.themes) themeSection(w, t, 4, false, phase);
}

function body(w: Writer, d: ReportDocument): void {
  const doc = w.doc;
  const phase = d.inspection.phase;
  w.heading(d.title, 1);
  w.line(`${d.authority.name} · ${d.version.label} · ${d.reportDateLabel}`, { color: GREY });
  if (!d.complete) w.line('Udkast: vurderingen er ikke afsluttet.', { font: BOLD });

  w.heading(HEADING.facts, 2);
  const e = d.entity;
  w.labelled('Socialtilsyn', d.authority.name);
  w.labelled(e.kindLabel, e.name);
  w.labelled('Beliggenhedskommune', e.municipality);
  if (e.kind === 'provider' && e.legalBasisLabels.length > 0) w.labelled('Lovgrundlag', e.legalBasisLabels.join(', '));
  if (e.typologyLabel) w.labelled('Typologi', e.typologyLabel);
  if (e.kind === 'fosterFamily' && e.childrenInCare !== null) w.labelled('Børn i pleje', childrenInCareText(e.childrenInCare));
  w.labelled('Tilsyn', `${d.inspection.title} (${d.inspection.phaseLabel})`);
  w.labelled('Risikokategori', d.inspection.riskLabel);
  w.labelled('Kvalitetsmodel', `${d.model.title}, version ${d.model.version}`);
  w.labelled('Tilsynsbesøg', d.inspection.visits.length === 0 ? 'ingen' : d.inspection.visits.map((v) => v.label).join('; '));
  w.labelled('Rapportens dato', d.reportDateLabel);
  w.labelled('Version', d.version.label);

  w.heading(HEADING.overall, 2);
  if (d.conclusionLabel) w.line(d.conclusionLabel, { font: BOLD });
  w.paragraphs(d.overallAssessment);

  if (d.decision) {
    w.heading(HEADING.decision, 2);
    const parts = [capitalise(d.decision.label)];
    if (d.decision.deadlineLabel) parts.push(`Frist: ${d.decision.deadlineLabel}`);
    if (d.decision.endsOnLabel) parts.push(`Gælder til og med ${d.decision.endsOnLabel}`);
    w.line(`${parts.join('. ')}.`, { font: BOLD });
    if (d.decision.note) w.paragraphs(d.decision.note);
  }

  if (d.overview) {
    w.heading(HEADING.overview, 2);
    overviewTable(w, d.overview);
  }
  if (d.spiderWeb) {
    w.ensure(SPIDER_SIZE + 80);
    w.heading(HEADING.spiderWeb, 2);
    spiderWeb(w, d.spiderWeb, 'Spindelvæv: temaernes gennemsnit');
  }
  if (d.carriedForward) {
    w.heading(HEADING.carriedForward, 2);
    w.paragraphs(d.carriedForward.statement);
    if (d.carriedForward.reason) w.paragraphs(d.carriedForward.reason);
    if (d.carriedForward.note) w.paragraphs(d.carriedForward.note);
    if (!d.carriedForward.reason && !d.carriedForward.note) w.paragraphs('');
  }

  w.heading(HEADING.themes, 2);
  for (const t of d.themes) themeSection(w, t, 3, true, phase);

  w.heading(HEADING.economy, 2);
  w.labelled('Vurdering', d.economy.resultLabel);
  if (d.economy.disproportionatelyExpensive) w.line('Tilbuddet er vurderet uforholdsmæssigt dyrt sammenholdt med kvaliteten.', { font: BOLD });
  w.paragraphs(d.economy.justification);

  if (d.departments.length > 0) {
    w.heading(HEADING.departments, 2);
    for (const dep of d.departments) departmentSection(w, dep, phase);
  }

  w.heading(HEADING.developmentPoints, 2);
  if (d.developmentPoints.length === 0) w.line('Ingen udviklingspunkter.');
  else {
    w.line('Udviklingspunkter er forslag til, hvordan kvaliteten kan udvikles. De offentliggøres ikke.', { color: GREY });
    doc.moveDown(0.3);
    d.developmentPoints.forEach((p, i) => {
      w.line(`${i + 1}. ${p}`, { indent: 6 });
      doc.moveDown(0.2);
    });
  }
}

/** Header (authority, version) and footer ("Side X af Y") on every page, written after layout. */
function pageFurniture(doc: Doc, d: ReportDocument): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    // Writing into the margins must not start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    artifact(doc, () => {
      doc.font(FONT).fontSize(8.5).fillColor(GREY);
      doc.text(printable(d.authority.name), MARGIN.left, 32, { width: width / 2, lineBreak: false });
      doc.text(printable(`${d.version.label} · ${d.reportDateLabel}`), MARGIN.left + width / 2, 32, { width: width / 2, align: 'right', lineBreak: false });
      doc.lineWidth(0.5).strokeColor('#b0b0b0').moveTo(MARGIN.left, 46).lineTo(MARGIN.left + width, 46).stroke();
      const footerY = doc.page.height - 40;
      doc.text(printable(d.title), MARGIN.left, footerY, { width: width * 0.7, lineBreak: false, height: 12, ellipsis: true });
      doc.text(`Side ${i - range.start + 1} af ${total}`, MARGIN.left + width * 0.7, footerY, { width: width * 0.3, align: 'right', lineBreak: false });
    }, 'Pagination');
    doc.page.margins = margins;
  }
  doc.fillColor('black');
}

/** Renders the report document to PDF bytes. */
export function renderReportPdf(document: ReportDocument): Promise<Buffer> {
  const created = document.reportDate ? new Date(`${document.reportDate}T00:00:00Z`) : new Date(0);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da-DK',
    displayTitle: true,
    info: {
      Title: document.title,
      Author: document.authority.name,
      Subject: document.version.label,
      Creator: 'tilsyn',
      Producer: 'tilsyn',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    registerFonts(doc);
    const writer = new Writer(doc);
    body(writer, document);
    writer.root.end();
    pageFurniture(doc, document);
    doc.end();
  } catch (e) {
    return Promise.reject(e);
  }
  return done;
}
