// The public portal (Tilbudsportalen), no login: search providers, a provider's published
// assessments, open data as CSV and JSON. And the municipalities' page of foster-family
// conclusions (login, role municipality). Everything comes from src/services/portal, which
// reads only public columns and withholds texts with personal data; the pages are in views/portal.
import { Hono, type Context } from 'hono';
import { ServiceError, type FieldIssue } from '../../services/service-error.ts';
import { listPortalMunicipalities, searchProviders, type PublicProvider } from '../../services/portal/search-providers.ts';
import { paged, type Paged } from '../../services/list-paging.ts';
import { getProviderPage } from '../../services/portal/get-provider-page.ts';
import { exportOpenData, openDataCsvChunks } from '../../services/portal/export-open-data.ts';
import { cachedOpenDataFile, openDataVersion } from '../../services/portal/open-data-cache.ts';
import { acceptsGzip, etagMatches } from '../content-negotiation.ts';
import { stream } from 'hono/streaming';
import { listMunicipalityConclusions } from '../../services/portal/list-municipality-conclusions.ts';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { PortalErrorPage } from '../views/portal/portal-error-page.tsx';
import { filterQuery, filterValues, filtersOf, issuesAsFields, PAGE_FIELD } from '../views/portal/portal-query.ts';
import { SearchPage } from '../views/portal/search-page.tsx';
import { ProviderPage } from '../views/portal/provider-page.tsx';
import { OpenDataPage } from '../views/portal/open-data-page.tsx';
import { MunicipalityConclusionsPage } from '../views/portal/municipality-page.tsx';

export const portalRoutes = new Hono<WebEnv>();

const ERROR_TITLES: Record<number, string> = { 400: 'Ugyldig søgning', 404: 'Ikke fundet' };

/** The portal's page for an error the services report. */
function portalError(c: Context<WebEnv>, e: unknown) {
  if (!(e instanceof ServiceError) || (e.code !== 'not_found' && e.code !== 'invalid')) throw e;
  const status = e.code === 'not_found' ? 404 : 400;
  const title = ERROR_TITLES[status] ?? 'Fejl';
  return c.html(<PortalErrorPage title={title} message={e.message} />, status);
}

function invalidIssues(e: unknown): FieldIssue[] {
  if (e instanceof ServiceError && e.code === 'invalid') return issuesAsFields(e.fields);
  throw e;
}

// ---- search -------------------------------------------------------------------------------

portalRoutes.get('/portal', async (c) => {
  const services = c.get('services');
  const values = filterValues(c);
  const municipalities = await listPortalMunicipalities(services);
  let result: Paged<PublicProvider> = paged([], 0, 1);
  let issues: FieldIssue[] = [];
  try {
    result = await searchProviders(services, { ...filtersOf(values), page: c.req.query(PAGE_FIELD) });
  } catch (e) {
    issues = invalidIssues(e);
  }
  const page = <SearchPage values={values} municipalities={municipalities} issues={issues} result={result} query={filterQuery(values)} />;
  return c.html(page, issues.length > 0 ? 400 : 200);
});

// ---- a provider -----------------------------------------------------------------------------

portalRoutes.get('/portal/providers/:id', async (c) => {
  let page;
  try {
    page = await getProviderPage(c.get('services'), { id: c.req.param('id') });
  } catch (e) {
    return portalError(c, e);
  }
  return c.html(<ProviderPage page={page} />);
});

// ---- open data -------------------------------------------------------------------------------

portalRoutes.get('/portal/open-data', (c) => c.html(<OpenDataPage query={filterQuery(filterValues(c))} />));

async function openDataOrError(c: Context<WebEnv>) {
  try {
    return { rows: await exportOpenData(c.get('services'), filtersOf(filterValues(c))), issues: null };
  } catch (e) {
    return { rows: [], issues: invalidIssues(e) };
  }
}

const CSV_HEADERS = { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="tilbudsportalen-aabne-data.csv"' };

// The whole export is cached, gzip-compressed for clients that accept it, and revalidated (ETag,
// Last-Modified); a filtered one is streamed from the database batch by batch, never built whole
// in memory.
portalRoutes.get('/portal/open-data.csv', async (c) => {
  const services = c.get('services');
  const values = filterValues(c);
  if (Object.values(values).every((v) => v === '')) {
    const version = await openDataVersion(services);
    // Each representation has its own strong ETag; either one means the client has this version.
    const gzipEtag = version.etag.replace(/"$/, '-gz"');
    const gzip = acceptsGzip(c.req.header('accept-encoding'));
    const validators = { etag: gzip ? gzipEtag : version.etag, 'last-modified': version.lastModified.toUTCString(), 'cache-control': 'public, max-age=0, must-revalidate', vary: 'Accept-Encoding' };
    if (etagMatches(c.req.header('if-none-match'), [version.etag, gzipEtag])) return c.body(null, 304, validators);
    const file = await cachedOpenDataFile(services, version);
    return gzip ? c.body(file.gzip, 200, { ...CSV_HEADERS, ...validators, 'content-encoding': 'gzip' }) : c.body(file.plain, 200, { ...CSV_HEADERS, ...validators });
  }
  let chunks: AsyncGenerator<string>;
  try {
    chunks = await openDataCsvChunks(services, filtersOf(values));
  } catch (e) {
    const issues = invalidIssues(e);
    return c.text(`Søgningen er ikke gyldig: ${issues.map((i) => i.message).join(' ')}`, 400);
  }
  for (const [name, value] of Object.entries(CSV_HEADERS)) c.header(name, value);
  return stream(c, async (out) => {
    for await (const chunk of chunks) await out.write(chunk);
  });
});

portalRoutes.get('/portal/open-data.json', async (c) => {
  const { rows, issues } = await openDataOrError(c);
  if (issues) return c.json({ error: { code: 'invalid', message: 'Søgningen er ikke gyldig.', fields: issues } }, 400);
  return c.json({ rows });
});

// ---- municipalities: foster-family conclusions ----------------------------------------------------

portalRoutes.get('/municipality/foster-families', async (c) => {
  const actor = requireActor(c);
  const list = await listMunicipalityConclusions(c.get('services'), actor);
  return c.html(<MunicipalityConclusionsPage list={list} />);
});
