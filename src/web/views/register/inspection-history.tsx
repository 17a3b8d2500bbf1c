// A provider's or foster family's inspections on its page: each with phase, status, risk, outcome
// and a link to its report, and the action to create a new one where the user may.
import { capitalise, DECISION_LABEL, INSPECTION_STATUS_LABEL, PHASE_LABEL, REPORT_STATUS_LABEL, RISK_LABEL } from '../../../core/labels.ts';
import { formatDanishDate } from '../../../core/calendar.ts';
import type { EntityInspection } from '../../../services/inspections/list-entity-inspections.ts';
import { Table } from '../components/table.tsx';

export type InspectionHistoryProps = {
  /** Null: the user does not work with inspections, and the section is left out. */
  inspections: EntityInspection[] | null;
  /** Where "Opret tilsyn" leads (the new-inspection form for this entity); null when the user may not create one. */
  createHref: string | null;
  /** "tilbuddet" or "plejefamilien". */
  what: string;
};

function outcome(i: EntityInspection): string {
  const parts = [i.conclusionLabel, i.latestDecision ? capitalise(DECISION_LABEL[i.latestDecision]) : null].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join('; ') : '–';
}

export function InspectionHistory({ inspections, createHref, what }: InspectionHistoryProps) {
  if (inspections === null) return null;
  return (
    <section aria-labelledby="tilsyn">
      <h2 id="tilsyn">Tilsyn</h2>
      {createHref && <p><a class="button button-primary" href={createHref}>Opret tilsyn</a></p>}
      {inspections.length === 0 ? (
        <p>Der er endnu ingen tilsyn med {what}.</p>
      ) : (
        <Table
          caption={`Tilsyn med ${what} (${inspections.length})`}
          captionHidden
          rowHeaders
          head={['Tilsyn', 'Fase', 'Første besøg', 'Status', 'Risiko', 'Resultat', 'Rapport']}
          rows={inspections.map((i) => [
            <a href={`/inspections/${i.id}`}>{i.title}</a>,
            capitalise(PHASE_LABEL[i.phase]),
            i.firstVisitOn ? formatDanishDate(i.firstVisitOn) : '–',
            INSPECTION_STATUS_LABEL[i.status],
            capitalise(RISK_LABEL[i.risk]),
            outcome(i),
            i.reportStatus ? <a href={`/inspections/${i.id}/report`}>{REPORT_STATUS_LABEL[i.reportStatus]}</a> : 'Ingen rapport endnu',
          ])}
        />
      )}
    </section>
  );
}
