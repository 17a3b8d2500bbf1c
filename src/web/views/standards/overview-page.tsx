// /standards: the regions' overview (seed 003) — every institution the actor may see, standard by
// standard: the highest fulfilled step and when the next self- and external evaluation are due,
// institutions with something overdue first.
import { formatDanishDate } from '../../../core/calendar.ts';
import { REGION_LABEL } from '../../../core/labels.ts';
import type { InstitutionOverview } from '../../../services/standards/get-standards-overview.ts';
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import { Layout } from '../layout.tsx';
import { Table } from '../components/table.tsx';
import { Tag } from '../components/tag.tsx';

const REGION_NAMES = new Map<string, string>(Object.entries(REGION_LABEL));
const date = (d: string | null) => (d === null ? '–' : formatDanishDate(d));

export function StandardsOverviewPage({ model, overview, at }: { model: StandardsModel; overview: InstitutionOverview[]; at: string }) {
  const overdue = (o: InstitutionOverview) => o.standards.some((s) => s.overdue.length > 0);
  const sorted = [...overview].sort((a, b) => Number(overdue(b)) - Number(overdue(a)));
  return (
    <Layout title="Kvalitetsmodel for institutioner">
      <h1>{model.title}</h1>
      <p class="font-lead">Institutionernes arbejde med standarderne pr. {formatDanishDate(at)}: det højeste opfyldte trin, og hvornår næste selvevaluering (hvert år) og eksterne evaluering (hvert tredje år) skal finde sted. Institutioner med overskredne frister står først.</p>
      {sorted.length === 0 ? (
        <p>Der er ingen institutioner at vise.</p>
      ) : (
        sorted.map((o) => (
          <section aria-labelledby={`institution-${o.institution.id}`}>
            <h2 id={`institution-${o.institution.id}`}>
              {o.institution.name} <span class="font-lead">({REGION_NAMES.get(o.institution.region) ?? o.institution.region})</span>
            </h2>
            {overdue(o) && <p><Tag kind="error">Overskredet</Tag></p>}
            <p>
              <a href={`/standards/institutions/${o.institution.id}/steps`}>Trin<span class="sr-only"> for {o.institution.name}</span></a>{' · '}
              <a href={`/standards/institutions/${o.institution.id}/descriptions`}>Lokale beskrivelser<span class="sr-only"> for {o.institution.name}</span></a>{' · '}
              <a href={`/standards/institutions/${o.institution.id}/self-evaluation`}>Selvevaluering<span class="sr-only"> for {o.institution.name}</span></a>{' · '}
              <a href={`/standards/institutions/${o.institution.id}/external-evaluations`}>Ekstern evaluering<span class="sr-only"> for {o.institution.name}</span></a>{' · '}
              <a href={`/standards/institutions/${o.institution.id}/surveys`}>Undersøgelser<span class="sr-only"> for {o.institution.name}</span></a>{' · '}
              <a href={`/standards/institutions/${o.institution.id}/competence`}>Kompetenceudvikling<span class="sr-only"> for {o.institution.name}</span></a>{' · '}
              <a href={`/standards/institutions/${o.institution.id}/traffic-light`}>Trafiklyset<span class="sr-only"> for {o.institution.name}</span></a>
            </p>
            <Table
              caption={`${o.institution.name}: trin og frister pr. standard`}
              rowHeaders
              head={['Standard', 'Trin', 'Seneste selvevaluering', 'Næste selvevaluering', 'Seneste eksterne evaluering', 'Næste eksterne evaluering']}
              rows={o.standards.map((s) => [
                model.standards.find((x) => x.id === s.id)?.title ?? s.id,
                String(s.step),
                date(s.lastSelfEvaluation),
                s.overdue.includes('self_evaluation') ? `${date(s.nextSelfEvaluationDue)} (overskredet)` : date(s.nextSelfEvaluationDue),
                date(s.lastExternalEvaluation),
                s.overdue.includes('external_evaluation') ? `${date(s.nextExternalEvaluationDue)} (overskredet)` : date(s.nextExternalEvaluationDue),
              ])}
            />
          </section>
        ))
      )}
    </Layout>
  );
}
