// `tilsyn analytics import FILE`: an authority's historical scores from its former system, as
// imported facts. Every line is validated first (each problem names its line and column); one bad
// line imports nothing; the rest is inserted in one transaction, each line once by its source key,
// so running the same file again imports nothing new.
import { createHash } from 'node:crypto';
import { IMPORT_COLUMNS, parseImportLine, type ImportColumn, type ImportLookups, type ImportProblem } from '../../core/analytics/import-line.ts';
import { modelItems, type Fact } from '../../core/analytics/facts.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { todayInDenmark } from '../../core/calendar.ts';
import { CsvError, readCsv } from '../../core/read-csv.ts';
import { authorities } from '../../storage/schema.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireAbility } from '../permissions.ts';
import { analyticsAbilities } from '../policies/abilities.ts';
import { invalid } from '../service-error.ts';
import { insertFacts } from './write-report-facts.ts';

/** At most this many problems are listed; the count says how many there were. */
const SHOWN_PROBLEMS = 20;

export type ImportResult = { lines: number; imported: number; alreadyImported: number };

export async function importFacts(ctx: ServiceContext, actor: Actor, input: { text: string }): Promise<ImportResult> {
  requireAbility(analyticsAbilities(actor).import);
  const lookups = await importLookups(ctx);
  const { facts, problems } = parseFile(input.text, lookups);
  if (problems.length > 0) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => ({ field: p.column ? `linje ${p.line}, kolonne ${p.column}` : `linje ${p.line}`, message: p.message }));
    const more = problems.length > SHOWN_PROBLEMS ? ` (de første ${SHOWN_PROBLEMS} vises)` : '';
    throw invalid(shown, `Filen er ikke importeret: ${problems.length} ${problems.length === 1 ? 'fejl' : 'fejl'}${more}. Ret filen, og importér den igen.`);
  }
  return ctx.db.transaction(async (tx) => {
    const imported = await insertFacts(tx, facts, 'skip');
    await recordAudit(tx, actor, {
      action: 'analytics.import',
      entityType: 'analytics',
      entityId: createHash('sha256').update(input.text).digest('hex').slice(0, 16),
      before: null,
      after: { lines: facts.length, imported, alreadyImported: facts.length - imported },
    });
    return { lines: facts.length, imported, alreadyImported: facts.length - imported };
  });
}

async function importLookups(ctx: ServiceContext): Promise<ImportLookups> {
  const ids = await ctx.db.select({ id: authorities.id }).from(authorities);
  const models: ImportLookups['models'] = new Map(
    ctx.registry.list().filter(isAssessable).map((m) => [m.id, { version: m.version, entity: m.entity === 'fosterFamily' ? 'foster_family' : 'provider', items: modelItems(m) }] as const),
  );
  return { authorities: new Set(ids.map((a) => a.id)), models, latestDate: todayInDenmark(ctx.now()) };
}

function parseFile(text: string, lookups: ImportLookups): { facts: Fact[]; problems: ImportProblem[] } {
  let rows;
  try {
    rows = readCsv(text);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return { facts: [], problems: [{ line: 0, column: null, message: e.message }] };
  }
  const [header, ...lines] = rows;
  if (!header) return { facts: [], problems: [{ line: 1, column: null, message: 'filen er tom; linje 1 skal være overskriften' }] };
  const names = header.fields.map((f) => f.trim());
  const missing = IMPORT_COLUMNS.filter((c) => !names.includes(c));
  const extra = names.filter((n) => !(IMPORT_COLUMNS as readonly string[]).includes(n));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [missing.length > 0 ? `mangler ${missing.join(', ')}` : '', extra.length > 0 ? `ukendte kolonner ${extra.map((e) => `"${e}"`).join(', ')}` : ''].filter(Boolean);
    return { facts: [], problems: [{ line: header.line, column: null, message: `overskriften ${parts.join('; ')} (forventet: ${IMPORT_COLUMNS.join(',')})` }] };
  }
  if (lines.length === 0) return { facts: [], problems: [{ line: header.line, column: null, message: 'filen har ingen linjer efter overskriften' }] };
  const position = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<ImportColumn, number>;
  const facts: Fact[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of lines) {
    if (row.fields.length !== names.length) {
      problems.push({ line: row.line, column: null, message: `har ${row.fields.length} felter, overskriften ${names.length}` });
      continue;
    }
    const fields = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, (row.fields[position[c]] ?? '').trim()])) as Record<ImportColumn, string>;
    const parsed = parseImportLine(row.line, fields, lookups);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const earlier = seen.get(parsed.fact.sourceKey);
    if (earlier !== undefined) problems.push({ line: row.line, column: 'item', message: `samme socialtilsyn, enhed, dato, fase, model og punkt som linje ${earlier}` });
    else seen.set(parsed.fact.sourceKey, row.line);
    facts.push(parsed.fact);
  }
  return { facts, problems };
}
