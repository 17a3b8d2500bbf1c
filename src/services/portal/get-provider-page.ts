// One provider's public page: its public fields, the latest published report version (sent,
// audience 'public': the overall assessment and the theme assessments from its public_summary)
// and the history of the earlier published versions. No login, no actor.
import type { ServiceContext } from '../context.ts';
import { notFound } from '../service-error.ts';
import { historyEntry, loadProviderPublications, loadProviders, type PublishedAssessment, type PublishedHistoryEntry, type PublicProvider } from './portal-data.ts';
import { isUuid } from '../service-options.ts';

export type GetProviderPageOptions = { id: string };
export type ProviderPage = {
  provider: PublicProvider;
  /** The latest published version, or null when none has been published. */
  latest: PublishedAssessment | null;
  /** The earlier published versions, newest first. */
  history: PublishedHistoryEntry[];
};
export type { PublishedAssessment, PublishedHistoryEntry };


export async function getProviderPage(ctx: ServiceContext, options: GetProviderPageOptions): Promise<ProviderPage> {
  const id = options?.id;
  if (!isUuid(id)) throw notFound('Tilbuddet');
  const pages = await loadProviderPages(ctx, [id.toLowerCase()]);
  const page = pages[0];
  if (!page) throw notFound('Tilbuddet');
  return page;
}

/** The public pages of the given providers, in the order of the list. */
export async function loadProviderPages(ctx: ServiceContext, ids: string[], known?: PublicProvider[]): Promise<ProviderPage[]> {
  const [list, publications] = await Promise.all([known ? Promise.resolve(known) : loadProviders(ctx, { ids }), loadProviderPublications(ctx, ids)]);
  const byId = new Map(list.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const provider = byId.get(id);
    if (!provider) return [];
    const [latest, ...earlier] = publications.get(id) ?? [];
    return [{ provider, latest: latest ?? null, history: earlier.map(historyEntry) }];
  });
}
