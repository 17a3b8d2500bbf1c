// The quality review summed up for a period: per inspector for a manager, per authority for the
// auditor — how many reports were reviewed and the share of each checklist point met.
import { formatDanishDate } from '../../../core/calendar.ts';
import { CHECKLIST } from '../../../core/quality-review/checklist.ts';
import type { ReviewSummary } from '../../../services/quality-review/get-review-summary.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Table } from '../components/table.tsx';

const share = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)} %`);

export function ReviewSummaryPage({ summary, action, issues }: { summary: ReviewSummary; action: string; issues: FieldIssue[] }) {
  const byInspector = summary.by === 'inspector';
  const title = byInspector ? 'Ledelsestilsyn pr. tilsynsførende' : 'Ledelsestilsyn pr. socialtilsyn';
  return (
    <Layout title={title} breadcrumbs={[['Ensartethed', '/consistency']]}>
      <h1>{title}</h1>
      <ErrorSummary issues={issues} />
      <form method="get" action={action}>
        <TextField name="from" label="Gennemgået fra" type="date" value={summary.from} issues={issues} />
        <TextField name="to" label="Til og med" type="date" value={summary.to} issues={issues} />
        <button type="submit" class="button button-secondary">Vis perioden</button>
      </form>
      <p>Gennemgåede rapporter {formatDanishDate(summary.from)}–{formatDanishDate(summary.to)}: {summary.total.reviews}. Tallene er andelen af gennemgåede rapporter, hvor punktet var opfyldt.</p>
      <Table caption={`Andel opfyldt pr. punkt, ${byInspector ? 'pr. tilsynsførende' : 'pr. socialtilsyn'}`} rowHeaders
        head={[byInspector ? 'Tilsynsførende' : 'Socialtilsyn', 'Rapporter', ...CHECKLIST.map((p) => p.name)]}
        rows={[...summary.rows, summary.total].map((r) => [r.label, String(r.reviews), ...CHECKLIST.map((p) => share(r.met[p.id]))])} />
    </Layout>
  );
}
