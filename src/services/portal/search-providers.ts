// The public search of providers (Tilbudsportalen): no login, no actor. Filters by name
// (part of it), municipality, legal basis and target group; returns only the public fields:
// name, municipality, legal bases, target groups, approval status, enhanced supervision in
// force, and the date of the latest published report.
import type { ServiceContext } from '../context.ts';
import { loadMunicipalities, loadProviders, parseFilters, type PortalFilters, type PublicProvider } from './portal-data.ts';

export type SearchProvidersOptions = PortalFilters;
export type { PortalFilters, PublicProvider };

export async function searchProviders(ctx: ServiceContext, options: SearchProvidersOptions = {}): Promise<PublicProvider[]> {
  const filters = parseFilters(options);
  return loadProviders(ctx, { filters });
}

/** The municipalities that have providers, for the search form's choice list. */
export async function listPortalMunicipalities(ctx: ServiceContext): Promise<string[]> {
  return loadMunicipalities(ctx);
}
