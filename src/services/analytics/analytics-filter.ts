// The filters of the analytics pages, from the query string (shareable URLs): model, item (theme,
// criterion, indicator or marker), years, phase, legal basis, foster-family typology, special
// situation, imported or native. One schema; one translation into SQL conditions on the facts.
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { PHASES } from '../../core/assessment/assessment-input.ts';
import { FACT_SOURCES, SPECIAL_SITUATIONS, modelItems, type FactItemKind, type ModelItem } from '../../core/analytics/facts.ts';
import { LEGAL_BASES, TYPOLOGIES } from '../../core/model/catalog-parts.ts';
import { isAssessable, type AssessableModel } from '../../core/model/schema.ts';
import type { ModelRegistry } from '../../catalog/model-registry.ts';
import { analyticsCounts, analyticsFacts } from '../../storage/schema.ts';
import { invalid } from '../service-error.ts';
import { parseOptions } from '../service-options.ts';

/** An empty form field means "all". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? undefined : v), schema.optional());
const year = z.coerce.number({ error: 'Årstallet skal være et tal.' }).int('Årstallet skal være et helt tal.').min(1990, 'Årstallet skal være 1990 eller senere.').max(2100, 'Årstallet skal være 2100 eller tidligere.');

export const DEFAULT_MODEL = 'tilbud-2017';

export const analyticsFilterSchema = z.object({
  model: optional(z.string().max(100)),
  theme: optional(z.string().max(100)),
  criterion: optional(z.string().max(100)),
  item: optional(z.string().max(100)),
  from: optional(year),
  to: optional(year),
  phase: optional(z.enum(PHASES, { error: 'Vælg godkendelse eller drift.' })),
  legalBasis: optional(z.enum(LEGAL_BASES, { error: 'Vælg et lovgrundlag fra listen.' })),
  typology: optional(z.enum(TYPOLOGIES, { error: 'Vælg en typologi fra listen.' })),
  situation: optional(z.enum(SPECIAL_SITUATIONS, { error: 'Vælg en særlig situation fra listen.' })),
  source: optional(z.enum(FACT_SOURCES, { error: 'Vælg importeret eller fra tilsyn.' })),
});
export type AnalyticsFilterInput = z.input<typeof analyticsFilterSchema>;
/** The filter's fields, as the query string names them. */
export const FILTER_KEYS = analyticsFilterSchema.keyof().options;

/** What is counted: scores 1–5 (the scored model) or outcomes met/not met (criteria or markers). */
export type Measure = { kind: 'score'; itemKind: 'indicator'; values: readonly string[] } | { kind: 'outcome'; itemKind: FactItemKind; values: readonly [string, string] };

export type AnalyticsFilter = z.output<typeof analyticsFilterSchema> & {
  model: string;
  modelRef: AssessableModel;
  items: Map<string, ModelItem>;
  measure: Measure;
};

export function parseAnalyticsFilter(registry: ModelRegistry, input: unknown): AnalyticsFilter {
  const f = parseOptions(analyticsFilterSchema, input);
  const model = registry.get(f.model ?? DEFAULT_MODEL);
  if (!model || !isAssessable(model)) throw invalid([{ field: 'model', message: `Modellen "${f.model}" findes ikke eller bruges ikke til vurderinger.` }]);
  const items = modelItems(model);
  const problems: { field: string; message: string }[] = [];
  const item = f.item ? items.get(f.item) : undefined;
  if (f.item && (!item || !['indicator', 'criterion', 'marker'].includes(item.kind))) problems.push({ field: 'item', message: `Punktet "${f.item}" findes ikke i modellen.` });
  if (f.theme && ![...items.values()].some((i) => i.themeId === f.theme)) problems.push({ field: 'theme', message: `Temaet "${f.theme}" findes ikke i modellen.` });
  if (f.criterion && ![...items.values()].some((i) => i.criterionId === f.criterion)) problems.push({ field: 'criterion', message: `Kriteriet "${f.criterion}" findes ikke i modellen.` });
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) problems.push({ field: 'to', message: 'Til-året skal være samme år som fra-året eller senere.' });
  if (problems.length > 0) throw invalid(problems);
  const measure: Measure =
    model.kind === 'scored'
      ? { kind: 'score', itemKind: 'indicator', values: ['1', '2', '3', '4', '5'] }
      : item?.kind === 'marker'
        ? { kind: 'outcome', itemKind: 'marker', values: ['present', 'absent'] }
        : { kind: 'outcome', itemKind: 'criterion', values: ['met', 'not_met'] };
  return { ...f, model: model.id, modelRef: model, items, measure };
}

/** The columns a filter reads: the facts and their counts name them alike; dates are years in the counts. */
type FilterColumns = Record<'modelId' | 'itemKind' | 'value' | 'itemId' | 'themeId' | 'criterionId' | 'phase' | 'legalBases' | 'typology' | 'situations' | 'source', AnyPgColumn> & {
  fromYear: (year: number) => SQL;
  toYear: (year: number) => SQL;
};

function conditions(c: FilterColumns, f: AnalyticsFilter): SQL {
  const parts: (SQL | undefined)[] = [
    eq(c.modelId, f.model),
    eq(c.itemKind, f.measure.itemKind),
    sql`${c.value} in (${sql.join(f.measure.values.map((v) => sql`${v}`), sql`, `)})`,
    f.item ? eq(c.itemId, f.item) : undefined,
    f.theme ? eq(c.themeId, f.theme) : undefined,
    f.criterion ? eq(c.criterionId, f.criterion) : undefined,
    f.from !== undefined ? c.fromYear(f.from) : undefined,
    f.to !== undefined ? c.toYear(f.to) : undefined,
    f.phase ? eq(c.phase, f.phase) : undefined,
    f.legalBasis ? sql`${c.legalBases} @> array[${f.legalBasis}]::text[]` : undefined,
    f.typology ? eq(c.typology, f.typology) : undefined,
    f.situation ? sql`${c.situations} @> array[${f.situation}]::text[]` : undefined,
    f.source ? eq(c.source, f.source) : undefined,
  ];
  return and(...parts) ?? sql`true`;
}

/** The facts the filter selects, of the measure's kind and values (for what the counts do not hold: inspectors). */
export const factConditions = (f: AnalyticsFilter): SQL =>
  conditions({ ...analyticsFacts, fromYear: (y) => gte(analyticsFacts.factDate, `${y}-01-01`), toYear: (y) => lte(analyticsFacts.factDate, `${y}-12-31`) }, f);

/** The same selection on the counts (analytics_counts), which the overview reads. */
export const countConditions = (f: AnalyticsFilter): SQL =>
  conditions({ ...analyticsCounts, fromYear: (y) => gte(analyticsCounts.year, y), toYear: (y) => lte(analyticsCounts.year, y) }, f);

/** The filter as query parameters, for links and the CSV download (empty ones left out). */
export function filterQuery(f: AnalyticsFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k] !== undefined) params.set(k, String(f[k]));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}
