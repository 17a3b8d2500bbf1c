// What the open data holds and how to fetch it.
import { OPEN_DATA_COLUMNS } from '../../../services/portal/export-open-data.ts';
import { PortalLayout } from './portal-layout.tsx';
import { ScrollRegion } from '../components/table.tsx';

export function OpenDataPage({ query }: { query: string }) {
  return (
    <PortalLayout title="Åbne data" breadcrumbs={[['Søg tilbud', '/portal']]}>
      <h1>Åbne data</h1>
      <p>
        Alt, hvad portalen viser om tilbuddene, kan hentes som åbne data: tilbuddenes offentlige oplysninger og
        socialtilsynets offentliggjorte vurderinger. Filerne indeholder præcis det samme som siderne – hverken mere eller mindre.
      </p>
      <h2>Hent data</h2>
      <ul>
        <li><a href={`/portal/open-data.csv${query}`}>CSV-fil</a> – kommasepareret (RFC 4180) i UTF-8 med byte order mark, så den kan åbnes i Excel.</li>
        <li><a href={`/portal/open-data.json${query}`}>JSON-fil</a> – de samme rækker som CSV-filen.</li>
      </ul>
      <p>
        Filerne kan afgrænses med de samme felter som søgningen, sat på adressen: <code>navn</code>, <code>kommune</code>,{' '}
        <code>lovgrundlag</code> og <code>målgruppe</code>, fx <code>/portal/open-data.csv?kommune=Aalborg</code>.
        Lovgrundlag angives med koden fra søgeformularen, fx <code>sel-107</code>.
      </p>
      <h2>Rækker og kolonner</h2>
      <p>
        Der er én række pr. afsnit af den seneste offentliggjorte rapport (den samlede vurdering og hvert tema),
        én række pr. tidligere offentliggjort rapport med dens samlede vurdering, og én række uden rapportfelter for et tilbud,
        der endnu ikke har en offentliggjort rapport. Tilbuddets oplysninger gentages i hver række.
      </p>
      <ScrollRegion label="Kolonnerne i CSV-filen">
        <table class="table">
          <caption>Kolonnerne i CSV-filen</caption>
          <thead>
            <tr>
              <th scope="col">Kolonne</th>
              <th scope="col">Indhold</th>
            </tr>
          </thead>
          <tbody>
            {OPEN_DATA_COLUMNS.map((col) => (
              <tr>
                <th scope="row"><code>{col.header}</code></th>
                <td>{col.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        En tekst, der ser ud til at indeholde personoplysninger (fx et CPR-nummer), vises hverken på siderne eller i filerne,
        men erstattes af teksten »[Teksten er tilbageholdt]«. I CSV-filen får en celle, der begynder med =, +, - eller @,
        en apostrof foran, så et regneark ikke læser den som en formel.
      </p>
      <h2>API</h2>
      <p>
        De samme oplysninger findes i et JSON-API uden login: <code>/api/portal/providers</code> (søgning),{' '}
        <code>/api/portal/providers/&lt;id&gt;</code> (et tilbud) og <code>/api/portal/open-data.json</code>.
        Beskrivelsen står i <a href="/api/openapi.json">OpenAPI-dokumentet</a>.
      </p>
    </PortalLayout>
  );
}
