// The register's lists: providers and foster families with a name search.
import { LEGAL_BASIS_LABEL } from '../../../core/labels.ts';
import type { Provider } from '../../../services/register/get-provider.ts';
import type { FosterFamily } from '../../../services/register/get-foster-family.ts';
import { Layout } from '../layout.tsx';
import { Table } from '../components/table.tsx';
import { SearchForm, TYPOLOGY_LABEL, childrenInCareText, danishDate, labelOf } from './register-pages.tsx';

type ListProps<T> = { rows: T[]; search: string; mayCreate: boolean };

export function ProviderListPage({ rows, search, mayCreate }: ListProps<Provider>) {
  return (
    <Layout title="Tilbud">
      <h1>Tilbud</h1>
      {mayCreate && <p><a class="button button-primary" href="/providers/new">Opret tilbud</a></p>}
      <SearchForm action="/providers" value={search} label="Søg efter tilbud (navn)" />
      {rows.length === 0 ? (
        <p>{search ? 'Ingen tilbud matcher søgningen.' : 'Der er ingen tilbud at vise.'}</p>
      ) : (
        <Table
          caption={search ? `Tilbud, der matcher "${search}" (${rows.length})` : `Tilbud (${rows.length})`}
          compact={false}
          rowHeaders
          head={['Navn', 'Kommune', 'Lovgrundlag', 'Pladser']}
          rows={rows.map((p) => [
            <a href={`/providers/${p.id}`}>{p.name}</a>,
            p.municipality,
            p.legalBases.map((b) => labelOf(LEGAL_BASIS_LABEL, b)).join(', '),
            p.places,
          ])}
        />
      )}
    </Layout>
  );
}

export function FosterFamilyListPage({ rows, search, mayCreate }: ListProps<FosterFamily>) {
  return (
    <Layout title="Plejefamilier">
      <h1>Plejefamilier</h1>
      {mayCreate && <p><a class="button button-primary" href="/foster-families/new">Opret plejefamilie</a></p>}
      <SearchForm action="/foster-families" value={search} label="Søg efter plejefamilie (navn)" />
      {rows.length === 0 ? (
        <p>{search ? 'Ingen plejefamilier matcher søgningen.' : 'Der er ingen plejefamilier at vise.'}</p>
      ) : (
        <Table
          caption={search ? `Plejefamilier, der matcher "${search}" (${rows.length})` : `Plejefamilier (${rows.length})`}
          compact={false}
          rowHeaders
          head={['Navn', 'Kommune', 'Typologi', 'Børn i pleje', 'Godkendt']}
          rows={rows.map((f) => [
            <a href={`/foster-families/${f.id}`}>{f.name}</a>,
            f.municipality,
            labelOf(TYPOLOGY_LABEL, f.typology),
            childrenInCareText(f.childrenInCare),
            f.approvedOn ? danishDate(f.approvedOn) : 'Ikke godkendt',
          ])}
        />
      )}
    </Layout>
  );
}
