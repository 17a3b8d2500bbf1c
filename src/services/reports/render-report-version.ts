// A stored final version as bytes: HTML (a whole, standalone page), PDF or JSON. Always rendered
// from the STORED document, so the same version gives the same bytes every time; the JSON is the
// canonical JSON the content hash is computed over (sha256 of the bytes = contentHash).
import { escapeXml as escapeHtml } from '../../report-render/spider-web-svg.ts';
import { renderReportHtml } from '../../report-render/report-html.tsx';
import { renderReportJson } from '../../report-render/report-json.ts';
import { renderReportPdf } from '../../report-render/report-pdf.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { invalid } from '../service-error.ts';
import { getReportVersion, type ReportVersionDetail } from './get-report-version.ts';
import { REPORT_FORMATS, reportFileName, type ReportFormat } from './report-shared.ts';

export type RenderReportVersionOptions = { versionId?: string | null; inspectionId?: string | null; format: ReportFormat };

export type RenderedReport = {
  version: Pick<ReportVersionDetail, 'id' | 'number' | 'inspection' | 'entity' | 'contentHash'>;
  format: ReportFormat;
  contentType: string;
  fileName: string;
  body: Buffer;
};

export const CONTENT_TYPE: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};


const STANDALONE_STYLE = [
  'body{font-family:"IBM Plex Sans",Arial,sans-serif;line-height:1.5;max-width:50em;margin:2em auto;padding:0 1em;color:#1a1a1a}',
  'table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}',
  'caption{text-align:left;font-weight:600}dl.report-facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1.5em}dd{margin:0}',
  // The spider web scales down with the page (a style sheet, not a style attribute: the app's CSP refuses those).
  '.spider-web{max-width:100%;height:auto}',
].join('');

/** The report as a whole HTML page (for saving or printing outside the application). */
export function standaloneHtml(detail: Pick<ReportVersionDetail, 'document'>): string {
  const d = detail.document;
  return `<!doctype html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(`${d.title} – ${d.version.label}`)}</title>\n<style>${STANDALONE_STYLE}</style>\n</head>\n<body>\n<main>\n${renderReportHtml(d)}\n</main>\n</body>\n</html>\n`;
}

export async function renderReportVersion(ctx: ServiceContext, actor: Actor, options: RenderReportVersionOptions): Promise<RenderedReport> {
  const format = options.format;
  if (!REPORT_FORMATS.includes(format)) throw invalid([{ field: 'format', message: 'Formatet skal være html, pdf eller json.' }]);
  const detail = await getReportVersion(ctx, actor, { versionId: options.versionId ?? null, inspectionId: options.inspectionId ?? null });
  const body =
    format === 'pdf'
      ? await renderReportPdf(detail.document)
      : Buffer.from(format === 'json' ? renderReportJson(detail.document) : standaloneHtml(detail), 'utf8');
  return {
    version: { id: detail.id, number: detail.number, inspection: detail.inspection, entity: detail.entity, contentHash: detail.contentHash },
    format,
    contentType: CONTENT_TYPE[format],
    fileName: reportFileName(detail.inspection.title, detail.number, format),
    body,
  };
}
