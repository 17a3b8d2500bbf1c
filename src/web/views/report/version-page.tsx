// One final report version as a page: what it is (version, dates, what it supersedes or is
// superseded by, content hash), links to the PDF and JSON, and the stored document itself.
import { AlertIcon } from '../components/notice.tsx';
import { SummaryRow } from '../components/summary-list.tsx';
import { Fragment } from 'hono/jsx';
import type { ReportVersionDetail } from '../../../services/reports/get-report-version.ts';
import { Layout } from '../layout.tsx';
import { DateTimeText, EmbeddedReport } from './report-parts.tsx';
import { AUDIENCE_DESCRIPTION } from '../../../core/labels.ts';

export function VersionPage({ detail }: { detail: ReportVersionDetail }) {
  const d = detail.document;
  const staff = detail.abilities.write;
  return (
    <Layout title={`${d.title}, version ${detail.number}`}
      breadcrumbs={[['Forside', '/'], ['Tilsynsrapporter', '/reports']]}>
      <h1>{d.title}</h1>
      {detail.supersededBy && (
        <div class="alert alert-warning alert--show-icon">
          <AlertIcon kind="warning" />
          <div class="alert-body">
            <p class="alert-heading">Denne version er erstattet</p>
            <p class="alert-text"><a href={`/report-versions/${detail.supersededBy.id}`}>Se version {detail.supersededBy.number}</a>, som erstatter den.</p>
          </div>
        </div>
      )}
      <p>
        <a class="button button-primary" href={`/report-versions/${detail.id}.pdf`}>Hent PDF</a>{' '}
        <a class="button button-secondary" href={`/report-versions/${detail.id}.json`}>Hent som JSON</a>
      </p>
      <dl class="summary-list">
        <SummaryRow term="Tilsyn">{staff ? <a href={`/inspections/${detail.inspection.id}/report`}>{detail.inspection.title}</a> : detail.inspection.title}</SummaryRow>
        <SummaryRow term="Afsluttet"><DateTimeText at={detail.finalisedAt} />{detail.finalisedBy ? ` af ${detail.finalisedBy.displayName}` : ''}</SummaryRow>
        <SummaryRow term="Sendt">{detail.sentAt ? <DateTimeText at={detail.sentAt} /> : 'Ikke sendt endnu'}</SummaryRow>
        {detail.supersedes && (
          <Fragment>
            <SummaryRow term="Erstatter"><a href={`/report-versions/${detail.supersedes.id}`}>Version {detail.supersedes.number}</a></SummaryRow>
          </Fragment>
        )}
        <SummaryRow term="Offentliggøres for">{AUDIENCE_DESCRIPTION[detail.audience]}</SummaryRow>
        <SummaryRow term="Kontrolsum (SHA-256)"><code>{detail.contentHash}</code></SummaryRow>
      </dl>
      {detail.hearingAnswer !== null && (
        <section aria-labelledby="hoeringssvar">
          <h2 id="hoeringssvar">Høringssvar</h2>
          <blockquote class="report-hearing-answer">{detail.hearingAnswer}</blockquote>
        </section>
      )}
      <EmbeddedReport document={d} />
    </Layout>
  );
}
