// One sampled report under review: the report's facts and written assessments, the automatic
// findings beside each checklist point, and the checklist form (met / not met with a comment, and a
// summary for the inspector). The report itself is only read.
import type { ReportReviewView } from '../../../services/quality-review/get-report-review.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, TextArea } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { REVIEW_BASE } from './samples-page.tsx';

export function ReportReviewPage({ view, issues, values, saved }: { view: ReportReviewView; issues: FieldIssue[]; values: Record<string, string> | null; saved: boolean }) {
  const doc = view.document;
  const here = `${REVIEW_BASE}/samples/${view.sample.id}/reports/${view.versionId}`;
  const point = (id: string) => view.review?.points[id];
  return (
    <Layout title={`Gennemgang: ${doc.entity.name}`} breadcrumbs={[['Ensartethed', '/consistency'], ['Ledelsestilsyn', REVIEW_BASE], ['Stikprøve', `${REVIEW_BASE}/samples/${view.sample.id}`]]}>
      <h1>Gennemgang: {doc.entity.name}</h1>
      {saved && <Notice kind="success" heading="Gennemgangen er gemt" />}
      <ErrorSummary issues={issues} />
      <SummaryList label="Rapporten" items={[
        ['Tilsyn', doc.inspection.title],
        ['Version', doc.version.label],
        ['Fase', doc.inspection.phaseLabel],
        ['Risikokategori', view.facts.risk],
        ['Model', doc.model.title],
        ['Samlet vurdering', `${view.facts.overallWords} ord`],
        ['Temavurderinger', `${view.facts.themeWords} ord i alt`],
        ['Udviklingspunkter', String(view.facts.developmentPoints)],
        ['Hele rapporten', <a href={`/report-versions/${view.versionId}`}>Åbn den afsluttede rapport</a>],
      ]} />
      <h2>Samlet vurdering</h2>
      {doc.overallAssessment.split(/\n{2,}/).map((p) => <p>{p}</p>)}
      <details class="details">
        <summary class="details-summary">Temavurderinger, økonomi og udviklingspunkter</summary>
        <div class="details-text">
          {doc.themes.map((t) => <><h3>{t.title}</h3><p>{t.assessment || '–'}</p></>)}
          <h3>Økonomi</h3>
          <p>{doc.economy.justification || '–'}</p>
          <h3>Udviklingspunkter</h3>
          {doc.developmentPoints.length === 0 ? <p>Ingen.</p> : <ul>{doc.developmentPoints.map((d) => <li>{d}</li>)}</ul>}
        </div>
      </details>
      <h2>Tjekliste</h2>
      <form method="post" action={here}>
        <Csrf />
        {view.review && <input type="hidden" name="expectedVersion" value={String(view.review.version)} />}
        {view.checklist.map((p) => {
          const found = view.findings.filter((f) => f.point === p.id);
          return (
            <section aria-labelledby={`point-${p.id}`}>
              <h3 id={`point-${p.id}`}>{p.name}</h3>
              <blockquote><p>{p.text}</p><footer>{p.source}</footer></blockquote>
              {found.length > 0
                ? <Notice kind="warning" heading="Automatiske fund"><ul>{found.map((f) => <li>{f.where}: {f.message}</li>)}</ul></Notice>
                : <p>Ingen automatiske fund.</p>}
              <ChoiceGroup type="radio" name={`met:${p.id}`} label={`${p.name}: er punktet opfyldt?`} options={[['met', 'Opfyldt'], ['not_met', 'Ikke opfyldt']]}
                values={[values ? values[`met:${p.id}`] ?? '' : point(p.id) ? (point(p.id)!.met ? 'met' : 'not_met') : '']} issues={issues} />
              <TextArea name={`comment:${p.id}`} label={`Kommentar til ${p.name.toLowerCase()}`} value={values ? values[`comment:${p.id}`] : point(p.id)?.comment} issues={issues} rows={3} />
            </section>
          );
        })}
        <TextArea name="summary" label="Tilbagemelding til den tilsynsførende" value={values ? values.summary : view.review?.summary} issues={issues} rows={5} />
        <button type="submit" class="button button-primary">Gem gennemgangen</button>
      </form>
    </Layout>
  );
}
