// The external evaluation (seed 003): the list with the region's planning form, and one evaluation —
// the surveyors' form (a finding and a justification per standard, the report), the draft with the
// institution's comment form, the surveyors' "make final" and the region's follow-up on actions.
// Which parts show is decided by the evaluation's abilities.
import { formatDanishDate } from '../../../core/calendar.ts';
import { EVALUATION_FINDING_LABEL, EXTERNAL_EVALUATION_STATUS_LABEL } from '../../../core/labels.ts';
import { EVALUATION_FINDINGS } from '../../../core/vocabulary.ts';
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import type { ExternalEvaluation, ExternalEvaluationsView } from '../../../services/standards/external-evaluation.ts';
import type { Institution } from '../../../services/standards/load-institution.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, SelectField, TextArea, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { Table } from '../components/table.tsx';

const listPath = (institution: Institution) => `/standards/institutions/${institution.providerId}/external-evaluations`;
const date = (d: string | null) => (d === null ? '–' : formatDanishDate(d));
const FINDING_OPTIONS: [string, string][] = EVALUATION_FINDINGS.map((f) => [f, EVALUATION_FINDING_LABEL[f]]);

export function ExternalEvaluationsPage({ view, issues, values }: { view: ExternalEvaluationsView; issues: FieldIssue[]; values: Record<string, string | string[]> }) {
  const base = listPath(view.institution);
  const chosen = values.surveyorIds;
  return (
    <Layout title={`Ekstern evaluering – ${view.institution.name}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>Ekstern evaluering: {view.institution.name}</h1>
      <p>Hvert tredje år evaluerer eksterne surveyorer, hvordan institutionen lever op til standarderne.</p>
      {view.evaluations.length === 0 ? <p>Der er ingen eksterne evalueringer endnu.</p> : (
        <Table caption="Eksterne evalueringer" rowHeaders head={['Planlagt', 'Status', 'Surveyorer', 'Udkast sendt', 'Endelig']}
          rows={view.evaluations.map((e) => [
            <a href={`${base}/${e.id}`}>{formatDanishDate(e.plannedOn)}<span class="sr-only"> – åbn evalueringen</span></a>,
            EXTERNAL_EVALUATION_STATUS_LABEL[e.status], e.surveyors.map((s) => s.name).join(', '), date(e.draftOn), date(e.finalOn),
          ])} />
      )}
      {view.mayPlan && (
        <>
          <h2>Planlæg en ekstern evaluering</h2>
          <ErrorSummary issues={issues} />
          <form method="post" action={base}>
            <Csrf />
            <TextField name="plannedOn" label="Dato for evalueringen" type="date" value={typeof values.plannedOn === 'string' ? values.plannedOn : ''} issues={issues} />
            <ChoiceGroup type="checkbox" name="surveyorIds" label="Surveyorer" options={view.surveyorOptions.map((s) => [s.id, s.name])} values={Array.isArray(chosen) ? chosen : chosen ? [chosen] : []} issues={issues} />
            <button type="submit" class="button button-primary">Planlæg evalueringen</button>
          </form>
        </>
      )}
    </Layout>
  );
}

type EvaluationPageProps = { institution: Institution; model: StandardsModel; evaluation: ExternalEvaluation; issues: FieldIssue[]; values: Record<string, string> | null; saved: string | null };

const SAVED_HEADINGS: Record<string, string> = {
  planned: 'Evalueringen er planlagt', recorded: 'Fundene er gemt', sent: 'Udkastet er sendt til institutionen',
  commented: 'Bemærkningerne er sendt', final: 'Evalueringen er endelig', action: 'Handlingen er tilføjet', done: 'Handlingen er markeret som gennemført',
};

export function ExternalEvaluationPage({ institution, model, evaluation: e, issues, values, saved }: EvaluationPageProps) {
  const here = `${listPath(institution)}/${e.id}`;
  const title = model.standards.reduce<Record<string, string>>((m, s) => ({ ...m, [s.id]: s.title }), {});
  return (
    <Layout title={`Ekstern evaluering ${formatDanishDate(e.plannedOn)} – ${institution.name}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards'], [`Ekstern evaluering – ${institution.name}`, listPath(institution)]]}>
      <h1>Ekstern evaluering: {institution.name}</h1>
      {saved && SAVED_HEADINGS[saved] && <Notice kind="success" heading={SAVED_HEADINGS[saved]} />}
      <ErrorSummary issues={issues} />
      <SummaryList label="Evalueringen" items={[
        ['Status', EXTERNAL_EVALUATION_STATUS_LABEL[e.status]],
        ['Planlagt', formatDanishDate(e.plannedOn)],
        ['Surveyorer', e.surveyors.map((s) => s.name).join(', ')],
        ['Udkast sendt', date(e.draftOn)],
        ['Institutionens bemærkninger', date(e.commentedOn)],
        ['Endelig', date(e.finalOn)],
      ]} />
      {e.abilities.record ? (
        <form method="post" action={`${here}/findings`}>
          <Csrf />
          <input type="hidden" name="version" value={String(e.version)} />
          {model.standards.map((s) => {
            const f = e.findings.find((x) => x.standardId === s.id);
            return (
              <section aria-labelledby={`finding-${s.id}-heading`}>
                <h2 id={`finding-${s.id}-heading`}>{s.title}</h2>
                <SelectField name={`finding:${s.id}`} label="Fund" placeholder="Vælg" value={values ? values[`finding:${s.id}`] : f?.finding} options={FINDING_OPTIONS} issues={issues} />
                <TextArea name={`justification:${s.id}`} label="Begrundelse" value={values ? values[`justification:${s.id}`] : f?.justification} issues={issues} rows={4} />
              </section>
            );
          })}
          <h2>Evalueringsrapport</h2>
          <TextArea name="report" label="Rapportens tekst" value={values ? values.report : e.report} issues={issues} rows={10} />
          <button type="submit" name="intent" value="save" class="button button-secondary">Gem</button>{' '}
          <button type="submit" name="intent" value="send" class="button button-primary">Send udkastet til institutionen</button>
        </form>
      ) : e.abilities.read && e.status !== 'planned' ? (
        <>
          <h2>{e.status === 'final' ? 'Evalueringsrapporten' : 'Udkast til evalueringsrapport'}</h2>
          {e.report.split(/\n{2,}/).map((p) => <p>{p}</p>)}
          <Table caption="Fund pr. standard" rowHeaders head={['Standard', 'Fund', 'Begrundelse']}
            rows={e.findings.map((f) => [title[f.standardId] ?? f.standardId, EVALUATION_FINDING_LABEL[f.finding], f.justification])} />
          {e.institutionComment !== null && (
            <>
              <h2>Institutionens bemærkninger</h2>
              <p>{e.institutionComment === '' ? 'Ingen bemærkninger.' : e.institutionComment}</p>
            </>
          )}
        </>
      ) : <p>Fundene vises, når surveyorerne har sendt udkastet.</p>}
      {e.abilities.comment && (
        <form method="post" action={`${here}/comment`}>
          <Csrf />
          <h2>Jeres bemærkninger til udkastet</h2>
          <TextArea name="comment" label="Bemærkninger" hint="Lad feltet stå tomt, hvis I ingen bemærkninger har." value={values?.comment ?? ''} issues={issues} rows={6} />
          <button type="submit" class="button button-primary">Send bemærkningerne</button>
        </form>
      )}
      {e.abilities.finalise && (
        <form method="post" action={`${here}/finalise`}>
          <Csrf />
          <button type="submit" class="button button-primary">Gør evalueringen endelig</button>
        </form>
      )}
      {e.status === 'final' && <Actions institution={institution} model={model} evaluation={e} issues={issues} values={values} />}
    </Layout>
  );
}

function Actions({ institution, model, evaluation: e, issues, values }: Omit<EvaluationPageProps, 'saved'>) {
  const here = `${listPath(institution)}/${e.id}`;
  const title = (id: string) => model.standards.find((s) => s.id === id)?.title ?? id;
  return (
    <>
      <h2>Opfølgning</h2>
      {e.actions.length === 0 ? <p>Ingen handlinger at følge op på.</p> : (
        <Table caption="Handlinger efter evalueringen" head={['Standard', 'Handling', 'Ansvarlig', 'Frist', 'Gennemført']}
          rows={e.actions.map((a) => [title(a.standardId), a.action, a.owner, formatDanishDate(a.deadline),
            a.doneOn ? formatDanishDate(a.doneOn) : e.abilities.followUp ? (
              <form method="post" action={`${here}/actions/${a.id}/done`}>
                <Csrf />
                <button type="submit" class="button button-secondary">Markér som gennemført<span class="sr-only">: {a.action}</span></button>
              </form>
            ) : 'Nej'])} />
      )}
      {e.abilities.followUp && (
        <form method="post" action={`${here}/actions`}>
          <Csrf />
          <h3>Tilføj en handling</h3>
          <SelectField name="standardId" label="Standard" placeholder="Vælg" value={values?.standardId} options={model.standards.map((s) => [s.id, s.title])} issues={issues} />
          <TextArea name="action" label="Handling" value={values?.action} issues={issues} rows={3} />
          <TextField name="owner" label="Ansvarlig" value={values?.owner} issues={issues} />
          <TextField name="deadline" label="Frist" type="date" value={values?.deadline} issues={issues} />
          <button type="submit" class="button button-primary">Tilføj handlingen</button>
        </form>
      )}
    </>
  );
}
