// The report as JSON: the document itself, with its keys sorted (canonical, as hashed).
import { canonicalJson } from '../core/report/content-hash.ts';
import type { ReportDocument } from '../core/report/report-document.ts';

/** The document as it is (for APIs that serialise it themselves). */
export function reportJson(document: ReportDocument): ReportDocument {
  return document;
}

/** The document as a JSON string: canonical (sorted keys) by default, indented when asked. */
export function renderReportJson(document: ReportDocument, options: { pretty?: boolean } = {}): string {
  const canonical = canonicalJson(document);
  return options.pretty ? JSON.stringify(JSON.parse(canonical), null, 2) : canonical;
}
