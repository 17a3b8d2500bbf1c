// A CSV download: UTF-8 with a byte order mark, so spreadsheet programs read the Danish letters.
import type { Context } from 'hono';
import { writeCsv } from '../core/write-csv.ts';

export function csvResponse(c: Context, name: string, rows: string[][]) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
  return c.body(`\uFEFF${writeCsv(rows)}`);
}
