// User and relative surveys (seed 003): per audience the rounds with their response rate, and the
// share answering positively per question as a trend chart with its table; the institution imports
// a round from CSV.
import { formatDanishDate } from '../../../core/calendar.ts';
import { SURVEY_AUDIENCE_LABEL } from '../../../core/labels.ts';
import { SURVEY_AUDIENCES, type SurveyAudience } from '../../../core/vocabulary.ts';
import { SURVEY_CSV_HEADER, surveyTrends } from '../../../core/kinds/standards/survey-results.ts';
import type { SurveysView } from '../../../services/standards/surveys.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { formatShare } from '../../../core/analytics/describe-comparison.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, FileField, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { ChartFigure, LineChart } from '../components/charts.tsx';
import { DataTable, type TableData } from '../components/data-table.tsx';

const share = (s: number | null) => (s === null ? '–' : formatShare(s));

/** The trend of one audience as the table behind its chart (and its CSV). */
export function surveyTable(view: SurveysView, audience: SurveyAudience): TableData {
  const trend = surveyTrends(view.rounds, audience);
  return {
    caption: `${SURVEY_AUDIENCE_LABEL[audience]}: andel positive svar pr. spørgsmål og runde`,
    head: ['Spørgsmål', ...trend.rounds.map((r) => formatDanishDate(r.heldOn))],
    rows: trend.questions.map((q) => [`${q.questionNo}. ${q.question}`, ...q.shares.map(share)]),
  };
}

export function SurveysPage({ view, issues, values, saved }: { view: SurveysView; issues: FieldIssue[]; values: Record<string, string>; saved: boolean }) {
  const base = `/standards/institutions/${view.institution.providerId}/surveys`;
  return (
    <Layout title={`Undersøgelser – ${view.institution.name}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>Bruger- og pårørendeundersøgelser: {view.institution.name}</h1>
      {saved && <Notice kind="success" heading="Runden er indlæst" />}
      {SURVEY_AUDIENCES.map((audience) => {
        const trend = surveyTrends(view.rounds, audience);
        if (trend.rounds.length === 0) return <section aria-labelledby={`audience-${audience}`}><h2 id={`audience-${audience}`}>{SURVEY_AUDIENCE_LABEL[audience]}</h2><p>Ingen runder endnu.</p></section>;
        const xs = trend.rounds.map((_, i) => i + 1);
        const last = trend.questions.map((q) => ({ q, s: q.shares[q.shares.length - 1] ?? null })).filter((x) => x.s !== null).sort((a, b) => a.s! - b.s!)[0];
        return (
          <section aria-labelledby={`audience-${audience}`}>
            <h2 id={`audience-${audience}`}>{SURVEY_AUDIENCE_LABEL[audience]}</h2>
            <DataTable data={{
              caption: 'Runder og svarprocent',
              head: ['Runde', 'Inviterede', 'Besvarelser', 'Svarprocent'],
              rows: trend.rounds.map((r) => [formatDanishDate(r.heldOn), String(r.invited), String(r.responded), formatShare(r.responded / r.invited)]),
            }} />
            <ChartFigure id={`trend-${audience}`} width={660} height={300}
              title={`${SURVEY_AUDIENCE_LABEL[audience]}: andel positive svar pr. spørgsmål`}
              description={`En linje pr. spørgsmål over ${trend.rounds.length} runder, fra ${formatDanishDate(trend.rounds[0]!.heldOn)} til ${formatDanishDate(trend.rounds[trend.rounds.length - 1]!.heldOn)}.`}
              caption={last ? `I seneste runde har spørgsmål ${last.q.questionNo} ("${last.q.question}") den laveste andel positive svar: ${share(last.s)}.` : 'Ingen besvarelser.'}
              table={surveyTable(view, audience)} csvHref={`${base}/${audience}.csv`}>
              <LineChart xs={xs} xLabel={(x) => trend.rounds[x - 1]!.heldOn.slice(0, 7)} yMin={0} yMax={1} yFormat={formatShare}
                series={trend.questions.map((q) => ({ label: `Spm. ${q.questionNo}`, points: q.shares.map((y, i) => ({ x: i + 1, y })) }))} />
            </ChartFigure>
          </section>
        );
      })}
      {view.mayWrite && (
        <>
          <h2>Indlæs en runde</h2>
          <p>CSV-filen har overskriften <code>{SURVEY_CSV_HEADER.join(',')}</code> og én linje pr. spørgsmål: spørgsmålets nummer og tekst, hvor mange der svarede, og hvor mange der svarede positivt (enig eller meget enig).</p>
          <ErrorSummary issues={issues} />
          <form method="post" action={base} enctype="multipart/form-data">
            <Csrf />
            <ChoiceGroup type="radio" name="audience" label="Hvem er spurgt" options={SURVEY_AUDIENCES.map((a) => [a, SURVEY_AUDIENCE_LABEL[a]])} values={values.audience ? [values.audience] : []} issues={issues} />
            <TextField name="heldOn" label="Dato for runden" type="date" value={values.heldOn} issues={issues} />
            <TextField name="invited" label="Antal inviterede" type="number" value={values.invited} issues={issues} />
            <TextField name="responded" label="Antal besvarelser" type="number" value={values.responded} issues={issues} />
            <FileField name="csv" label="Resultater (CSV)" accept=".csv,text/csv" issues={issues} />
            <button type="submit" class="button button-primary">Indlæs runden</button>
          </form>
        </>
      )}
    </Layout>
  );
}
