// The inspection lists: the inspections the user may see, filtered, sorted and paged on the server, the page that says where a
// new inspection starts, and an inspection's audit trail.
import { capitalise, ENTITY_KIND_LABEL, INSPECTION_STATUS_LABEL, PHASE_LABEL, RISK_LABEL } from '../../../core/labels.ts';
import { PHASES } from '../../../core/assessment/assessment-input.ts';
import { Pagination, pageHref, pageRange } from '../components/pagination.tsx';
import type { Paged } from '../../../services/list-paging.ts';
import { INSPECTION_STATUSES, RISKS } from '../../../core/vocabulary.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { INSPECTION_SORTS, type InspectionListItem } from '../../../services/inspections/list-inspections.ts';
import type { InspectionAudit } from '../../../services/inspections/list-inspection-audit.ts';
import { Layout } from '../layout.tsx';
import { SelectField, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { ScrollRegion, Table } from '../components/table.tsx';
import { AuditRow, BREADCRUMBS, RiskBadge } from './inspection-pages.tsx';

export type InspectionListProps = { list: Paged<InspectionListItem>; values: Record<string, string>; issues: FieldIssue[] };

const SORT_LABEL: Record<(typeof INSPECTION_SORTS)[number], string> = { updated: 'Senest ændret', title: 'Titel', planned: 'Planlagt start' };


export function InspectionListPage({ list, values, issues }: InspectionListProps) {
  const filters = Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'page'));
  return (
    <Layout title="Tilsyn" breadcrumbs={[['Forside', '/']]}>
      <h1>Tilsyn</h1>
      <ErrorSummary issues={issues} />
      <p>Et nyt tilsyn oprettes fra et <a href="/providers">tilbud</a> eller en <a href="/foster-families">plejefamilie</a>.</p>
      <form method="get" action="/inspections" class="inspection-filter">
        <SelectField name="status" label="Status" value={values.status} placeholder="Alle" options={INSPECTION_STATUSES.map((s) => [s, INSPECTION_STATUS_LABEL[s]])} issues={issues} />
        <SelectField name="phase" label="Fase" value={values.phase} placeholder="Alle" options={PHASES.map((p) => [p, capitalise(PHASE_LABEL[p])])} issues={issues} />
        <SelectField name="risk" label="Risikokategori" value={values.risk} placeholder="Alle" options={RISKS.map((r) => [r, capitalise(RISK_LABEL[r])])} issues={issues} />
        <SelectField name="lead" label="Tilsynsførende" value={values.lead} placeholder="Alle" options={[['me', 'Mig'], ['none', 'Ingen endnu']]} issues={issues} />
        <TextField name="year" label="Oprettet i år" type="number" value={values.year} issues={issues} />
        <SelectField name="sort" label="Sortér efter" value={values.sort} options={INSPECTION_SORTS.map((s) => [s, SORT_LABEL[s]])} issues={issues} />
        <button type="submit" class="button button-secondary">Vis</button>
      </form>
      {list.total === 0 ? (
        <p>Der er ingen tilsyn at vise.</p>
      ) : (
        <>
          <Table
            caption={`Tilsyn ${pageRange(list)}`}
            compact={false}
            rowHeaders
            head={['Titel', 'Tilbud / plejefamilie', 'Fase', 'Status', 'Risikokategori', 'Tilsynsførende']}
            rows={list.items.map((i) => [
              <a href={`/inspections/${i.id}`}>{i.title}</a>,
              <>{i.entity.name} <span class="form-hint">({ENTITY_KIND_LABEL[i.entity.kind]})</span></>,
              capitalise(PHASE_LABEL[i.phase]),
              INSPECTION_STATUS_LABEL[i.status],
              <RiskBadge risk={i.risk} />,
              i.lead ?? '–',
            ])}
          />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="tilsyn" href={(p) => pageHref('/inspections', filters, p)} />
        </>
      )}
    </Layout>
  );
}

export function ChooseInspectionTargetPage() {
  return (
    <Layout title="Nyt tilsyn" breadcrumbs={BREADCRUMBS}>
      <h1>Nyt tilsyn</h1>
      <p>Et tilsyn er altid med et bestemt tilbud eller en bestemt plejefamilie. Vælg det fra listen over <a href="/providers">tilbud</a> eller <a href="/foster-families">plejefamilier</a>.</p>
    </Layout>
  );
}

export function AuditPage({ audit }: { audit: InspectionAudit }) {
  const title = `Revisionsspor: ${audit.inspection.title}`;
  return (
    <Layout title={title} breadcrumbs={[...BREADCRUMBS, [audit.inspection.title, `/inspections/${audit.inspection.id}`]]}>
      <h1>{title}</h1>
      <p>Alle ændringer af tilsynet, dets risikokategori, besøg, opfølgende dataindsamling, vurderinger og afgørelser: hvem, hvornår, og hvilke felter der ændrede sig fra hvad til hvad.</p>
      {audit.entries.total === 0 ? <p>Der er ingen poster.</p> : (
        <>
          <ScrollRegion label="Revisionsspor">
            <table class="table">
              <caption>Revisionsspor, ældste først: poster {(audit.entries.page - 1) * audit.entries.pageSize + 1}–{(audit.entries.page - 1) * audit.entries.pageSize + audit.entries.items.length} af {audit.entries.total}</caption>
              <thead>
                <tr><th scope="col">Tidspunkt</th><th scope="col">Hvem</th><th scope="col">Handling</th><th scope="col">Hvad</th><th scope="col">Ændringer (før → efter)</th></tr>
              </thead>
              <tbody>
                {audit.entries.items.map((e) => <AuditRow e={e} />)}
              </tbody>
            </table>
          </ScrollRegion>
          <Pagination page={audit.entries.page} pageCount={audit.entries.pageCount} total={audit.entries.total} noun="poster" href={(p) => `/inspections/${audit.inspection.id}/audit${p > 1 ? `?page=${p}` : ''}`} />
        </>
      )}
    </Layout>
  );
}
