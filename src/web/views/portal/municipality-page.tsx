// The municipalities' page: the published conclusions for foster families (not on the public portal).
import { capitalise } from '../../../core/labels.ts';
import type { FosterFamilyConclusion } from '../../../services/portal/list-municipality-conclusions.ts';
import { Layout } from '../layout.tsx';
import { PublishedText } from './portal-layout.tsx';
import { HistoryTable } from './provider-page.tsx';
import { ScrollRegion } from '../components/table.tsx';

export function MunicipalityConclusionsPage({ list }: { list: FosterFamilyConclusion[] }) {
  return (
    <Layout title="Plejefamiliers konklusioner">
      <h1>Plejefamiliers konklusioner</h1>
      <p>
        Socialtilsynets offentliggjorte konklusioner for plejefamilier: den samlede vurdering og vurderingen af temaerne fra
        den seneste sendte tilsynsrapport. Oplysningerne er kun for kommunerne og vises ikke på den offentlige portal.
      </p>
      {list.length === 0 ? (
        <p>Der er endnu ingen offentliggjorte konklusioner for plejefamilier.</p>
      ) : (
        <>
          <ScrollRegion label={`Plejefamilier med offentliggjorte konklusioner (${list.length})`}>
            <table class="table">
              <caption>{`Plejefamilier med offentliggjorte konklusioner (${list.length})`}</caption>
              <thead>
                <tr>
                  <th scope="col">Plejefamilie</th>
                  <th scope="col">Kommune</th>
                  <th scope="col">Typologi</th>
                  <th scope="col">Seneste rapport offentliggjort</th>
                </tr>
              </thead>
              <tbody>
                {list.map((f) => (
                  <tr>
                    <th scope="row"><a href={`#family-${f.fosterFamily.id}`}>{f.fosterFamily.name}</a></th>
                    <td>{f.fosterFamily.municipality}</td>
                    <td>{capitalise(f.fosterFamily.typologyLabel)}</td>
                    <td>{f.latest.publishedOnLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {list.map((f) => (
            <section aria-labelledby={`family-${f.fosterFamily.id}`}>
              <h2 id={`family-${f.fosterFamily.id}`} tabindex={-1}>{f.fosterFamily.name}</h2>
              <p>
                {f.fosterFamily.municipality}, {f.fosterFamily.typologyLabel}. Offentliggjort {f.latest.publishedOnLabel}, version {f.latest.version}
                {f.latest.reportDateLabel ? `, rapportens dato ${f.latest.reportDateLabel}` : ''}.
              </p>
              <h3>Samlet vurdering</h3>
              <PublishedText text={f.latest.overallAssessment} />
              {f.latest.themes.map((t) => (
                <>
                  <h4>{t.title}</h4>
                  <PublishedText text={t.assessment} />
                </>
              ))}
              {f.latest.economy && (
                <>
                  <h4>Plejefamiliens økonomi</h4>
                  <PublishedText text={f.latest.economy} />
                </>
              )}
              {f.history.length > 0 && <HistoryTable history={f.history} caption={`Tidligere konklusioner for ${f.fosterFamily.name}`} />}
            </section>
          ))}
        </>
      )}
    </Layout>
  );
}
