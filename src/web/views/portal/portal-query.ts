// The portal's filters as GET fields (the search form, the open-data links and the public
// API share the names): navn, kommune, lovgrundlag, målgruppe.
import type { Context } from 'hono';
import type { PortalFilters } from '../../../services/portal/portal-data.ts';
import type { FieldIssue } from '../../../services/service-error.ts';

export const FILTER_FIELDS = { name: 'navn', municipality: 'kommune', legalBasis: 'lovgrundlag', targetGroup: 'målgruppe' } as const;
/** The page of the search's results (50 a page). */
export const PAGE_FIELD = 'side';

export type FilterValues = { navn: string; kommune: string; lovgrundlag: string; målgruppe: string };

/** The filter fields of the query string, as typed (empty when absent). */
export function filterValues(c: Context): FilterValues {
  const q = (name: string) => c.req.query(name) ?? '';
  return { navn: q('navn'), kommune: q('kommune'), lovgrundlag: q('lovgrundlag'), målgruppe: q('målgruppe') };
}

export function filtersOf(v: FilterValues): PortalFilters {
  return { name: v.navn, municipality: v.kommune, legalBasis: v.lovgrundlag, targetGroup: v.målgruppe };
}

/** The service names its fields by option; the forms and the API by GET field. */
export function issuesAsFields(issues: FieldIssue[]): FieldIssue[] {
  const names: Record<string, string> = { ...FILTER_FIELDS, page: PAGE_FIELD };
  return issues.map((i) => ({ ...i, field: names[i.field] ?? i.field }));
}

/** "?navn=…&kommune=…" with only the filled-in fields; '' when none is. */
export function filterQuery(v: FilterValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(v)) if (value.trim() !== '') params.set(key, value.trim());
  const s = params.toString();
  return s ? `?${s}` : '';
}
