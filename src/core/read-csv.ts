// A CSV file as rows of fields with their line numbers (RFC 4180: quoted fields may hold commas,
// quotes doubled, line breaks), the header first. A UTF-8 byte order mark is ignored.
export type CsvRow = { line: number; fields: string[] };

export class CsvError extends Error {}

export function readCsv(text: string): CsvRow[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted) throw new CsvError(`linje ${rowLine}: et felt i anførselstegn slutter ikke`);
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
  return rows;
}
