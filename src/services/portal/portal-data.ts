// What the public portal may read, and nothing else. Every query here names its columns
// explicitly from a whitelist (never a whole row of a table with private fields), reads a report
// version's public_summary and never its document, and only versions that have been sent
// (a dispatch row = published). Every text is run through findPersonalData before it leaves:
// a text with a hit is withheld and replaced, never shown (defence in depth on top of the
// check that publicSummary already makes when a version is finalised).
//
// The portal reads the tables directly and does not depend on the report services.
import { approvalStatusLabel } from '../../core/labels.ts';
import type { Decision } from '../../core/assessment/decision-options.ts';
import { z } from 'zod';
import { isStorableText } from '../service-options.ts';
import { and, arrayContains, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, max, sql, type SQL } from 'drizzle-orm';
import { LEGAL_BASES, type LegalBasis } from '../../core/model/catalog-parts.ts';
import { findPersonalData } from '../../core/report/personal-data.ts';
import { formatDanishDate, LEGAL_BASIS_LABEL, TYPOLOGY_LABEL } from '../../core/report/report-labels.ts';
import { decisions, fosterFamilies, inspections, providers, reportDispatches, reports, reportVersions } from '../../storage/schema.ts';
import type { ServiceContext } from '../context.ts';
import { selectRows } from '../../storage/database.ts';
import { invalid, type FieldIssue } from '../service-error.ts';

// ---- the personal-data guard ------------------------------------------------------------

/** What stands instead of a text in which findPersonalData found something. */
export const WITHHELD_TEXT = '[Teksten er tilbageholdt]';

/** The text itself, or WITHHELD_TEXT when it holds personal data. Anything but a string is ''. */
export function guardText(text: unknown): string {
  if (typeof text !== 'string') return '';
  return findPersonalData(text).length > 0 ? WITHHELD_TEXT : text;
}

const guardList = (texts: unknown): string[] => (Array.isArray(texts) ? texts.map(guardText) : []);

// ---- dates --------------------------------------------------------------------------------

const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) in Denmark of a point in time. */
export function danishDay(at: Date): string {
  return COPENHAGEN_DAY.format(at);
}

// ---- filters -------------------------------------------------------------------------------

const filterText = (label: string) =>
  z
    .string({ error: `${label} skal være tekst.` })
    .trim()
    .max(200, `${label} må højst være 200 tegn.`)
    .optional()
    .nullable()
    .transform((s) => (s ? s : null));

/** The filters of the public search, the open-data export and the public API. */
export const portalFilterSchema = z.object(
  {
    name: filterText('Navn').describe('Hele eller en del af tilbuddets navn (uden forskel på store og små bogstaver).'),
    municipality: filterText('Kommune').describe('Kommunens navn (hele navnet, uden forskel på store og små bogstaver).'),
    legalBasis: z
      .string({ error: 'Vælg et lovgrundlag fra listen.' })
      .trim()
      .optional()
      .nullable()
      .transform((s) => (s ? s : null))
      .refine((s): s is LegalBasis | null => s === null || (LEGAL_BASES as readonly string[]).includes(s), 'Vælg et lovgrundlag fra listen.')
      // The refinement is not part of the generated JSON schema; the document lists the codes.
      .meta({ description: `Lovgrundlagets kode: ${LEGAL_BASES.join(', ')}.` }),
    targetGroup: filterText('Målgruppe').describe('Hele eller en del af en målgruppe.'),
  },
  { error: 'Søgningen mangler.' },
);

export type PortalFilters = z.input<typeof portalFilterSchema>;
export type ParsedFilters = z.output<typeof portalFilterSchema>;

export function parseFilters(input: PortalFilters | undefined): ParsedFilters {
  const unstorable = Object.entries(input ?? {}).filter(([, v]) => typeof v === 'string' && !isStorableText(v));
  if (unstorable.length > 0) throw invalid(unstorable.map(([field]) => ({ field, message: 'Søgningen indeholder tegn, der ikke kan bruges (fx et nul-tegn).' })), 'Søgningen er ikke gyldig.');
  const result = portalFilterSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const first = issue.path[0];
    const field = typeof first === 'string' ? first : '';
    if (!fields.some((f) => f.field === field)) fields.push({ field, message: issue.message });
  }
  throw invalid(fields, 'Søgningen er ikke gyldig.');
}

/** `%`, `_` and `\` typed by the user are literal characters, not patterns. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function filterConditions(f: ParsedFilters): SQL[] {
  const conditions: SQL[] = [];
  if (f.name) conditions.push(ilike(providers.name, `%${escapeLike(f.name)}%`));
  // No wildcards: the whole municipality name, only case-insensitive.
  if (f.municipality) conditions.push(ilike(providers.municipality, escapeLike(f.municipality)));
  if (f.legalBasis) conditions.push(arrayContains(providers.legalBases, [f.legalBasis]));
  if (f.targetGroup) {
    const pattern = `%${escapeLike(f.targetGroup)}%`;
    conditions.push(sql`exists (select 1 from unnest(${providers.targetGroups}) as tg(value) where tg.value ilike ${pattern})`);
  }
  return conditions;
}

// ---- labels ----------------------------------------------------------------------------------


const legalBasisLabel = (code: string) => LEGAL_BASIS_LABEL[code] ?? guardText(code);

const collator = new Intl.Collator('da', { sensitivity: 'base' });
export const compareDanish = (a: string, b: string) => collator.compare(a, b);

// ---- public provider fields -----------------------------------------------------------------

/** The only provider columns the portal reads. */
const PUBLIC_PROVIDER_COLUMNS = {
  id: providers.id,
  name: providers.name,
  municipality: providers.municipality,
  legalBases: providers.legalBases,
  targetGroups: providers.targetGroups,
  approvalStatus: providers.approvalStatus,
};

export type EnhancedSupervision = { endsOn: string; endsOnLabel: string };

export type PublicProvider = {
  id: string;
  name: string;
  municipality: string;
  legalBases: string[];
  legalBasisLabels: string[];
  targetGroups: string[];
  approvalStatus: string;
  approvalStatusLabel: string;
  /** Skærpet tilsyn in force today (the latest end date), else null. */
  enhancedSupervision: EnhancedSupervision | null;
  /** The day the latest report was published (sent), YYYY-MM-DD, else null. */
  latestPublishedOn: string | null;
  latestPublishedOnLabel: string | null;
};

type ProviderRow = { id: string; name: string; municipality: string; legalBases: string[]; targetGroups: string[]; approvalStatus: string };

// Danish order in SQL, whatever the database's collation: lower case, "aa" as "å", æ/ä, ø/ö and å
// after z in that order, accented letters as their base letter (ü as y). The same order as the
// Danish collator for the names registers hold. Written out literally, because the index
// providers_danish_name_idx (migration 0029) is on exactly this expression: a page is read in order
// from the index and stops after 50 matches.
const SORT_FROM = 'æäøöåÆÄØÖÅéèêëáàâíìîóòôúùûüýÉÈÊËÁÀÂÍÌÎÓÒÔÚÙÛÜÝ';
const SORT_TO = '{{||}{{||}eeeeaaaiiiooouuuyyeeeeaaaiiiooouuuyy';
const DANISH_NAME_ORDER = sql.raw(`translate(replace(lower("providers"."name"), 'aa', 'å'), '${SORT_FROM}', '${SORT_TO}')`);

/** One page of the ids of the providers matching the filters, in Danish order by name, with the total. */
export async function matchingProviderIds(ctx: ServiceContext, filters: ParsedFilters, page: { limit: number; offset: number }): Promise<{ ids: string[]; total: number }> {
  const where = filterConditions(filters);
  const condition = where.length ? and(...where) : undefined;
  const [[counted], rows] = await Promise.all([
    ctx.db.select({ n: count() }).from(providers).where(condition),
    ctx.db.select({ id: providers.id }).from(providers).where(condition).orderBy(DANISH_NAME_ORDER, providers.id).limit(page.limit).offset(page.offset),
  ]);
  return { ids: rows.map((r) => r.id), total: counted?.n ?? 0 };
}

const byName = (a: { id: string; name: string }, b: { id: string; name: string }) => compareDanish(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Providers matching the filters, or the given ids; public columns only, in the portal's order. */
export async function loadProviders(ctx: ServiceContext, by: { filters: ParsedFilters } | { ids: string[] }): Promise<PublicProvider[]> {
  const where = 'ids' in by ? [inArray(providers.id, by.ids)] : filterConditions(by.filters);
  if ('ids' in by && by.ids.length === 0) return [];
  const rows: ProviderRow[] = await ctx.db
    .select(PUBLIC_PROVIDER_COLUMNS)
    .from(providers)
    .where(where.length ? and(...where) : undefined);
  const ids = rows.map((r) => r.id);
  const [enhanced, published] = await Promise.all([enhancedSupervisionInForce(ctx, ids), latestPublication(ctx, ids)]);
  return rows
    .map((r) => {
      const publishedAt = published.get(r.id) ?? null;
      const publishedOn = publishedAt ? danishDay(publishedAt) : null;
      return {
        id: r.id,
        name: guardText(r.name),
        municipality: guardText(r.municipality),
        legalBases: r.legalBases.map(guardText),
        legalBasisLabels: r.legalBases.map(legalBasisLabel),
        targetGroups: guardList(r.targetGroups),
        approvalStatus: guardText(r.approvalStatus),
        approvalStatusLabel: approvalStatusLabel(r.approvalStatus) ?? guardText(r.approvalStatus),
        enhancedSupervision: enhanced.get(r.id) ?? null,
        latestPublishedOn: publishedOn,
        latestPublishedOnLabel: publishedOn ? formatDanishDate(publishedOn) : null,
      };
    })
    .sort(byName);
}

/** The municipalities that have providers (for the search form). */
export async function loadMunicipalities(ctx: ServiceContext): Promise<string[]> {
  // Each step finds the next name in providers_municipality_idx (migration 0030): about a hundred
  // probes for Denmark's municipalities, however many providers there are.
  const rows = await selectRows<{ municipality: string | null }>(ctx.db, sql`
    with recursive next_name(municipality) as (
      (select ${providers.municipality} from ${providers} order by 1 limit 1)
      union all
      select (select p.municipality from ${providers} p where p.municipality > next_name.municipality order by p.municipality limit 1)
      from next_name where next_name.municipality is not null
    )
    select municipality from next_name where municipality is not null`);
  return [...new Set(rows.map((r) => guardText(r.municipality)))].filter((m) => m !== '').sort(compareDanish);
}

const ENHANCED_KINDS: Decision[] = ['enhanced_supervision', 'enhanced_supervision_with_injunction'];

/** Per provider: the latest end date of enhanced supervision that has not ended (ends_on ≥ today). */
async function enhancedSupervisionInForce(ctx: ServiceContext, providerIds: string[]): Promise<Map<string, EnhancedSupervision>> {
  const out = new Map<string, EnhancedSupervision>();
  if (providerIds.length === 0) return out;
  const today = danishDay(ctx.now());
  const rows = await ctx.db
    .select({ providerId: inspections.providerId, endsOn: max(decisions.endsOn) })
    .from(decisions)
    .innerJoin(inspections, eq(inspections.id, decisions.inspectionId))
    .where(and(inArray(inspections.providerId, providerIds), inArray(decisions.kind, ENHANCED_KINDS), isNotNull(decisions.endsOn), gte(decisions.endsOn, today)))
    .groupBy(inspections.providerId);
  for (const r of rows) {
    if (r.providerId && r.endsOn) out.set(r.providerId, { endsOn: r.endsOn, endsOnLabel: formatDanishDate(r.endsOn) });
  }
  return out;
}

/** Per provider: when its latest public report version was sent. */
async function latestPublication(ctx: ServiceContext, providerIds: string[]): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  if (providerIds.length === 0) return out;
  const rows = await ctx.db
    .select({ providerId: inspections.providerId, sentAt: max(reportDispatches.sentAt) })
    .from(reportVersions)
    .innerJoin(reportDispatches, eq(reportDispatches.versionId, reportVersions.id))
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .where(and(eq(reportVersions.audience, 'public'), inArray(inspections.providerId, providerIds), isNull(inspections.fosterFamilyId)))
    .groupBy(inspections.providerId);
  for (const r of rows) {
    if (r.providerId && r.sentAt) out.set(r.providerId, new Date(r.sentAt));
  }
  return out;
}

// ---- published report versions ----------------------------------------------------------------

export type PublishedTheme = { id: string; title: string; assessment: string };

/** One published (sent) report version, as the portal shows it. */
export type PublishedAssessment = {
  version: number;
  /** The day the version was sent (published), YYYY-MM-DD. */
  publishedOn: string;
  publishedOnLabel: string;
  /** The report's own date, YYYY-MM-DD, when it has one. */
  reportDate: string | null;
  reportDateLabel: string | null;
  overallAssessment: string;
  /** The themes' written assessments, in model order. */
  themes: PublishedTheme[];
  /**
   * Seed 004: "Socialtilsynet anfører sin vurdering af det enkelte tilbuds økonomi i tilsynsrapporten
   * og i de temavurderinger, der offentliggøres på Tilbudsportalen": the economy's written
   * assessment; null when the version has none.
   */
  economy: string | null;
  /** Seed 004: a provider disproportionately expensive for its quality is said so publicly. */
  disproportionatelyExpensive: boolean;
};

/** An earlier published version in the history: date, version and overall assessment. */
export type PublishedHistoryEntry = Pick<PublishedAssessment, 'version' | 'publishedOn' | 'publishedOnLabel' | 'reportDate' | 'reportDateLabel' | 'overallAssessment'>;

export const historyEntry = (p: PublishedAssessment): PublishedHistoryEntry => ({
  version: p.version,
  publishedOn: p.publishedOn,
  publishedOnLabel: p.publishedOnLabel,
  reportDate: p.reportDate,
  reportDateLabel: p.reportDateLabel,
  overallAssessment: p.overallAssessment,
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the publishable parts of a stored public_summary (PublicReport), field by field: only the
 * texts that may be published are picked out, each through the personal-data guard. A summary
 * whose audience or entity kind is not the expected one is not shown at all.
 */
function readSummary(
  summary: unknown,
  expected: { audience: 'public' | 'municipality'; kind: 'provider' | 'fosterFamily' },
  version: number,
  sentAt: Date,
): PublishedAssessment | null {
  if (!isRecord(summary)) return null;
  if (summary.audience !== expected.audience) return null;
  if (!isRecord(summary.entity) || summary.entity.kind !== expected.kind) return null;
  const themes: PublishedTheme[] = [];
  if (Array.isArray(summary.themes)) {
    for (const t of summary.themes) {
      if (!isRecord(t)) continue;
      const assessment = guardText(t.assessment);
      if (assessment.trim() === '') continue;
      themes.push({ id: guardText(t.id), title: guardText(t.title), assessment });
    }
  }
  // The economy is published with the theme assessments (seed 004), through the same guard.
  const economy = isRecord(summary.economy) ? summary.economy : null;
  const economyText = economy ? guardText(economy.assessment) : '';
  const reportDate = typeof summary.reportDate === 'string' && ISO_DAY.test(summary.reportDate) ? summary.reportDate : null;
  const publishedOn = danishDay(sentAt);
  return {
    version,
    publishedOn,
    publishedOnLabel: formatDanishDate(publishedOn),
    reportDate,
    reportDateLabel: reportDate ? formatDanishDate(reportDate) : null,
    overallAssessment: guardText(summary.overallAssessment),
    themes,
    economy: economyText.trim() === '' ? null : economyText,
    disproportionatelyExpensive: economy?.disproportionatelyExpensive === true,
  };
}

/** Newest first: by sending time, then by version number. */
const newestFirst = [desc(reportDispatches.sentAt), desc(reportVersions.number), desc(reportVersions.id)];

/** Per provider: its sent versions with audience 'public', newest first. */
export async function loadProviderPublications(ctx: ServiceContext, providerIds: string[]): Promise<Map<string, PublishedAssessment[]>> {
  const out = new Map<string, PublishedAssessment[]>();
  if (providerIds.length === 0) return out;
  const rows = await ctx.db
    .select({
      providerId: inspections.providerId,
      number: reportVersions.number,
      publicSummary: reportVersions.publicSummary,
      sentAt: reportDispatches.sentAt,
    })
    .from(reportVersions)
    .innerJoin(reportDispatches, eq(reportDispatches.versionId, reportVersions.id))
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .where(and(eq(reportVersions.audience, 'public'), inArray(inspections.providerId, providerIds), isNull(inspections.fosterFamilyId)))
    .orderBy(...newestFirst);
  for (const r of rows) {
    if (!r.providerId) continue;
    const published = readSummary(r.publicSummary, { audience: 'public', kind: 'provider' }, r.number, new Date(r.sentAt));
    if (!published) continue;
    const list = out.get(r.providerId) ?? [];
    list.push(published);
    out.set(r.providerId, list);
  }
  return out;
}

// ---- foster families (municipalities only) -------------------------------------------------------

export type ConclusionFamily = { id: string; name: string; municipality: string; typology: string; typologyLabel: string };

/** Foster families with their sent versions (audience 'municipality'), newest first. */
export async function loadFosterFamilyPublications(
  ctx: ServiceContext,
  municipality: string | null,
): Promise<{ family: ConclusionFamily; published: PublishedAssessment[] }[]> {
  const conditions: SQL[] = [eq(reportVersions.audience, 'municipality'), isNull(inspections.providerId)];
  if (municipality) conditions.push(ilike(fosterFamilies.municipality, escapeLike(municipality)));
  const rows = await ctx.db
    .select({
      id: fosterFamilies.id,
      name: fosterFamilies.name,
      municipality: fosterFamilies.municipality,
      typology: fosterFamilies.typology,
      number: reportVersions.number,
      publicSummary: reportVersions.publicSummary,
      sentAt: reportDispatches.sentAt,
    })
    .from(reportVersions)
    .innerJoin(reportDispatches, eq(reportDispatches.versionId, reportVersions.id))
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .innerJoin(inspections, eq(inspections.id, reports.inspectionId))
    .innerJoin(fosterFamilies, eq(fosterFamilies.id, inspections.fosterFamilyId))
    .where(and(...conditions))
    .orderBy(...newestFirst);
  const byFamily = new Map<string, { family: ConclusionFamily; published: PublishedAssessment[] }>();
  for (const r of rows) {
    const published = readSummary(r.publicSummary, { audience: 'municipality', kind: 'fosterFamily' }, r.number, new Date(r.sentAt));
    if (!published) continue;
    let entry = byFamily.get(r.id);
    if (!entry) {
      entry = {
        family: {
          id: r.id,
          name: guardText(r.name),
          municipality: guardText(r.municipality),
          typology: guardText(r.typology),
          typologyLabel: guardText(TYPOLOGY_LABEL[r.typology] ?? r.typology),
        },
        published: [],
      };
      byFamily.set(r.id, entry);
    }
    entry.published.push(published);
  }
  return [...byFamily.values()].sort((a, b) => compareDanish(a.family.name, b.family.name) || (a.family.id < b.family.id ? -1 : 1));
}
