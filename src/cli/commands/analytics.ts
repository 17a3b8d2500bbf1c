// `tilsyn analytics compare FILE [--json]` and `tilsyn analytics agreement FILE [--json]`: the
// statistics of the analytics module on a CSV file, for other tools (the JSON is a contract, see the
// README). Exit 0 on success; 2 with one line naming the line for unusable input.
// `tilsyn analytics rebuild` and `tilsyn analytics import FILE [--json]`: the facts in the database,
// as the operator on the server; exit 1 when refused (every problem on its own line).
// `tilsyn analytics annual --authority ID --year YYYY --format html|csv|json|pdf --out FILE`.
import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from '../usage-error.ts';
import type { CliIo } from '../cli-io.ts';
import { parseArguments } from '../parse-arguments.ts';
import { CsvError, readCsv, type CsvRow } from '../../core/read-csv.ts';
import { compareMet, compareScores, type MetComparison, type ScoreComparison } from '../../core/statistics/compare-groups.ts';
import { krippendorffAlpha, pairableValues, percentAgreement } from '../../core/statistics/agreement.ts';
import { COMMAND_LINE_OPERATOR } from '../../services/actor.ts';
import { importFacts } from '../../services/analytics/import-facts.ts';
import { rebuildFacts } from '../../services/analytics/rebuild-facts.ts';
import { withServices } from '../with-services.ts';
import { getAnnualFigures } from '../../services/analytics/get-annual-figures.ts';
import { annualTitle, renderAnnualCsv, renderAnnualHtml, renderAnnualPdf } from '../../report-render/annual-figures-render.ts';

const USAGE = 'brug "tilsyn analytics compare|agreement|import FIL", "tilsyn analytics rebuild" eller "tilsyn analytics annual"; se "tilsyn analytics --help"';

export async function analyticsCommand(argv: string[], io: CliIo): Promise<number> {
  switch (argv[0]) {
    case 'compare':
    case 'agreement':
      return statisticsCommand(argv, io);
    case 'rebuild': {
      parseArguments('analytics rebuild', argv.slice(1), {}, 0);
      return withServices(io, async (services) => {
        const r = await rebuildFacts(services, COMMAND_LINE_OPERATOR);
        io.stdout.write(`Analysedata genopbygget: ${r.facts} fakta fra ${r.reports} afsluttede rapporter (før: ${r.removed}).\n`);
        return 0;
      });
    }
    case 'import': {
      const { values, positionals } = parseArguments('analytics import', argv.slice(1), { json: { type: 'boolean', default: false } }, 1);
      const [file] = positionals;
      if (!file) throw new UsageError(USAGE);
      const text = readText(io, file);
      return withServices(io, async (services) => {
        const r = await importFacts(services, COMMAND_LINE_OPERATOR, { text });
        io.stdout.write(values.json ? `${JSON.stringify(r)}\n` : `Importeret: ${r.lines} linjer, ${r.imported} nye, ${r.alreadyImported} fandtes i forvejen.\n`);
        return 0;
      }, { summary: true });
    }
    case 'annual':
      return annualCommand(argv.slice(1), io);
    default:
      throw new UsageError(USAGE);
  }
}

const ANNUAL_FORMATS = ['html', 'csv', 'json', 'pdf'] as const;

async function annualCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArguments('analytics annual', argv, { authority: { type: 'string' }, year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } }, 0);
  const format = ANNUAL_FORMATS.find((f) => f === values.format);
  if (!values.authority) throw new UsageError('--authority mangler (fx nord)');
  if (!values.year || !/^\d{4}$/.test(values.year)) throw new UsageError('--year skal være et årstal (ÅÅÅÅ)');
  if (!format) throw new UsageError(`--format skal være en af: ${ANNUAL_FORMATS.join(', ')}`);
  if (!values.out) throw new UsageError('--out mangler (filen, der skrives)');
  const out = values.out;
  return withServices(io, async (services) => {
    const figures = await getAnnualFigures(services, COMMAND_LINE_OPERATOR, { authorityId: values.authority, year: values.year });
    const content = format === 'json' ? `${JSON.stringify(figures, null, 2)}\n` : format === 'csv' ? renderAnnualCsv(figures) : format === 'html' ? renderAnnualHtml(figures) : await renderAnnualPdf(figures);
    try {
      writeFileSync(out, content);
    } catch (e) {
      throw new UsageError(`kan ikke skrive ${out}: ${(e as NodeJS.ErrnoException).code ?? 'ukendt fejl'}`);
    }
    io.stdout.write(`${annualTitle(figures)}: skrevet til ${out} (${format}).\n`);
    return 0;
  }, { fieldNames: { authorityId: '--authority', year: '--year' } });
}

async function statisticsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArguments('analytics', argv, { json: { type: 'boolean', default: false } }, 2);
  const [sub, file] = positionals;
  if ((sub !== 'compare' && sub !== 'agreement') || !file) throw new UsageError(USAGE);
  const rows = csvRows(io, file);
  const result = sub === 'compare' ? compare(rows) : agreement(rows);
  io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${describe(result)}\n`);
  return 0;
}

function readText(io: CliIo, file: string): string {
  try {
    return file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`kan ikke læse ${file}: ${(e as NodeJS.ErrnoException).code ?? 'ukendt fejl'}`);
  }
}

function csvRows(io: CliIo, file: string): CsvRow[] {
  const text = readText(io, file);
  try {
    return readCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new UsageError(e.message);
    throw e;
  }
}

/** The columns' positions in the header (line 1), or a usage error naming what is missing. */
function columns<K extends string>(rows: CsvRow[], names: readonly K[]): Record<K, number> {
  const header = rows[0];
  if (!header) throw new UsageError('filen er tom; linje 1 skal være en overskrift');
  const found = Object.fromEntries(names.map((n) => [n, header.fields.map((f) => f.trim()).indexOf(n)])) as Record<K, number>;
  const missing = names.filter((n) => found[n] < 0);
  if (missing.length > 0) throw new UsageError(`linje ${header.line}: overskriften mangler ${missing.map((m) => `"${m}"`).join(' og ')}`);
  if (rows.length < 2) throw new UsageError('filen har ingen rækker efter overskriften');
  return found;
}

function compare(rows: CsvRow[]): ScoreComparison | MetComparison {
  const col = columns(rows, ['group', 'value'] as const);
  const data = rows.slice(1).map((r) => ({ line: r.line, group: (r.fields[col.group] ?? '').trim(), value: (r.fields[col.value] ?? '').trim() }));
  const kind = /^[1-5]$/.test(data[0]!.value) ? 'score' : data[0]!.value === 'met' || data[0]!.value === 'not_met' ? 'met' : null;
  for (const d of data) {
    if (d.group === '') throw new UsageError(`linje ${d.line}: group er tom`);
    const fits = kind === 'score' ? /^[1-5]$/.test(d.value) : kind === 'met' ? d.value === 'met' || d.value === 'not_met' : false;
    if (!fits) {
      throw new UsageError(`linje ${d.line}: value "${d.value}" er ${kind === null ? 'hverken et helt tal fra 1 til 5 eller met/not_met' : kind === 'score' ? 'ikke et helt tal fra 1 til 5 som de øvrige' : 'ikke met eller not_met som de øvrige'}`);
    }
  }
  if (kind === 'score') {
    const table = new Map<string, Map<number, number>>();
    for (const d of data) {
      const counts = table.get(d.group) ?? new Map<number, number>();
      counts.set(Number(d.value), (counts.get(Number(d.value)) ?? 0) + 1);
      table.set(d.group, counts);
    }
    return compareScores(table);
  }
  const table = new Map<string, [number, number]>();
  for (const d of data) {
    const t = table.get(d.group) ?? [0, 0];
    t[d.value === 'met' ? 0 : 1]++;
    table.set(d.group, t);
  }
  return compareMet(table);
}

type AgreementResult = {
  units: number;
  raters: number;
  pairableValues: number;
  alpha: { nominal: number | null; ordinal: number | null; interval: number | null };
  percentAgreement: number | null;
};

function agreement(rows: CsvRow[]): AgreementResult {
  const col = columns(rows, ['unit', 'rater', 'value'] as const);
  const data = rows.slice(1).map((r) => ({ line: r.line, unit: (r.fields[col.unit] ?? '').trim(), rater: (r.fields[col.rater] ?? '').trim(), value: (r.fields[col.value] ?? '').trim() }));
  for (const d of data) {
    if (d.unit === '') throw new UsageError(`linje ${d.line}: unit er tom`);
    if (d.rater === '') throw new UsageError(`linje ${d.line}: rater er tom`);
  }
  const rated = data.filter((d) => d.value !== '');
  const numeric = rated.every((d) => Number.isFinite(Number(d.value)));
  const byUnit = new Map<string, (string | number)[]>();
  for (const d of data) if (!byUnit.has(d.unit)) byUnit.set(d.unit, []);
  for (const d of rated) byUnit.get(d.unit)!.push(numeric ? Number(d.value) : d.value);
  return {
    units: byUnit.size,
    raters: new Set(data.map((d) => d.rater)).size,
    pairableValues: pairableValues(byUnit),
    alpha: {
      nominal: krippendorffAlpha(byUnit, 'nominal'),
      ordinal: numeric ? krippendorffAlpha(byUnit, 'ordinal') : null,
      interval: numeric ? krippendorffAlpha(byUnit, 'interval') : null,
    },
    percentAgreement: percentAgreement(byUnit),
  };
}

const decimal = (x: number | null, digits = 3) => (x === null ? '–' : x.toLocaleString('da-DK', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function describe(result: ScoreComparison | MetComparison | AgreementResult): string {
  if ('units' in result) {
    return [`${result.units} enheder, ${result.raters} bedømmere, ${result.pairableValues} parrede værdier.`, `Krippendorffs alfa: nominal ${decimal(result.alpha.nominal)}, ordinal ${decimal(result.alpha.ordinal)}, interval ${decimal(result.alpha.interval)}.`, `Enighed: ${decimal(result.percentAgreement === null ? null : result.percentAgreement * 100, 1)} %.`].join('\n');
  }
  const lines = result.groups.map((g) => ('mean' in g ? `${g.group}: n = ${g.n}, gennemsnit ${decimal(g.mean, 2)}, median ${decimal(g.median, 1)}` : `${g.group}: n = ${g.n}, opfyldt ${decimal(g.share * 100, 1)} % (95 %-interval ${decimal(g.ci95[0] * 100, 1)}–${decimal(g.ci95[1] * 100, 1)} %)`));
  if ('kruskalWallis' in result) lines.push(`Kruskal–Wallis: H = ${decimal(result.kruskalWallis.H)}, df = ${result.kruskalWallis.df}, p = ${decimal(result.kruskalWallis.p, 4)}, ε² = ${decimal(result.kruskalWallis.epsilonSquared)}.`);
  lines.push(`Chi-i-anden: χ² = ${decimal(result.chiSquare.statistic)}, df = ${result.chiSquare.df}, p = ${decimal(result.chiSquare.p, 4)}, Cramérs V = ${decimal(result.chiSquare.cramersV)}.`);
  return lines.join('\n');
}
