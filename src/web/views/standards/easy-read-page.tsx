// The traffic light for the residents (seed 003): easy to read, large type, each colour named in
// words beside its meaning (never colour alone), and nothing but the light when printed.
import { TRAFFIC_LIGHT_LABEL } from '../../../core/labels.ts';
import { TRAFFIC_LIGHT_COLOURS } from '../../../core/vocabulary.ts';
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import type { TrafficLightView } from '../../../services/standards/get-traffic-light.ts';
import { Layout } from '../layout.tsx';
import { colourMeaning } from './traffic-light-page.tsx';

export function EasyReadTrafficLightPage({ model, view }: { model: StandardsModel; view: TrafficLightView }) {
  return (
    <Layout title={`Trafiklyset – ${view.institution.name} (let læst)`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards'], [`Trafiklyset – ${view.institution.name}`, `/standards/institutions/${view.institution.providerId}/traffic-light`]]}>
      <div class="easy-read">
        <h1>Vores trafiklys – {view.institution.name}</h1>
        {TRAFFIC_LIGHT_COLOURS.map((colour) => (
          <section aria-labelledby={`easy-${colour}`} class={`easy-read__colour traffic-light--${colour}`}>
            <h2 id={`easy-${colour}`}>{TRAFFIC_LIGHT_LABEL[colour].toUpperCase()}</h2>
            <p>{colourMeaning(model, colour)}</p>
            <ul>
              {view.current.filter((i) => i.colour === colour).map((i) => <li>{i.matter}{i.unit ? ` (${i.unit})` : ''}</li>)}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}
