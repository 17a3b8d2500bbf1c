// A provider on the public portal: its public facts, the latest published report's assessments,
// and the earlier published overall assessments.
import { AlertIcon } from '../components/notice.tsx';
import { SummaryRow } from '../components/summary-list.tsx';
import type { ProviderPage as ProviderPageData, PublishedAssessment, PublishedHistoryEntry } from '../../../services/portal/get-provider-page.ts';
import { PortalLayout, PublishedText } from './portal-layout.tsx';
import { ScrollRegion } from '../components/table.tsx';
import { ECONOMY_SECTION } from '../../../services/portal/export-open-data.ts';


function LatestReport({ latest }: { latest: PublishedAssessment }) {
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading">Seneste tilsynsrapport</h2>
      <p>
        Offentliggjort {latest.publishedOnLabel}, version {latest.version}
        {latest.reportDateLabel ? `, rapportens dato ${latest.reportDateLabel}` : ''}.
      </p>
      <h3>Samlet vurdering</h3>
      <PublishedText text={latest.overallAssessment} />
      {latest.disproportionatelyExpensive && (
        <p><strong>Socialtilsynet vurderer, at tilbuddet er uforholdsmæssigt dyrt i forhold til kvaliteten af indsatsen.</strong></p>
      )}
      {(latest.themes.length > 0 || latest.economy) && (
        <>
          <h3>Vurdering af temaerne</h3>
          {latest.themes.map((t) => (
            <section aria-labelledby={`theme-${t.id}`}>
              <h4 id={`theme-${t.id}`}>{t.title}</h4>
              <PublishedText text={t.assessment} />
            </section>
          ))}
          {latest.economy && (
            <section aria-labelledby="theme-economy">
              <h4 id="theme-economy">{ECONOMY_SECTION}</h4>
              <PublishedText text={latest.economy} />
            </section>
          )}
        </>
      )}
    </section>
  );
}

export function HistoryTable({ history, caption }: { history: PublishedHistoryEntry[]; caption: string }) {
  return (
    <ScrollRegion label={caption}>
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Offentliggjort</th>
            <th scope="col">Version</th>
            <th scope="col">Samlet vurdering</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr>
              <th scope="row">{h.publishedOnLabel}</th>
              <td>{h.version}</td>
              <td><PublishedText text={h.overallAssessment} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function ProviderPage({ page }: { page: ProviderPageData }) {
  const { provider: p, latest, history } = page;
  return (
    <PortalLayout title={p.name} breadcrumbs={[['Søg tilbud', '/portal']]}>
      <h1>{p.name}</h1>
      {p.enhancedSupervision && (
        <div class="alert alert-warning alert--show-icon" role="note" aria-label="Skærpet tilsyn">
          <AlertIcon kind="warning" />
          <div class="alert-body">
            <p class="alert-text"><strong>Skærpet tilsyn indtil {p.enhancedSupervision.endsOnLabel}</strong></p>
          </div>
        </div>
      )}
      <dl class="summary-list">
        <SummaryRow term="Kommune">{p.municipality}</SummaryRow>
        <SummaryRow term="Lovgrundlag">{p.legalBasisLabels.join(', ')}</SummaryRow>
        <SummaryRow term="Målgrupper">{p.targetGroups.length ? p.targetGroups.join(', ') : 'Ikke oplyst'}</SummaryRow>
        <SummaryRow term="Godkendelse">{p.approvalStatusLabel}</SummaryRow>
        <SummaryRow term="Skærpet tilsyn">{p.enhancedSupervision ? `Ja, indtil ${p.enhancedSupervision.endsOnLabel}` : 'Nej'}</SummaryRow>
      </dl>
      {latest ? (
        <LatestReport latest={latest} />
      ) : (
        <>
          <h2>Seneste tilsynsrapport</h2>
          <p>Socialtilsynet har endnu ikke offentliggjort en tilsynsrapport for tilbuddet.</p>
        </>
      )}
      <h2>Tidligere offentliggjorte vurderinger</h2>
      {history.length === 0 ? (
        <p>Der er ingen tidligere offentliggjorte vurderinger.</p>
      ) : (
        <HistoryTable history={history} caption="Tidligere offentliggjorte samlede vurderinger, nyeste først" />
      )}
    </PortalLayout>
  );
}
