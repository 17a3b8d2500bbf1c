// An inspector's feedback from the sampled quality review of their own reports.
import { formatDanishDay } from '../../../core/calendar.ts';
import { CHECKLIST } from '../../../core/quality-review/checklist.ts';
import type { Feedback } from '../../../services/quality-review/list-my-feedback.ts';
import type { Paged } from '../../../services/list-paging.ts';
import { Layout } from '../layout.tsx';
import { Pagination, pageHref } from '../components/pagination.tsx';
import { Table } from '../components/table.tsx';
import { REVIEW_BASE } from './samples-page.tsx';

export function FeedbackPage({ list }: { list: Paged<Feedback> }) {
  return (
    <Layout title="Tilbagemeldinger på mine rapporter" breadcrumbs={[['Ensartethed', '/consistency']]}>
      <h1>Tilbagemeldinger på mine rapporter</h1>
      <p>Din leder gennemgår en stikprøve af de afsluttede rapporter efter en tjekliste. Her er tilbagemeldingerne på dine.</p>
      {list.items.length === 0 ? <p>Der er ingen tilbagemeldinger endnu.</p> : list.items.map((f) => (
        <section aria-labelledby={`feedback-${f.id}`}>
          <h2 id={`feedback-${f.id}`}>{f.entity}: {f.title} (version {f.number})</h2>
          <p>Gennemgået {formatDanishDay(f.reviewedAt)}{f.reviewer ? ` af ${f.reviewer}` : ''}. <a href={`/report-versions/${f.versionId}`}>Åbn rapporten<span class="sr-only">: {f.entity}</span></a></p>
          {f.summary && <p>{f.summary}</p>}
          <Table caption={`Tjeklisten for ${f.entity}`} captionHidden rowHeaders head={['Punkt', 'Opfyldt', 'Kommentar']}
            rows={CHECKLIST.map((p) => [p.name, f.points[p.id] ? (f.points[p.id]!.met ? 'Ja' : 'Nej') : '–', f.points[p.id]?.comment || '–'])} />
        </section>
      ))}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} noun="tilbagemeldinger" href={(p) => pageHref(`${REVIEW_BASE}/feedback`, {}, p)} />
    </Layout>
  );
}
