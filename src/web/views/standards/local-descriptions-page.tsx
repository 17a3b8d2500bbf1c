// The local descriptions (seed 003): per standard the approved version and a draft waiting for the
// region; the institution writes a new version on a page of its own, the region approves.
import { formatDanishDate } from '../../../core/calendar.ts';
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import type { LocalDescription } from '../../../services/standards/local-descriptions.ts';
import type { Institution } from '../../../services/standards/load-institution.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { SourceMark } from '../model/model-pages.tsx';
import { Csrf, TextArea } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';

type View = { institution: Institution; descriptions: LocalDescription[]; mayWrite: boolean; mayApprove: boolean };

export function LocalDescriptionsPage({ model, view, saved }: { model: StandardsModel; view: View; saved: string | null }) {
  const base = `/standards/institutions/${view.institution.providerId}/descriptions`;
  return (
    <Layout title={`Lokale beskrivelser – ${view.institution.name}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>Lokale beskrivelser: {view.institution.name}</h1>
      <p>Hvordan institutionen helt konkret vil leve op til hver standard. Institutionen skriver, regionen godkender.</p>
      {saved === 'written' && <Notice kind="success" heading="Beskrivelsen er gemt og venter på regionens godkendelse" />}
      {saved === 'approved' && <Notice kind="success" heading="Beskrivelsen er godkendt" />}
      {model.standards.map((s) => {
        const versions = view.descriptions.filter((d) => d.standardId === s.id);
        const approved = versions.find((d) => d.status === 'approved');
        const draft = versions.find((d) => d.status === 'draft');
        return (
          <section aria-labelledby={`standard-${s.id}`}>
            <h2 id={`standard-${s.id}`}>{s.title}</h2>
            {approved ? (
              <>
                <p class="font-lead">Version {approved.version}, godkendt {approved.approvedOn ? formatDanishDate(approved.approvedOn) : ''}</p>
                <p>{approved.text}</p>
              </>
            ) : <p>Ingen godkendt beskrivelse endnu.</p>}
            {draft && (
              <div class="local-description__draft">
                <p><strong>Version {draft.version} venter på godkendelse:</strong> {draft.text}</p>
                {view.mayApprove && (
                  <form method="post" action={`${base}/${draft.id}/approve`}>
                    <Csrf />
                    <button type="submit" class="button button-secondary">Godkend<span class="sr-only"> beskrivelsen af {s.title}</span></button>
                  </form>
                )}
              </div>
            )}
            {view.mayWrite && <p><a href={`${base}/${s.id}`}>Skriv ny version<span class="sr-only"> af beskrivelsen af {s.title}</span></a></p>}
          </section>
        );
      })}
    </Layout>
  );
}

export function WriteLocalDescriptionPage({ standard, view, value, issues }: { standard: StandardsModel['standards'][number]; view: View; value: string; issues: FieldIssue[] }) {
  const base = `/standards/institutions/${view.institution.providerId}/descriptions`;
  return (
    <Layout title={`${standard.title} – lokal beskrivelse`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards'], [`Lokale beskrivelser – ${view.institution.name}`, base]]}>
      <h1>{standard.title}: lokal beskrivelse</h1>
      {standard.text && <p>Standarden: {standard.text}<SourceMark source={standard.source} /></p>}
      <ErrorSummary issues={issues} />
      <form method="post" action={`${base}/${standard.id}`}>
        <Csrf />
        <TextArea name="text" label="Sådan lever vi op til standarden" value={value} issues={issues} rows={10} />
        <button type="submit" class="button button-primary">Gem til godkendelse</button>
      </form>
    </Layout>
  );
}
