// The register's lists: providers and foster families with a name search and filters, paged on the server.
import { LEGAL_BASIS_LABEL } from '../../../core/labels.ts';
import type { Provider } from '../../../services/register/get-provider.ts';
import type { FosterFamily } from '../../../services/register/get-foster-family.ts';
import { Layout } from '../layout.tsx';
import { Table } from '../components/table.tsx';
import { Pagination, pageHref, pageRange } from '../components/pagination.tsx';
import type { Paged } from '../../../services/list-paging.ts';
import { SelectField } from '../forms.tsx';
import { LEGAL_BASES, TYPOLOGIES } from '../../../core/model/catalog-parts.ts';
import { SearchForm, TYPOLOGY_LABEL, childrenInCareText, danishDate, labelOf } from './register-pages.tsx';

/** `kind`: the legal basis (providers) or typology (foster families) chosen, or ''. */
type ListProps<T> = { list: Paged<T>; search: string; municipality: string; kind: string; mayCreate: boolean };

/** The list's address with its search and filter, on a page (shareable; the page links keep them). */
const listHref = (path: string, filters: Record<string, string>) => (page: number) => pageHref(path, filters, page);

export function ProviderListPage({ list, search, municipality, kind, mayCreate }: ListProps<Provider>) {
  const rows = list.items;
  return (
    <Layout title="Tilbud">
      <h1>Tilbud</h1>
      {mayCreate && <p><a class="button button-primary" href="/providers/new">Opret tilbud</a></p>}
      <SearchForm action="/providers" value={search} municipality={municipality} label="Søg efter tilbud (navn)">
        <SelectField name="lovgrundlag" label="Lovgrundlag" value={kind} placeholder="Alle" options={LEGAL_BASES.map((b) => [b, labelOf(LEGAL_BASIS_LABEL, b)])} />
      </SearchForm>
      {list.total === 0 ? (
        <p>{search || municipality || kind ? 'Ingen tilbud matcher søgningen.' : 'Der er ingen tilbud at vise.'}</p>
      ) : (
        <Table
          caption={search ? `Tilbud, der matcher "${search}": ${pageRange(list)}` : `Tilbud ${pageRange(list)}`}
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
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="tilbud" href={listHref('/providers', { q: search, kommune: municipality, lovgrundlag: kind })} />
    </Layout>
  );
}

export function FosterFamilyListPage({ list, search, municipality, kind, mayCreate }: ListProps<FosterFamily>) {
  const rows = list.items;
  return (
    <Layout title="Plejefamilier">
      <h1>Plejefamilier</h1>
      {mayCreate && <p><a class="button button-primary" href="/foster-families/new">Opret plejefamilie</a></p>}
      <SearchForm action="/foster-families" value={search} municipality={municipality} label="Søg efter plejefamilie (navn)">
        <SelectField name="typologi" label="Typologi" value={kind} placeholder="Alle" options={TYPOLOGIES.map((t) => [t, labelOf(TYPOLOGY_LABEL, t)])} />
      </SearchForm>
      {list.total === 0 ? (
        <p>{search || municipality || kind ? 'Ingen plejefamilier matcher søgningen.' : 'Der er ingen plejefamilier at vise.'}</p>
      ) : (
        <Table
          caption={search ? `Plejefamilier, der matcher "${search}": ${pageRange(list)}` : `Plejefamilier ${pageRange(list)}`}
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
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="plejefamilier" href={listHref('/foster-families', { q: search, kommune: municipality, typologi: kind })} />
    </Layout>
  );
}
