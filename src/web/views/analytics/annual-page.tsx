// /analytics/annual: an authority's annual figures on the page, with the same tables as the
// files (HTML, CSV, JSON, PDF) that `tilsyn analytics annual` writes.
import { ANNUAL_METHOD_NOTES, annualSections, type AnnualFigures } from '../../../core/analytics/annual-sections.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SelectField, TextField } from '../forms.tsx';
import { Table } from '../components/table.tsx';
import { AnalyticsNav } from './analytics-nav.tsx';

export type AnnualPageProps = { figures: AnnualFigures | null; authorities: [string, string][]; values: { authorityId: string; year: string }; issues: FieldIssue[] };

export function AnnualPage({ figures, authorities, values, issues }: AnnualPageProps) {
  const query = `authorityId=${encodeURIComponent(values.authorityId)}&year=${encodeURIComponent(values.year)}`;
  return (
    <Layout title="Årstal" breadcrumbs={[['Analyse', '/analytics']]}>
      <h1>Årstal</h1>
      <AnalyticsNav current="/analytics/annual" />
      <ErrorSummary issues={issues} title="Årstallene kunne ikke vises" />
      <form method="get" action="/analytics/annual" class="analytics-filter" aria-label="Vælg socialtilsyn og år">
        <div class="analytics-filter__fields">
          <SelectField name="authorityId" label="Socialtilsyn" value={values.authorityId} issues={issues} options={authorities} />
          <TextField name="year" label="År" type="number" value={values.year} issues={issues} />
        </div>
        <button type="submit" class="button button-primary">Vis</button>
      </form>
      {figures && (
        <>
          <h2>{figures.authority.name} {figures.year}</h2>
          {annualSections(figures).map((s) => <Table caption={s.title} head={s.head} rows={s.rows} rowHeaders compact={false} />)}
          <h2>Metode</h2>
          <ul>{ANNUAL_METHOD_NOTES.map((n) => <li>{n}</li>)}</ul>
          <p>
            Hent årstallene som{' '}
            <a href={`/analytics/annual.pdf?${query}`}>PDF</a>, <a href={`/analytics/annual.csv?${query}`}>CSV</a>, <a href={`/analytics/annual.json?${query}`}>JSON</a> eller{' '}
            <a href={`/analytics/annual.html?${query}`}>HTML</a>.
          </p>
        </>
      )}
    </Layout>
  );
}
