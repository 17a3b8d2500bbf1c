// An institution's traffic light (seed 003): the matters by colour — each colour named in words and
// explained in the model's own wording — the form to place or move a matter (the institution
// only), the history, and a link to the easy-read page for residents.
import { formatDanishDate, formatDanishDay } from '../../../core/calendar.ts';
import { TRAFFIC_LIGHT_LABEL } from '../../../core/labels.ts';
import { TRAFFIC_LIGHT_COLOURS, type TrafficLightColour } from '../../../core/vocabulary.ts';
import type { StandardsModel } from '../../../core/kinds/standards/catalog.ts';
import type { TrafficLightItem, TrafficLightView } from '../../../services/standards/get-traffic-light.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { Csrf, SelectField, TextField } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Table } from '../components/table.tsx';

const COLOUR_OPTIONS: [string, string][] = TRAFFIC_LIGHT_COLOURS.map((c) => [c, TRAFFIC_LIGHT_LABEL[c]]);
export const colourMeaning = (model: StandardsModel, colour: TrafficLightColour) => model.trafficLight.find((t) => t.colour === colour)?.text ?? '';
const where = (i: TrafficLightItem) => (i.unit ? ` (${i.unit})` : '');

export function TrafficLightPage({ model, view, issues }: { model: StandardsModel; view: TrafficLightView; issues: FieldIssue[] }) {
  const base = `/standards/institutions/${view.institution.providerId}/traffic-light`;
  return (
    <Layout title={`Trafiklyset – ${view.institution.name}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards']]}>
      <h1>Trafiklyset: {view.institution.name}</h1>
      <p>Hverdagens sager placeret efter, hvor meget beboerne selv bestemmer – aftalt med beboerne. <a href={`${base}/easy-read`}>Let læst udgave til beboerne (kan udskrives)</a></p>
      <ErrorSummary issues={issues} />
      {TRAFFIC_LIGHT_COLOURS.map((colour) => {
        const items = view.current.filter((i) => i.colour === colour);
        return (
          <section aria-labelledby={`colour-${colour}`} class={`traffic-light traffic-light--${colour}`}>
            <h2 id={`colour-${colour}`}>{TRAFFIC_LIGHT_LABEL[colour]} felt</h2>
            <p>{colourMeaning(model, colour)}</p>
            {items.length === 0 ? <p>Ingen sager.</p> : (
              <ul>
                {items.map((i) => (
                  <li>
                    <strong>{i.matter}</strong>{where(i)} – aftalt {formatDanishDate(i.agreedOn)} med {i.agreedWith}
                    {view.mayWrite && <> <a href={`${base}/items/${i.id}/move`}>Flyt<span class="sr-only">: {i.matter}</span></a></>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {view.mayWrite && (
        <>
          <h2>Placér en sag</h2>
          <PlaceForm action={base} issues={issues} />
        </>
      )}
      <h2>Historik</h2>
      {view.history.length === 0 ? <p>Ingen ændringer endnu.</p> : (
        <Table caption="Ændrede placeringer" head={['Sag', 'Farve', 'Aftalt', 'Med', 'Ændret']} rows={view.history.map((i) => [`${i.matter}${where(i)}`, TRAFFIC_LIGHT_LABEL[i.colour], formatDanishDate(i.agreedOn), i.agreedWith, i.endedAt ? formatDanishDay(i.endedAt) : ''])} />
      )}
    </Layout>
  );
}

/** Moving one matter: its own page, so the form's fields have ids of their own. */
export function MoveTrafficLightItemPage({ view, item, issues }: { view: TrafficLightView; item: TrafficLightItem; issues: FieldIssue[] }) {
  const base = `/standards/institutions/${view.institution.providerId}/traffic-light`;
  return (
    <Layout title={`Flyt: ${item.matter}`} breadcrumbs={[['Kvalitetsmodel for institutioner', '/standards'], [`Trafiklyset – ${view.institution.name}`, base]]}>
      <h1>Flyt: {item.matter}{where(item)}</h1>
      <p>I dag: {TRAFFIC_LIGHT_LABEL[item.colour].toLowerCase()} felt, aftalt {formatDanishDate(item.agreedOn)} med {item.agreedWith}. Den gamle placering gemmes i historikken.</p>
      <ErrorSummary issues={issues} />
      <PlaceForm action={base} replaces={item} issues={issues} />
    </Layout>
  );
}

function PlaceForm({ action, replaces, issues = [] }: { action: string; replaces?: TrafficLightItem; issues?: FieldIssue[] }) {
  return (
    <form method="post" action={action}>
      <Csrf />
      {replaces && <input type="hidden" name="replaces" value={replaces.id} />}
      {replaces ? <input type="hidden" name="matter" value={replaces.matter} /> : <TextField name="matter" label="Sag" issues={issues} hint="Fx husleje, værelsets indretning, hvornår vi spiser aftensmad." />}
      {replaces ? <input type="hidden" name="unit" value={replaces.unit} /> : <TextField name="unit" label="Hus eller enhed (valgfri)" issues={issues} />}
      <SelectField name="colour" label="Farve" value={replaces?.colour} options={COLOUR_OPTIONS} issues={issues} />
      <TextField name="agreedOn" label="Aftalt dato" type="date" issues={issues} />
      <TextField name="agreedWith" label="Aftalt med" issues={issues} hint="Fx beboerrådet eller husmødet." />
      <button type="submit" class="button button-primary">{replaces ? 'Flyt sagen' : 'Placér sagen'}</button>
    </form>
  );
}
