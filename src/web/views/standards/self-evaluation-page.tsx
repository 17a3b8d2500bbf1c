// The annual self-evaluation (seed 003): the institution's form, one group per standard — where it
// stands, how far from the goal, the gaps, and an action with owner and deadline — saved as a draft
// or submitted; the earlier ones with their dates, and the region's acknowledgement.
import { formatDanishDate } from '../../../core/calendar.ts';
import type { SelfEvaluation, SelfEvaluationView } from '../../../services/standards/self-evaluation.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { Csrf, TextArea, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { Table } from '../components/table.tsx';

const STATUS: Record<SelfEvaluation['status'], string> = { draft: 'Kladde', submitted: 'Indsendt', acknowledged: 'Kvitteret af regionen' };

export function SelfEvaluationPage({ view, issues, values, saved }: { view: SelfEvaluationView; issues: FieldIssue[]; values: Record<string, string> | null; saved: string | null }) {
  const base = `/standards/institutions/${view.institution.providerId}/self-evaluation`;
  const value = (field: string, standardId: string) => {
    if (values) return values[`${field}:${standardId}`] ?? '';
    const entry = view.draft?.entries.find((e) => e.standardId === standardId);
    const v = entry?.[field as keyof typeof entry];
    return typeof v === 'string' ? v : '';
  };
  return (
    <Layout title={`Selvevaluering – ${view.institution.name}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>Selvevaluering: {view.institution.name}</h1>
      <p>{view.model.cycle.selfEvaluation}</p>
      {saved === 'saved' && <Notice kind="success" heading="Kladden er gemt" />}
      {saved === 'submitted' && <Notice kind="success" heading="Selvevalueringen er indsendt til regionen" />}
      {saved === 'acknowledged' && <Notice kind="success" heading="Der er kvitteret for selvevalueringen" />}
      <ErrorSummary issues={issues} />
      {view.mayWrite && (
        <form method="post" action={base}>
          <Csrf />
          {view.model.standards.map((s) => (
            <fieldset class="self-evaluation__standard">
              <legend><h2>{s.title}</h2></legend>
              {s.text && <p>Standarden: {s.text}</p>}
              <TextArea name={`position:${s.id}`} label="Hvor står vi?" value={value('position', s.id)} issues={issues} rows={3} />
              <TextArea name={`distance:${s.id}`} label="Hvor langt er der til målet?" value={value('distance', s.id)} issues={issues} rows={3} />
              <TextArea name={`gaps:${s.id}`} label="Hvilke mangler er der?" value={value('gaps', s.id)} issues={issues} rows={3} />
              <TextArea name={`action:${s.id}`} label="Handling (valgfri)" value={value('action', s.id)} issues={issues} rows={2} />
              <TextField name={`actionOwner:${s.id}`} label="Ansvarlig for handlingen" value={value('actionOwner', s.id)} issues={issues} />
              <TextField name={`actionDeadline:${s.id}`} label="Frist for handlingen" type="date" value={values ? values[`actionDeadline:${s.id}`] : view.draft?.entries.find((e) => e.standardId === s.id)?.actionDeadline ?? ''} issues={issues} />
            </fieldset>
          ))}
          <button type="submit" name="intent" value="save" class="button button-secondary">Gem kladde</button>{' '}
          <button type="submit" name="intent" value="submit" class="button button-primary">Indsend til regionen</button>
        </form>
      )}
      <h2>Tidligere selvevalueringer</h2>
      {view.earlier.length === 0 ? <p>Ingen endnu.</p> : (
        <Table
          caption="Indsendte selvevalueringer"
          head={['Indsendt', 'Status', 'Kvitteret', 'Handling']}
          rows={view.earlier.map((e) => [
            e.submittedOn ? formatDanishDate(e.submittedOn) : '–',
            STATUS[e.status],
            e.acknowledgedOn ? formatDanishDate(e.acknowledgedOn) : '–',
            view.mayAcknowledge && e.status === 'submitted' ? (
              <form method="post" action={`${base}/${e.id}/acknowledge`}>
                <Csrf />
                <button type="submit" class="button button-secondary">Kvittér<span class="sr-only"> for selvevalueringen indsendt {e.submittedOn ? formatDanishDate(e.submittedOn) : ''}</span></button>
              </form>
            ) : '',
          ])}
        />
      )}
    </Layout>
  );
}
