// The inspection lists: all inspections the user may see (by status), the page that says where a
// new inspection starts, and an inspection's audit trail.
import { capitalise, ENTITY_KIND_LABEL, INSPECTION_STATUS_LABEL, PHASE_LABEL } from '../../../core/labels.ts';
import { INSPECTION_STATUSES, type InspectionStatus } from '../../../core/vocabulary.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import type { InspectionListItem } from '../../../services/inspections/list-inspections.ts';
import type { InspectionAudit } from '../../../services/inspections/list-inspection-audit.ts';
import { Layout } from '../layout.tsx';
import { SelectField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { ScrollRegion, Table } from '../components/table.tsx';
import { AuditRow, BREADCRUMBS, RiskBadge } from './inspection-pages.tsx';

export type InspectionListProps = { items: InspectionListItem[]; status: string; shown: InspectionStatus | null; issues: FieldIssue[] };

export function InspectionListPage({ items, status, shown, issues }: InspectionListProps) {
  return (
    <Layout title="Tilsyn" breadcrumbs={[['Forside', '/']]}>
      <h1>Tilsyn</h1>
      <ErrorSummary issues={issues} />
      <p>Et nyt tilsyn oprettes fra et <a href="/providers">tilbud</a> eller en <a href="/foster-families">plejefamilie</a>.</p>
      <form method="get" action="/inspections" class="inspection-filter">
        <SelectField name="status" label="Vis tilsyn med status" value={status} placeholder="Alle"
          options={INSPECTION_STATUSES.map((s) => [s, INSPECTION_STATUS_LABEL[s]])} issues={issues} />
        <button type="submit" class="button button-secondary">Vis</button>
      </form>
      {items.length === 0 ? (
        <p>Der er ingen tilsyn at vise.</p>
      ) : (
        <Table
          caption={`${shown ? `Tilsyn med status ${INSPECTION_STATUS_LABEL[shown].toLowerCase()}` : 'Alle tilsyn'} (${items.length})`}
          compact={false}
          rowHeaders
          head={['Titel', 'Tilbud / plejefamilie', 'Fase', 'Status', 'Risikokategori']}
          rows={items.map((i) => [
            <a href={`/inspections/${i.id}`}>{i.title}</a>,
            <>{i.entity.name} <span class="form-hint">({ENTITY_KIND_LABEL[i.entity.kind]})</span></>,
            capitalise(PHASE_LABEL[i.phase]),
            INSPECTION_STATUS_LABEL[i.status],
            <RiskBadge risk={i.risk} />,
          ])}
        />
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
      <p>Alle ændringer af tilsynet, dets risikokategori, besøg, opfølgende dataindsamling, vurderinger og afgørelser: hvem, hvornår, og hvordan det så ud før og efter.</p>
      {audit.entries.length === 0 ? <p>Der er ingen poster.</p> : (
        <ScrollRegion label="Revisionsspor">
          <table class="table">
            <caption>Revisionsspor, ældste først ({audit.entries.length} poster)</caption>
            <thead>
              <tr><th scope="col">Tidspunkt</th><th scope="col">Hvem</th><th scope="col">Handling</th><th scope="col">Hvad</th><th scope="col">Før</th><th scope="col">Efter</th></tr>
            </thead>
            <tbody>
              {audit.entries.map((e) => <AuditRow e={e} />)}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Layout>
  );
}
