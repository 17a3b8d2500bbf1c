// An authority's annual figures as a file: a standalone HTML page, CSV (one row per table row, the
// section named first), or a PDF (pdfkit, real text). All three write annualSections(), so every
// format holds the same figures, with the same methodology notes.
import PDFDocument from 'pdfkit';
import { ANNUAL_METHOD_NOTES, annualSections, type AnnualFigures } from '../core/analytics/annual-sections.ts';
import { writeCsv } from '../core/write-csv.ts';
import { escapeXml } from './spider-web-svg.ts';
import { BOLD, FONT, printable, registerFonts } from './pdf-fonts.ts';

export const annualTitle = (a: AnnualFigures) => `Årstal ${a.year} – ${a.authority.name}`;

export function renderAnnualCsv(a: AnnualFigures): string {
  const rows: string[][] = [];
  for (const s of annualSections(a)) {
    rows.push(['Afsnit', ...s.head]);
    for (const r of s.rows) rows.push([s.title, ...r]);
  }
  return writeCsv(rows);
}

export function renderAnnualHtml(a: AnnualFigures): string {
  const title = escapeXml(annualTitle(a));
  const tables = annualSections(a).map((s) => `<table>
<caption>${escapeXml(s.title)}</caption>
<thead><tr>${s.head.map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('')}</tr></thead>
<tbody>${s.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeXml(c)}</th>` : `<td>${escapeXml(c)}</td>`)).join('')}</tr>`).join('\n')}</tbody>
</table>`).join('\n');
  return `<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
${tables}
<h2>Metode</h2>
<ul>${ANNUAL_METHOD_NOTES.map((n) => `<li>${escapeXml(n)}</li>`).join('')}</ul>
</main>
</body>
</html>
`;
}

export function renderAnnualPdf(a: AnnualFigures): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 56, right: 56 }, lang: 'da-DK', displayTitle: true, info: { Title: annualTitle(a), Author: a.authority.name, Creator: 'tilsyn', Producer: 'tilsyn', CreationDate: new Date(0), ModDate: new Date(0) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const width = doc.page.width - 112;
  doc.font(BOLD).fontSize(18).text(printable(annualTitle(a)));
  for (const s of annualSections(a)) {
    doc.moveDown(1).font(BOLD).fontSize(12).text(printable(s.title));
    const columns = s.head.length;
    const first = Math.min(200, width * 0.4);
    const rest = columns > 1 ? (width - first) / (columns - 1) : 0;
    const row = (cells: string[], bold: boolean) => {
      const y = doc.y + 2;
      let height = 0;
      doc.font(bold ? BOLD : FONT).fontSize(8.5);
      cells.forEach((c, i) => {
        const w = i === 0 ? first : rest;
        height = Math.max(height, doc.heightOfString(printable(c), { width: w - 4 }));
      });
      if (y + height > doc.page.height - 56) doc.addPage();
      const top = doc.y + 2;
      cells.forEach((c, i) => doc.text(printable(c), 56 + (i === 0 ? 0 : first + (i - 1) * rest), top, { width: (i === 0 ? first : rest) - 4 }));
      doc.x = 56;
      doc.y = top + height + 2;
    };
    row(s.head, true);
    for (const r of s.rows) row(r, false);
  }
  doc.moveDown(1).font(BOLD).fontSize(12).text(printable('Metode'), 56);
  doc.font(FONT).fontSize(9);
  for (const n of ANNUAL_METHOD_NOTES) doc.text(printable(`• ${n}`), { width });
  doc.end();
  return done;
}
