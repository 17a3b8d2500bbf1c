// The public search of providers (Tilbudsportalen): no login, no actor. Filters by name
// (part of it), municipality, legal basis and target group; returns only the public fields:
// name, municipality, legal bases, target groups, approval status, enhanced supervision in
// force, and the date of the latest published report. One page of 50 at a time, with the total.
import type { ServiceContext } from '../context.ts';
import { invalid } from '../service-error.ts';
import { PAGE_SIZE, paged, pageField, type Paged } from '../list-paging.ts';
import { loadMunicipalities, loadProviders, matchingProviderIds, parseFilters, type PortalFilters, type PublicProvider } from './portal-data.ts';

export type SearchProvidersOptions = PortalFilters & { page?: number | string };
export type { PortalFilters, PublicProvider };

export async function searchProviders(ctx: ServiceContext, options: SearchProvidersOptions = {}): Promise<Paged<PublicProvider>> {
  const { page: rawPage, ...rest } = options;
  const filters = parseFilters(rest);
  const page = pageField.safeParse(rawPage);
  if (!page.success) throw invalid([{ field: 'page', message: page.error.issues[0]?.message ?? 'Siden findes ikke.' }], 'Søgningen er ikke gyldig.');
  const { ids, total } = await matchingProviderIds(ctx, filters, { limit: PAGE_SIZE, offset: (page.data - 1) * PAGE_SIZE });
  const byId = new Map((await loadProviders(ctx, { ids })).map((p) => [p.id, p]));
  return paged(ids.flatMap((id) => byId.get(id) ?? []), total, page.data);
}

/** The municipalities that have providers, for the search form's choice list. */
export async function listPortalMunicipalities(ctx: ServiceContext): Promise<string[]> {
  return loadMunicipalities(ctx);
}
