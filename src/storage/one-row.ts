// The one row an insert or update `returning()` gives back. An empty result there is a fault in
// the program (the row was just written in the same transaction), so it throws instead of
// letting every caller assert that the row exists.
export function one<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('expected the written row back from returning()');
  return row;
}
