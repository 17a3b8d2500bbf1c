// Foster families' published conclusions (sent versions with audience 'municipality'). They
// are never public: only municipal caseworkers (role municipality) and the national audit
// function (auditor) may read them; everybody else is refused (forbidden).
//
// The rule is decided here because the portal owns no action in permissions.ts; it belongs
// there as a 'portal.municipality_conclusions' action when that file is next opened.
import { portalAbilities } from '../policies/abilities.ts';
import type { Actor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { forbidden } from '../service-error.ts';
import { historyEntry, loadFosterFamilyPublications, parseFilters, type ConclusionFamily, type PublishedAssessment, type PublishedHistoryEntry } from './portal-data.ts';

export type ListMunicipalityConclusionsOptions = { municipality?: string | null };

export type FosterFamilyConclusion = {
  fosterFamily: ConclusionFamily;
  latest: PublishedAssessment;
  history: PublishedHistoryEntry[];
};

export function canReadMunicipalityConclusions(actor: Actor | null): boolean {
  return portalAbilities(actor).readMunicipalityConclusions;
}

export async function listMunicipalityConclusions(
  ctx: ServiceContext,
  actor: Actor | null,
  options: ListMunicipalityConclusionsOptions = {},
): Promise<FosterFamilyConclusion[]> {
  const { municipality } = parseFilters({ municipality: options?.municipality ?? null });
  if (!canReadMunicipalityConclusions(actor)) throw forbidden();
  const families = await loadFosterFamilyPublications(ctx, municipality);
  return families.flatMap(({ family, published }) => {
    const [latest, ...earlier] = published;
    return latest ? [{ fosterFamily: family, latest, history: earlier.map(historyEntry) }] : [];
  });
}
