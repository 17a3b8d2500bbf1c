// One final report version as a page: what it is (version, dates, what it supersedes or is
// superseded by, content hash), links to the PDF and JSON, and the stored document itself.
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
        <div class="alert alert-warning">
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
      <dl class="inspection-facts">
        <dt>Tilsyn</dt>
        <dd>{staff ? <a href={`/inspections/${detail.inspection.id}/report`}>{detail.inspection.title}</a> : detail.inspection.title}</dd>
        <dt>Afsluttet</dt>
        <dd><DateTimeText at={detail.finalisedAt} />{detail.finalisedBy ? ` af ${detail.finalisedBy.displayName}` : ''}</dd>
        <dt>Sendt</dt>
        <dd>{detail.sentAt ? <DateTimeText at={detail.sentAt} /> : 'Ikke sendt endnu'}</dd>
        {detail.supersedes && (
          <Fragment>
            <dt>Erstatter</dt>
            <dd><a href={`/report-versions/${detail.supersedes.id}`}>Version {detail.supersedes.number}</a></dd>
          </Fragment>
        )}
        <dt>Offentliggøres for</dt>
        <dd>{AUDIENCE_DESCRIPTION[detail.audience]}</dd>
        <dt>Kontrolsum (SHA-256)</dt>
        <dd><code>{detail.contentHash}</code></dd>
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
