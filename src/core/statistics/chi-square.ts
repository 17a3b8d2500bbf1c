// The chi-square test of independence on a contingency table (rows × columns of counts), without
// continuity correction, with Cramér's V and the share of expected counts below 5 (where the
// asymptotic p is doubtful).
import { chiSquareSurvival } from './distributions.ts';

export type ChiSquare = { statistic: number; df: number; p: number; cramersV: number; expectedBelow5Share: number };

export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquare {
  const rows = table.filter((r) => r.some((c) => c > 0));
  const columnCount = rows[0]?.length ?? 0;
  const columnTotals = Array.from({ length: columnCount }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0));
  const columns = columnTotals.map((t, j) => [t, j] as const).filter(([t]) => t > 0).map(([, j]) => j);
  const n = rows.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0);
  let statistic = 0;
  let below5 = 0;
  for (const r of rows) {
    const rowTotal = r.reduce((a, b) => a + b, 0);
    for (const j of columns) {
      const expected = (rowTotal * columnTotals[j]!) / n;
      if (expected < 5) below5++;
      statistic += ((r[j] ?? 0) - expected) ** 2 / expected;
    }
  }
  const df = Math.max(0, (rows.length - 1) * (columns.length - 1));
  const smaller = Math.min(rows.length, columns.length) - 1;
  return {
    statistic,
    df,
    p: df > 0 ? chiSquareSurvival(statistic, df) : 1,
    cramersV: smaller > 0 && n > 0 ? Math.sqrt(statistic / (n * smaller)) : 0,
    expectedBelow5Share: rows.length * columns.length > 0 ? below5 / (rows.length * columns.length) : 0,
  };
}
