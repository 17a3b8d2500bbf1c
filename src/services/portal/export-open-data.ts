// Open data: exactly what the public pages show, with the same filters as the search, as flat
// rows for CSV and JSON. Per provider: one row per section (the overall assessment, each theme)
// of its latest published report, one row per earlier published version (its
// overall assessment), or a single row without report fields when nothing has been published.
// The economy's assessment is a section of its own, after the themes (seed 004 publishes it with them).
import type { ServiceContext } from '../context.ts';
import { loadProviderPages, type ProviderPage } from './get-provider-page.ts';
import { loadProviders, parseFilters, type PortalFilters } from './portal-data.ts';

export type ExportOpenDataOptions = PortalFilters;

export type OpenDataRow = {
  providerId: string;
  providerName: string;
  municipality: string;
  legalBases: string[];
  targetGroups: string[];
  approvalStatus: string;
  /** YYYY-MM-DD while enhanced supervision is in force, else null. */
  enhancedSupervisionUntil: string | null;
  /** The day the report version was published (sent), YYYY-MM-DD. */
  publishedOn: string | null;
  reportDate: string | null;
  version: number | null;
  /** True for the rows of the latest published version. */
  latest: boolean | null;
  /** Latest version only: the authority finds the provider disproportionately expensive for its quality. */
  disproportionatelyExpensive: boolean | null;
  /** 'overall' or a theme id. */
  sectionId: string | null;
  section: string | null;
  assessment: string | null;
};

export type OpenDataColumn = { key: keyof OpenDataRow; header: string; description: string };

/** The columns, in order, with the CSV header and what they hold (shown on the open-data page). */
export const OPEN_DATA_COLUMNS: OpenDataColumn[] = [
  { key: 'providerId', header: 'tilbud_id', description: 'Tilbuddets faste id.' },
  { key: 'providerName', header: 'tilbud', description: 'Tilbuddets navn.' },
  { key: 'municipality', header: 'kommune', description: 'Den kommune, tilbuddet ligger i.' },
  { key: 'legalBases', header: 'lovgrundlag', description: 'Lovgrundlag, adskilt af semikolon.' },
  { key: 'targetGroups', header: 'maalgrupper', description: 'Målgrupper, adskilt af semikolon.' },
  { key: 'approvalStatus', header: 'godkendelse', description: 'Godkendelsesstatus.' },
  { key: 'enhancedSupervisionUntil', header: 'skaerpet_tilsyn_indtil', description: 'Slutdato for skærpet tilsyn, når det er i kraft (ÅÅÅÅ-MM-DD).' },
  { key: 'publishedOn', header: 'offentliggjort', description: 'Den dag rapportversionen blev sendt og offentliggjort (ÅÅÅÅ-MM-DD).' },
  { key: 'reportDate', header: 'rapportdato', description: 'Rapportens dato (ÅÅÅÅ-MM-DD).' },
  { key: 'version', header: 'version', description: 'Rapportens versionsnummer.' },
  { key: 'latest', header: 'seneste', description: '"ja" for den seneste offentliggjorte rapport, "nej" for tidligere.' },
  { key: 'disproportionatelyExpensive', header: 'uforholdsmaessigt_dyrt', description: 'Seneste rapport: "ja", hvis socialtilsynet vurderer tilbuddet uforholdsmæssigt dyrt i forhold til kvaliteten, ellers "nej".' },
  { key: 'sectionId', header: 'afsnit_id', description: '"overall" for den samlede vurdering, "economy" for vurderingen af økonomien, ellers temaets id.' },
  { key: 'section', header: 'afsnit', description: 'Afsnittets titel: Samlet vurdering, temaets navn eller Økonomi.' },
  { key: 'assessment', header: 'vurdering', description: 'Den offentliggjorte tekst.' },
];

export const OVERALL_SECTION = 'Samlet vurdering';
export const ECONOMY_SECTION = 'Økonomi';

export async function exportOpenData(ctx: ServiceContext, options: ExportOpenDataOptions = {}): Promise<OpenDataRow[]> {
  const filters = parseFilters(options);
  const list = await loadProviders(ctx, { filters });
  const pages = await loadProviderPages(ctx, list.map((p) => p.id), list);
  return pages.flatMap(openDataRows);
}

/** The rows of one provider's public page. */
export function openDataRows(page: ProviderPage): OpenDataRow[] {
  const p = page.provider;
  const base = {
    providerId: p.id,
    providerName: p.name,
    municipality: p.municipality,
    legalBases: p.legalBasisLabels,
    targetGroups: p.targetGroups,
    approvalStatus: p.approvalStatusLabel,
    enhancedSupervisionUntil: p.enhancedSupervision?.endsOn ?? null,
  };
  const none = { publishedOn: null, reportDate: null, version: null, latest: null, disproportionatelyExpensive: null, sectionId: null, section: null, assessment: null };
  if (!page.latest) return [{ ...base, ...none }];
  const l = page.latest;
  const report = { publishedOn: l.publishedOn, reportDate: l.reportDate, version: l.version, latest: true, disproportionatelyExpensive: l.disproportionatelyExpensive };
  return [
    { ...base, ...report, sectionId: 'overall', section: OVERALL_SECTION, assessment: l.overallAssessment },
    ...l.themes.map((t) => ({ ...base, ...report, sectionId: t.id, section: t.title, assessment: t.assessment })),
    ...(l.economy ? [{ ...base, ...report, sectionId: 'economy', section: ECONOMY_SECTION, assessment: l.economy }] : []),
    ...page.history.map((h) => ({
      ...base,
      publishedOn: h.publishedOn,
      reportDate: h.reportDate,
      version: h.version,
      latest: false,
      disproportionatelyExpensive: null,
      sectionId: 'overall',
      section: OVERALL_SECTION,
      assessment: h.overallAssessment,
    })),
  ];
}

/** A cell of the CSV. Texts that a spreadsheet would read as a formula get a leading apostrophe. */
function csvCell(value: OpenDataRow[keyof OpenDataRow]): string {
  let text = value === null ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'boolean' ? (value ? 'ja' : 'nej') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = `\uFEFF${OPEN_DATA_COLUMNS.map((c) => c.header).join(',')}\r\n`;
const csvLines = (rows: OpenDataRow[]) => rows.map((r) => `${OPEN_DATA_COLUMNS.map((c) => csvCell(r[c.key])).join(',')}\r\n`).join('');

/** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break; UTF-8 with BOM for Excel. */
export function openDataCsv(rows: OpenDataRow[]): string {
  return CSV_HEADER + csvLines(rows);
}

/** Providers whose publications are read at a time while streaming: memory stays that of one batch. */
export const OPEN_DATA_BATCH = 100;

/**
 * The CSV in pieces, as it is built: the header, then the rows of each batch of providers. The
 * filters are checked before the first piece (a bad filter throws before anything is sent).
 */
export async function openDataCsvChunks(ctx: ServiceContext, options: ExportOpenDataOptions = {}): Promise<AsyncGenerator<string>> {
  const filters = parseFilters(options);
  const list = await loadProviders(ctx, { filters });
  return (async function* chunks() {
    yield CSV_HEADER;
    for (let i = 0; i < list.length; i += OPEN_DATA_BATCH) {
      const batch = list.slice(i, i + OPEN_DATA_BATCH);
      const pages = await loadProviderPages(ctx, batch.map((p) => p.id), batch);
      yield csvLines(pages.flatMap(openDataRows));
    }
  })();
}
