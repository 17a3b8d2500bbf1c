// /standards: the work list of the regions' model (seed 003) — what is due across the institutions
// the actor may see, overdue first — and every institution's status side by side: the highest
// fulfilled step per standard and when the next self- and external evaluation are due.
import { formatDanishDate } from '../../../core/calendar.ts';
import { REGION_LABEL } from '../../../core/labels.ts';
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import type { InstitutionOverview } from '../../../services/standards/get-standards-overview.ts';
import type { WorkListView } from '../../../services/standards/get-work-list.ts';
import { Layout } from '../layout.tsx';
import { Table } from '../components/table.tsx';
import { WorkListTable } from './work-list-table.tsx';

const REGION_NAMES = new Map<string, string>(Object.entries(REGION_LABEL));
export const institutionPath = (id: string) => `/standards/institutions/${id}`;
const date = (d: string | null) => (d === null ? '–' : formatDanishDate(d));
const earliest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort()[0] ?? null;
const overdue = (o: InstitutionOverview) => o.standards.some((s) => s.overdue.length > 0);

/** The next date due over an institution's standards, marked when it has passed. */
export function dueCell(o: InstitutionOverview, kind: 'self_evaluation' | 'external_evaluation') {
  const due = earliest(o.standards.map((s) => (kind === 'self_evaluation' ? s.nextSelfEvaluationDue : s.nextExternalEvaluationDue)));
  return o.standards.some((s) => s.overdue.includes(kind)) ? `${date(due)} (overskredet)` : date(due);
}

export function StandardsOverviewPage({ model, view, showExamples }: { model: StandardsModel; view: WorkListView; showExamples: boolean }) {
  const sorted = [...view.overview].sort((a, b) => Number(overdue(b)) - Number(overdue(a)));
  return (
    <Layout title="Kvalitetsmodel for institutioner">
      <h1>{model.title}</h1>
      <p class="font-lead">Institutionernes arbejde med standarderne pr. {formatDanishDate(view.at)}: hvad der skal gøres, det højeste opfyldte trin, og hvornår næste selvevaluering (hvert år) og eksterne evaluering (hvert tredje år) skal finde sted.</p>
      {showExamples && <p><a href="/standards/examples">Eksempler på retningsgivende dokumenter fra regionens institutioner</a></p>}
      {sorted.length === 0 ? <p>Der er ingen institutioner at vise.</p> : (
        <>
          <h2>Arbejdsliste</h2>
          <WorkListTable items={view.items} showInstitution={sorted.length > 1} />
          <h2>Status pr. institution</h2>
          <Table
            caption="Institutionerne side om side: højeste opfyldte trin pr. standard og næste frister (overskredne først)"
            rowHeaders
            head={['Institution', ...model.standards.map((s) => s.title), 'Næste selvevaluering', 'Næste eksterne evaluering']}
            rows={sorted.map((o) => [
              <><a href={institutionPath(o.institution.id)}>{o.institution.name}</a> <span class="font-lead">({REGION_NAMES.get(o.institution.region) ?? o.institution.region})</span></>,
              ...model.standards.map((s) => `Trin ${o.standards.find((x) => x.id === s.id)?.step ?? 0}`),
              dueCell(o, 'self_evaluation'),
              dueCell(o, 'external_evaluation'),
            ])}
          />
        </>
      )}
    </Layout>
  );
}
