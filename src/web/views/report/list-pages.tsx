// The lists: final reports the user may read (GET /reports, a provider user's place for their
// reports) and reports in factual hearing (GET /reports/hearing).
import { ENTITY_KIND_LABEL as ENTITY_LABEL } from '../../../core/labels.ts';
import { Fragment } from 'hono/jsx';
import type { FinalReportItem } from '../../../services/reports/list-final-reports.ts';
import type { HearingDraftItem } from '../../../services/reports/list-hearing-drafts.ts';
import { Layout } from '../layout.tsx';
import { DateText, DateTimeText } from './report-parts.tsx';
import { ScrollRegion } from '../components/table.tsx';
import type { Paged } from '../../../services/list-paging.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Pagination, pageHref, pageRange } from '../components/pagination.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SelectField, TextField } from '../forms.tsx';

export type FinalReportFilters = { year: string; latestOnly: string };

export function FinalReportsPage({ list, filters, issues, partyView }: { list: Paged<FinalReportItem>; filters: FinalReportFilters; issues: FieldIssue[]; partyView: boolean }) {
  const provider = partyView;
  const items = list.items;
  return (
    <Layout title="Tilsynsrapporter" breadcrumbs={[['Forside', '/']]}>
      <h1>Tilsynsrapporter</h1>
      <p>
        {provider
          ? 'Her finder I de tilsynsrapporter, socialtilsynet har sendt til jer. En rettet rapport får en ny version, som erstatter den forrige.'
          : 'Afsluttede tilsynsrapporter, nyeste først. En rettet rapport får en ny version, som erstatter den forrige; den gamle version ændres aldrig.'}
      </p>
      <p><a href="/reports/hearing">{provider ? 'Udkast til rapporter i faktuel høring' : 'Rapporter i faktuel høring'}</a></p>
      <ErrorSummary issues={issues} />
      <form method="get" action="/reports" class="list-filter">
        <TextField name="year" label="Afsluttet i år" type="number" value={filters.year} issues={issues} />
        <SelectField name="latestOnly" label="Versioner" value={filters.latestOnly} placeholder="Alle versioner" options={[['true', 'Kun nyeste version']]} issues={issues} />
        <button type="submit" class="button button-secondary">Vis</button>
      </form>
      {list.total === 0 ? (
        <p>Der er ingen afsluttede rapporter at vise.</p>
      ) : (
        <>
        <ScrollRegion label={`Afsluttede rapporter ${pageRange(list)}`}>
          <table class="table">
            <caption>Afsluttede rapporter {pageRange(list)}</caption>
            <thead>
              <tr>
                <th scope="col">Tilsyn</th>
                <th scope="col">Tilbud / plejefamilie</th>
                <th scope="col">Socialtilsyn</th>
                <th scope="col">Version</th>
                <th scope="col">Afsluttet</th>
                <th scope="col">Sendt</th>
                <th scope="col">PDF</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr>
                  <th scope="row"><a href={`/report-versions/${i.versionId}`}>{i.inspection.title}<span class="sr-only">, version {i.number}</span></a></th>
                  <td>{i.entity.name} <span class="form-hint">({ENTITY_LABEL[i.entity.kind]})</span></td>
                  <td>{i.inspection.authorityName}</td>
                  <td>
                    {i.number}
                    {i.supersededBy !== null && <Fragment> (erstattet af version {i.supersededBy})</Fragment>}
                  </td>
                  <td><DateTimeText at={i.finalisedAt} /></td>
                  <td>{i.sentAt ? <DateTimeText at={i.sentAt} /> : 'Ikke sendt'}</td>
                  <td><a href={`/report-versions/${i.versionId}.pdf`}>Hent PDF<span class="sr-only"> af {i.inspection.title}, version {i.number}</span></a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="rapportversioner" href={(n) => pageHref('/reports', filters, n)} />
        </>
      )}
    </Layout>
  );
}

export function HearingListPage({ list, partyView, issues }: { list: Paged<HearingDraftItem>; partyView: boolean; issues: FieldIssue[] }) {
  const provider = partyView;
  const items = list.items;
  return (
    <Layout title="Rapporter i faktuel høring" breadcrumbs={[['Forside', '/'], ['Tilsynsrapporter', '/reports']]}>
      <h1>Rapporter i faktuel høring</h1>
      <p>
        {provider
          ? 'Socialtilsynet sender udkastet til tilsynsrapporten i faktuel høring, før rapporten afsluttes. Læs udkastet, og svar inden fristen, hvis der er faktuelle fejl.'
          : 'Udkast, der er sendt i faktuel høring hos tilbud og plejefamilier.'}
      </p>
      <ErrorSummary issues={issues} />
      {list.total === 0 ? (
        <p>Der er ingen rapporter i høring.</p>
      ) : (
        <>
        <ScrollRegion label={`Rapporter i høring ${pageRange(list)}`}>
          <table class="table">
            <caption>Rapporter i høring {pageRange(list)}</caption>
            <thead>
              <tr>
                <th scope="col">Tilsyn</th>
                <th scope="col">Tilbud / plejefamilie</th>
                <th scope="col">Frist</th>
                <th scope="col">Høringssvar</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr>
                  <th scope="row"><a href={provider ? `/inspections/${i.inspectionId}/report/hearing` : `/inspections/${i.inspectionId}/report`}>{i.title}</a></th>
                  <td>{i.entity.name} <span class="form-hint">({ENTITY_LABEL[i.entity.kind]})</span></td>
                  <td><DateText iso={i.deadline} /></td>
                  <td>{i.answered ? <Fragment>Afgivet <DateTimeText at={i.answeredAt} /></Fragment> : i.expired ? 'Fristen er udløbet' : 'Ikke afgivet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="rapporter i høring" href={(n) => pageHref('/reports/hearing', {}, n)} />
        </>
      )}
    </Layout>
  );
}
