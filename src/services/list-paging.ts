// What every paged list shares: 50 rows a page by default, the page number as an option (a number
// or the query string's text), and the page of a total.
import { z } from 'zod';

export const PAGE_SIZE = 50;

export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

export const pageField = z
  .union([z.number(), z.string()], { error: 'Siden skal være et tal.' })
  .optional()
  .transform((v) => (v === undefined || v === '' ? 1 : Number(v)))
  .pipe(z.number({ error: 'Siden skal være et tal.' }).int('Siden skal være et heltal.').min(1, 'Siden skal være 1 eller derover.').max(100_000, 'Siden findes ikke.'));

/** An optional filter: empty text or null means "all". */
export const emptyIsNone = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? null : v), schema.nullable()).optional();

export const paged = <T>(items: T[], total: number, page: number, pageSize = PAGE_SIZE): Paged<T> => ({ items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) });
