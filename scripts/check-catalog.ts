// Development aid while transcribing: validate catalog files and print a short census.
import { readFileSync } from 'node:fs';
import { parseCatalog, formatCatalogError } from '../src/core/model/parse-catalog.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = parseCatalog(file, readFileSync(file, 'utf8'));
  if (!result.ok) {
    failed = true;
    for (const e of result.errors) console.error(formatCatalogError(e));
    continue;
  }
  const m = result.model;
  if (m.kind === 'standards') {
    console.log(`${file}: ok, ${m.standards.length} standards, ${m.steps.length} steps`);
  } else {
    const criteria = m.kind === 'binary' ? m.themes.flatMap((t) => t.criteria) : m.themes.flatMap((t) => t.criteria);
    const items = m.kind === 'binary'
      ? m.themes.flatMap((t) => t.criteria.flatMap((c) => c.markers))
      : m.themes.flatMap((t) => t.criteria.flatMap((c) => c.indicators));
    console.log(`${file}: ok, ${m.themes.length} themes, ${criteria.length} criteria, ${items.length} markers/indicators`);
  }
}
process.exit(failed ? 1 : 0);
