// A work list of the regions' model: what is due, overdue first, each with a link to where it is done.
import { formatDanishDate } from '../../../core/calendar.ts';
import { WORK_ITEM_LABEL } from '../../../core/labels.ts';
import type { WorkItem, WorkItemKind } from '../../../core/kinds/standards/work-list.ts';
import { Table } from '../components/table.tsx';
import { Tag } from '../components/tag.tsx';

const PAGE: Record<WorkItemKind, string> = {
  self_evaluation: 'self-evaluation', self_evaluation_action: 'self-evaluation', self_evaluation_acknowledgement: 'self-evaluation',
  external_evaluation: 'external-evaluations', evaluation_action: 'external-evaluations', draft_comment: 'external-evaluations',
  document_review: 'steps', description_approval: 'descriptions',
};

export function WorkListTable({ items, showInstitution }: { items: WorkItem[]; showInstitution: boolean }) {
  if (items.length === 0) return <p>Intet forfalder de næste 90 dage.</p>;
  return (
    <Table
      caption={`${items.length} ${items.length === 1 ? 'opgave' : 'opgaver'}, overskredne først`}
      head={['Frist', ...(showInstitution ? ['Institution'] : []), 'Opgave']}
      rows={items.map((i) => [
        i.due === null ? 'Venter' : i.overdue ? <><Tag kind="error">Overskredet</Tag> {formatDanishDate(i.due)}</> : formatDanishDate(i.due),
        ...(showInstitution ? [i.institution.name] : []),
        <a href={`/standards/institutions/${i.institution.id}/${PAGE[i.kind]}`}>{WORK_ITEM_LABEL[i.kind]}{i.subject ? `: ${i.subject}` : ''}</a>,
      ])}
    />
  );
}
