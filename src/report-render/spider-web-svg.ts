// The spider web as an inline SVG string: an image with a title and a description for screen
// readers (the averages are also given as a data table by the HTML renderer). Every text is escaped.
import type { SpiderWeb } from '../core/report/report-document.ts';
import { spiderWebGeometry, type Point } from './spider-web-geometry.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or XML: the five special characters as entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export type SpiderWebSvgOptions = {
  size?: number;
  /** Prefix for the ids of <title> and <desc>, unique within the page. */
  idPrefix?: string;
  title?: string;
};

const pts = (points: Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

/** Splits a label into lines of at most `width` characters at spaces. */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function spiderWebDescription(web: SpiderWeb): string {
  return `Gennemsnit pr. tema på en skala fra ${web.min} til ${web.max}: ${web.axes.map((a) => `${a.title} ${a.valueLabel}`).join('; ')}.`;
}

export function spiderWebSvg(web: SpiderWeb, options: SpiderWebSvgOptions = {}): string {
  const size = options.size ?? 420;
  const id = options.idPrefix ?? 'spindelvaev';
  const title = options.title ?? 'Spindelvæv: temaernes gennemsnit';
  const g = spiderWebGeometry(web, size);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="spider-web" role="img" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc">`,
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>`,
    `<desc id="${escapeXml(id)}-desc">${escapeXml(spiderWebDescription(web))}</desc>`,
    `<g fill="none" stroke="#8a8a8a" stroke-width="1">`,
  );
  for (const ring of g.rings) parts.push(`<polygon points="${pts(ring.points)}"/>`);
  for (const axis of g.axes) parts.push(`<line x1="${g.centre.x}" y1="${g.centre.y}" x2="${axis.end.x}" y2="${axis.end.y}"/>`);
  parts.push(`</g>`);
  // Ring values along the first axis.
  parts.push(`<g font-family="sans-serif" font-size="10" fill="#555">`);
  for (const ring of g.rings) {
    const p = ring.points[0];
    if (p) parts.push(`<text x="${p.x + 3}" y="${p.y - 2}">${ring.value}</text>`);
  }
  parts.push(`</g>`);
  if (g.polygon.length >= 3) parts.push(`<polygon points="${pts(g.polygon)}" fill="#004993" fill-opacity="0.25" stroke="#004993" stroke-width="2"/>`);
  else if (g.polygon.length === 2) parts.push(`<polyline points="${pts(g.polygon)}" fill="none" stroke="#004993" stroke-width="2"/>`);
  for (const axis of g.axes) {
    if (axis.value !== null) parts.push(`<circle cx="${axis.point.x}" cy="${axis.point.y}" r="3.5" fill="#004993"/>`);
  }
  parts.push(`<g font-family="sans-serif" font-size="12" fill="#1a1a1a">`);
  for (const axis of g.axes) {
    const lines = [...wrapLabel(axis.title), `(${axis.valueLabel})`];
    const top = axis.label.y - (axis.anchor === 'middle' && axis.label.y < g.centre.y ? (lines.length - 1) * 14 : ((lines.length - 1) * 14) / 2);
    const tspans = lines.map((line, i) => `<tspan x="${axis.label.x}" y="${Math.round((top + i * 14) * 100) / 100}">${escapeXml(line)}</tspan>`).join('');
    parts.push(`<text text-anchor="${axis.anchor}" dominant-baseline="middle">${tspans}</text>`);
  }
  parts.push(`</g></svg>`);
  return parts.join('');
}
