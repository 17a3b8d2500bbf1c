// Turns the text of one catalog file into a validated model, or into errors that
// name the file, the path inside it and the reason. No I/O: the caller reads the file.
import '../zod-danish.ts';
import { isAlias, parseDocument, visit, LineCounter } from 'yaml';
import type { z } from 'zod';
import { modelSchema, type Model } from './schema.ts';
import { findDuplicateIds } from './model-ids.ts';

export type CatalogError = {
  file: string;
  /** Path inside the file, e.g. `themes[0].criteria[1].markers[2].text`; empty for the whole file. */
  path: string;
  line?: number;
  message: string;
};

export type ParseCatalogResult =
  | { ok: true; model: Model }
  | { ok: false; errors: CatalogError[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

export function formatCatalogError(error: CatalogError): string {
  const where = [error.file + (error.line ? `:${error.line}` : ''), error.path].filter(Boolean).join(' ');
  return `${where}: ${error.message}`;
}

export function parseCatalog(file: string, source: string): ParseCatalogResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        file,
        path: '',
        line: e.linePos?.[0]?.line,
        message: `ugyldig YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  // A catalog is plain data: aliases (*name) have no use in it, and nested ones expand
  // exponentially (the "billion laughs"), so the first is an error with its line.
  let aliasLine: number | undefined;
  let hasAlias = false;
  visit(doc, {
    Alias(_, node) {
      hasAlias = true;
      if (isAlias(node) && node.range) aliasLine = lineCounter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  if (hasAlias) {
    return { ok: false, errors: [{ file, path: '', ...(aliasLine ? { line: aliasLine } : {}), message: 'ugyldig YAML: aliasser (*navn) er ikke tilladt i et katalog' }] };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const result = modelSchema.safeParse(data);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((issue) => toCatalogError(file, issue, doc, lineCounter)) };
  }
  const duplicates = findDuplicateIds(result.data);
  if (duplicates.length > 0) {
    return {
      ok: false,
      errors: duplicates.map((d) => ({ file, path: d.path, message: `id "${d.id}" er brugt mere end én gang (også ved ${d.firstPath})` })),
    };
  }
  return { ok: true, model: result.data };
}

function toCatalogError(
  file: string,
  issue: z.core.$ZodIssue,
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): CatalogError {
  const path = formatPath(issue.path);
  let line: number | undefined;
  // Point at the nearest node that exists, so a missing key is reported at its parent.
  for (let n = issue.path.length; n >= 0 && line === undefined; n--) {
    const node = doc.getIn(issue.path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) line = lineCounter.linePos(node.range[0]).line;
  }
  return { file, path, line, message: issue.message };
}
