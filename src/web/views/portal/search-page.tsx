// The portal's search: the filters, the results as a table, and the open-data links for them.
import { LEGAL_BASES } from '../../../core/model/catalog-parts.ts';
import { LEGAL_BASIS_LABEL } from '../../../core/labels.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import type { PublicProvider } from '../../../services/portal/search-providers.ts';
import type { Paged } from '../../../services/list-paging.ts';
import { Pagination, pageHref } from '../components/pagination.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Table } from '../components/table.tsx';
import { SelectField, TextField } from '../forms.tsx';
import { PortalLayout } from './portal-layout.tsx';
import { PAGE_FIELD, type FilterValues } from './portal-query.ts';

const LEGAL_BASIS_OPTIONS: [string, string][] = LEGAL_BASES.map((b) => [b, LEGAL_BASIS_LABEL[b] ?? b]);

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

function ResultsTable({ rows, total }: { rows: PublicProvider[]; total: number }) {
  return (
    <Table
      caption={total === 1 ? 'Søgeresultat: 1 tilbud' : `Søgeresultat: ${total} tilbud`}
      compact={false}
      rowHeaders
      head={['Tilbud', 'Kommune', 'Lovgrundlag', 'Målgrupper', 'Godkendelse', 'Skærpet tilsyn', 'Seneste offentliggjorte rapport']}
      rows={rows.map((p) => [
        <a href={`/portal/providers/${p.id}`}>{p.name}</a>,
        p.municipality,
        p.legalBasisLabels.join(', '),
        p.targetGroups.join(', '),
        p.approvalStatusLabel,
        p.enhancedSupervision ? `Skærpet tilsyn indtil ${p.enhancedSupervision.endsOnLabel}` : 'Nej',
        p.latestPublishedOnLabel ?? 'Ingen endnu',
      ])}
    />
  );
}

export type SearchPageProps = { values: FilterValues; municipalities: string[]; issues: FieldIssue[]; result: Paged<PublicProvider>; query: string };

export function SearchPage({ values, municipalities, issues, result, query }: SearchPageProps) {
  return (
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
          {result.total === 0 ? (
            <p>Ingen tilbud matcher søgningen.</p>
          ) : (
            <>
              <ResultsTable rows={result.items} total={result.total} />
              <Pagination page={result.page} pageCount={result.pageCount} total={result.total} noun="tilbud" href={(n) => pageHref('/portal', values, n, PAGE_FIELD)} />
            </>
          )}
          <p>
            Hent {query ? 'søgeresultatet' : 'alle tilbud'} som åbne data:{' '}
            <a href={`/portal/open-data.csv${query}`}>CSV-fil</a> eller <a href={`/portal/open-data.json${query}`}>JSON-fil</a>.{' '}
            <a href="/portal/open-data">Om de åbne data</a>.
          </p>
        </>
      )}
    </PortalLayout>
  );
}
