// The public portal (Tilbudsportalen), no login: search providers, a provider's published
// assessments, open data as CSV and JSON. And the municipalities' page of foster-family
// conclusions (login, role municipality). Everything comes from src/services/portal, which
// reads only public columns and withholds texts with personal data.
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { LEGAL_BASES } from '../../core/model/catalog-parts.ts';
import { LEGAL_BASIS_LABEL } from '../../core/report/report-labels.ts';
import { ServiceError, type FieldIssue } from '../../services/service-error.ts';
import { listPortalMunicipalities, searchProviders, type PublicProvider } from '../../services/portal/search-providers.ts';
import { getProviderPage, type PublishedAssessment, type PublishedHistoryEntry } from '../../services/portal/get-provider-page.ts';
import { exportOpenData, OPEN_DATA_COLUMNS, openDataCsv } from '../../services/portal/export-open-data.ts';
import { listMunicipalityConclusions } from '../../services/portal/list-municipality-conclusions.ts';
import type { WebEnv } from '../env.ts';
import { requireActor } from '../require-actor.ts';
import { Layout } from '../views/layout.tsx';
import { ErrorSummary } from '../views/components/error-summary.tsx';
import { SelectField, TextField } from '../views/forms.tsx';
import { PortalLayout, PublishedText } from '../views/portal/portal-layout.tsx';
import { filterQuery, filterValues, filtersOf, issuesAsFields, type FilterValues } from '../views/portal/portal-query.ts';

export const portalRoutes = new Hono<WebEnv>();

const LEGAL_BASIS_OPTIONS: [string, string][] = LEGAL_BASES.map((b) => [b, LEGAL_BASIS_LABEL[b] ?? b]);

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ERROR_TITLES: Record<number, string> = { 400: 'Ugyldig søgning', 404: 'Ikke fundet' };

/** A portal page for an error the services report: in the portal's own frame, never with a login menu. */
function portalError(c: Context<WebEnv>, e: unknown) {
  if (!(e instanceof ServiceError) || (e.code !== 'not_found' && e.code !== 'invalid')) throw e;
  const status = e.code === 'not_found' ? 404 : 400;
  const title = ERROR_TITLES[status] ?? 'Fejl';
  return c.html(
    <PortalLayout title={title}>
      <h1>{title}</h1>
      <p>{e.message}</p>
      <p><a href="/portal">Gå til søgningen</a></p>
    </PortalLayout>,
    status,
  );
}

function invalidIssues(e: unknown): FieldIssue[] {
  if (e instanceof ServiceError && e.code === 'invalid') return issuesAsFields(e.fields);
  throw e;
}

// ---- search -------------------------------------------------------------------------------

function SearchForm({ values, municipalities, issues }: { values: FilterValues; municipalities: string[]; issues: FieldIssue[] }) {
  const municipalityOptions = [...municipalities];
  if (values.kommune && !municipalityOptions.includes(values.kommune)) municipalityOptions.unshift(values.kommune);
  return (
    <form method="get" action="/portal" role="search" aria-label="Søg tilbud" class="mb-6" novalidate>
      <TextField name="navn" label="Tilbuddets navn" type="search" value={values.navn} issues={issues} hint="Hele eller en del af navnet." />
      <SelectField name="kommune" label="Kommune" value={values.kommune} issues={issues} placeholder="Alle kommuner"
        options={municipalityOptions.map((m): [string, string] => [m, m])} />
      <SelectField name="lovgrundlag" label="Lovgrundlag" value={values.lovgrundlag} issues={issues} placeholder="Alle lovgrundlag"
        options={LEGAL_BASIS_OPTIONS} />
      <TextField name="målgruppe" label="Målgruppe" type="search" value={values.målgruppe} issues={issues} hint="Fx udviklingshæmning eller misbrug." />
      <button type="submit" class="button button-primary">Søg</button>
    </form>
  );
}

function ResultsTable({ rows }: { rows: PublicProvider[] }) {
  return (
    <div class="table--responsive-scroll">
      <table class="table">
        <caption>{rows.length === 1 ? 'Søgeresultat: 1 tilbud' : `Søgeresultat: ${rows.length} tilbud`}</caption>
        <thead>
          <tr>
            <th scope="col">Tilbud</th>
            <th scope="col">Kommune</th>
            <th scope="col">Lovgrundlag</th>
            <th scope="col">Målgrupper</th>
            <th scope="col">Godkendelse</th>
            <th scope="col">Skærpet tilsyn</th>
            <th scope="col">Seneste offentliggjorte rapport</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr>
              <th scope="row"><a href={`/portal/providers/${p.id}`}>{p.name}</a></th>
              <td>{p.municipality}</td>
              <td>{p.legalBasisLabels.join(', ')}</td>
              <td>{p.targetGroups.join(', ')}</td>
              <td>{p.approvalStatusLabel}</td>
              <td>{p.enhancedSupervision ? `Skærpet tilsyn indtil ${p.enhancedSupervision.endsOnLabel}` : 'Nej'}</td>
              <td>{p.latestPublishedOnLabel ?? 'Ingen endnu'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

portalRoutes.get('/portal', async (c) => {
  const services = c.get('services');
  const values = filterValues(c);
  const municipalities = await listPortalMunicipalities(services);
  let rows: PublicProvider[] = [];
  let issues: FieldIssue[] = [];
  try {
    rows = await searchProviders(services, filtersOf(values));
  } catch (e) {
    issues = invalidIssues(e);
  }
  const query = filterQuery(values);
  return c.html(
    <PortalLayout title="Søg tilbud">
      <h1>Find tilbud og socialtilsynets vurderinger</h1>
      <p>
        Her kan du søge i de sociale tilbud, som socialtilsynene fører tilsyn med, og læse socialtilsynets
        offentliggjorte vurderinger: den samlede vurdering og vurderingen af hvert tema fra den seneste tilsynsrapport.
      </p>
      <ErrorSummary issues={issues} />
      <SearchForm values={values} municipalities={municipalities} issues={issues} />
      {issues.length === 0 && (
        <>
          <h2>Resultater</h2>
          {rows.length === 0 ? <p>Ingen tilbud matcher søgningen.</p> : <ResultsTable rows={rows} />}
          <p>
            Hent {query ? 'søgeresultatet' : 'alle tilbud'} som åbne data:{' '}
            <a href={`/portal/open-data.csv${query}`}>CSV-fil</a> eller <a href={`/portal/open-data.json${query}`}>JSON-fil</a>.{' '}
            <a href="/portal/open-data">Om de åbne data</a>.
          </p>
        </>
      )}
    </PortalLayout>,
    issues.length > 0 ? 400 : 200,
  );
});

// ---- a provider -----------------------------------------------------------------------------

function Detail({ term, children }: { term: string; children?: Child }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function LatestReport({ latest }: { latest: PublishedAssessment }) {
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading">Seneste tilsynsrapport</h2>
      <p>
        Offentliggjort {latest.publishedOnLabel}, version {latest.version}
        {latest.reportDateLabel ? `, rapportens dato ${latest.reportDateLabel}` : ''}.
      </p>
      <h3>Samlet vurdering</h3>
      <PublishedText text={latest.overallAssessment} />
      {latest.disproportionatelyExpensive && (
        <p><strong>Socialtilsynet vurderer, at tilbuddet er uforholdsmæssigt dyrt i forhold til kvaliteten af indsatsen.</strong></p>
      )}
      {latest.themes.length > 0 && (
        <>
          <h3>Vurdering af temaerne</h3>
          {latest.themes.map((t) => (
            <section aria-labelledby={`theme-${t.id}`}>
              <h4 id={`theme-${t.id}`}>{t.title}</h4>
              <PublishedText text={t.assessment} />
            </section>
          ))}
        </>
      )}
    </section>
  );
}

export function HistoryTable({ history, caption }: { history: PublishedHistoryEntry[]; caption: string }) {
  return (
    <div class="table--responsive-scroll">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Offentliggjort</th>
            <th scope="col">Version</th>
            <th scope="col">Samlet vurdering</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr>
              <th scope="row">{h.publishedOnLabel}</th>
              <td>{h.version}</td>
              <td><PublishedText text={h.overallAssessment} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

portalRoutes.get('/portal/providers/:id', async (c) => {
  let page;
  try {
    page = await getProviderPage(c.get('services'), { id: c.req.param('id') });
  } catch (e) {
    return portalError(c, e);
  }
  const { provider: p, latest, history } = page;
  return c.html(
    <PortalLayout title={p.name} breadcrumbs={[['Søg tilbud', '/portal']]}>
      <h1>{p.name}</h1>
      {p.enhancedSupervision && (
        <div class="alert alert-warning" role="note" aria-label="Skærpet tilsyn">
          <div class="alert-body">
            <p class="alert-text"><strong>Skærpet tilsyn indtil {p.enhancedSupervision.endsOnLabel}</strong></p>
          </div>
        </div>
      )}
      <dl class="assessment-facts">
        <Detail term="Kommune">{p.municipality}</Detail>
        <Detail term="Lovgrundlag">{p.legalBasisLabels.join(', ')}</Detail>
        <Detail term="Målgrupper">{p.targetGroups.length ? p.targetGroups.join(', ') : 'Ikke oplyst'}</Detail>
        <Detail term="Godkendelse">{p.approvalStatusLabel}</Detail>
        <Detail term="Skærpet tilsyn">{p.enhancedSupervision ? `Ja, indtil ${p.enhancedSupervision.endsOnLabel}` : 'Nej'}</Detail>
      </dl>
      {latest ? (
        <LatestReport latest={latest} />
      ) : (
        <>
          <h2>Seneste tilsynsrapport</h2>
          <p>Socialtilsynet har endnu ikke offentliggjort en tilsynsrapport for tilbuddet.</p>
        </>
      )}
      <h2>Tidligere offentliggjorte vurderinger</h2>
      {history.length === 0 ? (
        <p>Der er ingen tidligere offentliggjorte vurderinger.</p>
      ) : (
        <HistoryTable history={history} caption="Tidligere offentliggjorte samlede vurderinger, nyeste først" />
      )}
    </PortalLayout>,
  );
});

// ---- open data -------------------------------------------------------------------------------

portalRoutes.get('/portal/open-data', (c) => {
  const query = filterQuery(filterValues(c));
  return c.html(
    <PortalLayout title="Åbne data" breadcrumbs={[['Søg tilbud', '/portal']]}>
      <h1>Åbne data</h1>
      <p>
        Alt, hvad portalen viser om tilbuddene, kan hentes som åbne data: tilbuddenes offentlige oplysninger og
        socialtilsynets offentliggjorte vurderinger. Filerne indeholder præcis det samme som siderne – hverken mere eller mindre.
      </p>
      <h2>Hent data</h2>
      <ul>
        <li><a href={`/portal/open-data.csv${query}`}>CSV-fil</a> – kommasepareret (RFC 4180) i UTF-8 med byte order mark, så den kan åbnes i Excel.</li>
        <li><a href={`/portal/open-data.json${query}`}>JSON-fil</a> – de samme rækker som CSV-filen.</li>
      </ul>
      <p>
        Filerne kan afgrænses med de samme felter som søgningen, sat på adressen: <code>navn</code>, <code>kommune</code>,{' '}
        <code>lovgrundlag</code> og <code>målgruppe</code>, fx <code>/portal/open-data.csv?kommune=Aalborg</code>.
        Lovgrundlag angives med koden fra søgeformularen, fx <code>sel-107</code>.
      </p>
      <h2>Rækker og kolonner</h2>
      <p>
        Der er én række pr. afsnit af den seneste offentliggjorte rapport (den samlede vurdering og hvert tema),
        én række pr. tidligere offentliggjort rapport med dens samlede vurdering, og én række uden rapportfelter for et tilbud,
        der endnu ikke har en offentliggjort rapport. Tilbuddets oplysninger gentages i hver række.
      </p>
      <div class="table--responsive-scroll">
        <table class="table">
          <caption>Kolonnerne i CSV-filen</caption>
          <thead>
            <tr>
              <th scope="col">Kolonne</th>
              <th scope="col">Indhold</th>
            </tr>
          </thead>
          <tbody>
            {OPEN_DATA_COLUMNS.map((col) => (
              <tr>
                <th scope="row"><code>{col.header}</code></th>
                <td>{col.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        En tekst, der ser ud til at indeholde personoplysninger (fx et CPR-nummer), vises hverken på siderne eller i filerne,
        men erstattes af teksten »[Teksten er tilbageholdt]«. I CSV-filen får en celle, der begynder med =, +, - eller @,
        en apostrof foran, så et regneark ikke læser den som en formel.
      </p>
      <h2>API</h2>
      <p>
        De samme oplysninger findes i et JSON-API uden login: <code>/api/portal/providers</code> (søgning),{' '}
        <code>/api/portal/providers/&lt;id&gt;</code> (et tilbud) og <code>/api/portal/open-data.json</code>.
        Beskrivelsen står i <a href="/api/openapi.json">OpenAPI-dokumentet</a>.
      </p>
    </PortalLayout>,
  );
});

async function openDataOrError(c: Context<WebEnv>) {
  try {
    return { rows: await exportOpenData(c.get('services'), filtersOf(filterValues(c))), issues: null };
  } catch (e) {
    return { rows: [], issues: invalidIssues(e) };
  }
}

portalRoutes.get('/portal/open-data.csv', async (c) => {
  const { rows, issues } = await openDataOrError(c);
  if (issues) return c.text(`Søgningen er ikke gyldig: ${issues.map((i) => i.message).join(' ')}`, 400);
  return c.body(openDataCsv(rows), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': 'attachment; filename="tilbudsportalen-aabne-data.csv"',
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
  return c.html(
    <Layout title="Plejefamiliers konklusioner">
      <h1>Plejefamiliers konklusioner</h1>
      <p>
        Socialtilsynets offentliggjorte konklusioner for plejefamilier: den samlede vurdering og vurderingen af temaerne fra
        den seneste sendte tilsynsrapport. Oplysningerne er kun for kommunerne og vises ikke på den offentlige portal.
      </p>
      {list.length === 0 ? (
        <p>Der er endnu ingen offentliggjorte konklusioner for plejefamilier.</p>
      ) : (
        <>
          <div class="table--responsive-scroll">
            <table class="table">
              <caption>{`Plejefamilier med offentliggjorte konklusioner (${list.length})`}</caption>
              <thead>
                <tr>
                  <th scope="col">Plejefamilie</th>
                  <th scope="col">Kommune</th>
                  <th scope="col">Typologi</th>
                  <th scope="col">Seneste rapport offentliggjort</th>
                </tr>
              </thead>
              <tbody>
                {list.map((f) => (
                  <tr>
                    <th scope="row"><a href={`#family-${f.fosterFamily.id}`}>{f.fosterFamily.name}</a></th>
                    <td>{f.fosterFamily.municipality}</td>
                    <td>{capitalised(f.fosterFamily.typologyLabel)}</td>
                    <td>{f.latest.publishedOnLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.map((f) => (
            <section aria-labelledby={`family-${f.fosterFamily.id}`}>
              <h2 id={`family-${f.fosterFamily.id}`} tabindex={-1}>{f.fosterFamily.name}</h2>
              <p>
                {f.fosterFamily.municipality}, {f.fosterFamily.typologyLabel}. Offentliggjort {f.latest.publishedOnLabel}, version {f.latest.version}
                {f.latest.reportDateLabel ? `, rapportens dato ${f.latest.reportDateLabel}` : ''}.
              </p>
              <h3>Samlet vurdering</h3>
              <PublishedText text={f.latest.overallAssessment} />
              {f.latest.themes.map((t) => (
                <>
                  <h4>{t.title}</h4>
                  <PublishedText text={t.assessment} />
                </>
              ))}
              {f.history.length > 0 && <HistoryTable history={f.history} caption={`Tidligere konklusioner for ${f.fosterFamily.name}`} />}
            </section>
          ))}
        </>
      )}
    </Layout>,
  );
});
