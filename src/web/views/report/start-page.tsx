// The report page of an inspection without a report: who may write it starts the draft here.
import type { ReportStart } from '../../../services/reports/get-report-start.ts';
import { Csrf } from '../forms.tsx';
import { Layout } from '../layout.tsx';

export function ReportStartPage({ start }: { start: ReportStart }) {
  const title = `Rapport: ${start.inspection.title}`;
  return (
    <Layout title={title}
      breadcrumbs={[['Forside', '/'], ['Tilsyn', '/inspections'], [start.inspection.title, `/inspections/${start.inspection.id}`]]}>
      <h1>{title}</h1>
      {start.cancelled
        ? <p>Tilsynet er aflyst. Der skrives ikke en rapport for et aflyst tilsyn.</p>
        : <p>Der er ikke skrevet en rapport for dette tilsyn endnu.{start.canCreate ? '' : ' Rapporten skrives af socialtilsynets medarbejdere.'}</p>}
      <p><a href={`/inspections/${start.inspection.id}`}>Tilbage til tilsynet</a></p>
      {start.canCreate && (
        <form method="post" action={`/inspections/${start.inspection.id}/report/draft`}>
          <Csrf />
          <button type="submit" class="button button-primary">Opret rapportudkast</button>
        </form>
      )}
    </Layout>
  );
}
