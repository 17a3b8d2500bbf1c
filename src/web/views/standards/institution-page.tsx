// One institution's page in the regions' model (seed 003): its work list, its standards with step and
// due dates, and the ways into its work.
import { formatDanishDate } from '../../../core/calendar.ts';
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import type { WorkListView } from '../../../services/standards/get-work-list.ts';
import { Layout } from '../layout.tsx';
import { Table } from '../components/table.tsx';
import { WorkListTable } from './work-list-table.tsx';
import { institutionPath } from './overview-page.tsx';

const AREAS: [string, string][] = [
  ['steps', 'Trin og retningsgivende dokumenter'], ['descriptions', 'Lokale beskrivelser'], ['self-evaluation', 'Selvevaluering'],
  ['external-evaluations', 'Ekstern evaluering'], ['surveys', 'Bruger- og pårørendeundersøgelser'], ['competence', 'Kompetenceudviklingsplan'], ['traffic-light', 'Trafiklyset'],
];
const date = (d: string | null) => (d === null ? '–' : formatDanishDate(d));

export function InstitutionPage({ model, view }: { model: StandardsModel; view: WorkListView }) {
  const o = view.overview[0]!;
  const base = institutionPath(o.institution.id);
  return (
    <Layout title={o.institution.name} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>{o.institution.name}</h1>
      <nav aria-label="Institutionens kvalitetsarbejde">
        <ul>{AREAS.map(([path, label]) => <li><a href={`${base}/${path}`}>{label}</a></li>)}</ul>
      </nav>
      <h2>Det skal gøres</h2>
      <WorkListTable items={view.items} showInstitution={false} />
      <h2>Standarderne</h2>
      <Table caption={`Trin og frister pr. standard pr. ${formatDanishDate(view.at)}`} rowHeaders
        head={['Standard', 'Trin', 'Seneste selvevaluering', 'Næste selvevaluering', 'Seneste eksterne evaluering', 'Næste eksterne evaluering']}
        rows={o.standards.map((s) => [
          model.standards.find((x) => x.id === s.id)?.title ?? s.id,
          String(s.step),
          date(s.lastSelfEvaluation),
          s.overdue.includes('self_evaluation') ? `${date(s.nextSelfEvaluationDue)} (overskredet)` : date(s.nextSelfEvaluationDue),
          date(s.lastExternalEvaluation),
          s.overdue.includes('external_evaluation') ? `${date(s.nextExternalEvaluationDue)} (overskredet)` : date(s.nextExternalEvaluationDue),
        ])} />
    </Layout>
  );
}
