// One calibration round: the case and its material; for an invited inspector while open, the
// answer form (a value and a reason per item, their own answers only); for the owner, how many have
// answered and the close button; once closed, the results — alpha in words, the distribution per
// item, the reasons side by side, the deviations — and the discussion per item.
import { formatDanishDate } from '../../../core/calendar.ts';
import { answerLabel } from '../../../core/calibration/calibration-items.ts';
import { CALIBRATION_STATUS_LABEL, FACT_ITEM_KIND_LABEL, formatAverage } from '../../../core/labels.ts';
import type { RoundView } from '../../../services/calibration/get-round.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { Layout } from '../layout.tsx';
import { ChoiceGroup, Csrf, SelectField, TextArea } from '../forms.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { SummaryList } from '../components/summary-list.tsx';
import { Table } from '../components/table.tsx';
import { agreementText, formatAlpha, METRIC_TEXT } from './consistency-format.ts';

const BASE = '/consistency/calibration';
const SAVED: Record<string, string> = { created: 'Runden er oprettet', answered: 'Dine svar er gemt', closed: 'Runden er lukket', discussed: 'Drøftelsen er gemt' };

type Props = { view: RoundView; issues: FieldIssue[]; values: Record<string, string> | null; saved: string | null };

export function RoundPage({ view, issues, values, saved }: Props) {
  const { round, items, abilities, results } = view;
  const here = `${BASE}/${round.id}`;
  const name = (authorityId: string) => view.authorityNames[authorityId] ?? authorityId;
  return (
    <Layout title={`${round.title} – kalibrering`} breadcrumbs={[['Ensartethed', '/consistency'], ['Kalibreringsrunder', BASE]]}>
      <h1>{round.title}</h1>
      {saved && SAVED[saved] && <Notice kind="success" heading={SAVED[saved]} />}
      <ErrorSummary issues={issues} />
      <SummaryList label="Runden" items={[
        ['Status', CALIBRATION_STATUS_LABEL[round.status]],
        ['Model', view.modelTitle],
        ['Frist', formatDanishDate(round.deadline)],
        ['Oprettet af', view.ownerName],
        ['Deltagere', view.invited ? view.invited.map((i) => `${i.name} (${name(i.authorityId)})`).join(', ') : `${view.invitedCount} tilsynskonsulenter`],
        ...(view.answeredAll !== null ? [['Har svaret på alle punkter', `${view.answeredAll} af ${view.invitedCount}`] as [string, string]] : []),
      ]} />
      <h2>Sagen</h2>
      {round.caseText.split(/\n{2,}/).map((p) => <p>{p}</p>)}
      {view.attachments.length > 0 && (
        <ul>{view.attachments.map((f) => <li><a href={`${here}/attachments/${f.id}`}>Bilag: {f.fileName}</a></li>)}</ul>
      )}
      {abilities.answer && (
        <form method="post" action={`${here}/answers`}>
          <Csrf />
          <h2>Dine svar</h2>
          <p>Du svarer hver for sig: ingen ser dine svar, før runden er lukket. Du kan ændre dem indtil da.</p>
          {items.map((item) => {
            const mine = view.myAnswers?.[item.id];
            return (
              <section aria-labelledby={`item-${item.id}`}>
                <h3 id={`item-${item.id}`}>{FACT_ITEM_KIND_LABEL[item.kind]} {item.id}</h3>
                <p>{item.text}</p>
                <ChoiceGroup type="radio" name={`value:${item.id}`} label={`Dit svar på ${item.id}`} options={item.options.map((o) => [o.value, o.label])}
                  values={[values ? values[`value:${item.id}`] ?? '' : mine?.value ?? '']} issues={issues} />
                <TextArea name={`reason:${item.id}`} label={`Kort begrundelse for ${item.id}`} value={values ? values[`reason:${item.id}`] : mine?.reason} issues={issues} rows={3} />
              </section>
            );
          })}
          <button type="submit" class="button button-primary">Gem mine svar</button>
        </form>
      )}
      {abilities.close && (
        <form method="post" action={`${here}/close`}>
          <Csrf />
          <h2>Luk runden</h2>
          <p>Når runden er lukket, kan svarene ikke ændres, og resultaterne vises for deltagerne.</p>
          <button type="submit" class="button button-primary">Luk runden og vis resultaterne</button>
        </form>
      )}
      {!results && !abilities.answer && !abilities.close && <p>Resultaterne vises, når runden er lukket.</p>}
      {results && (
        <>
          <h2>Enighed</h2>
          <p id="round-alpha">{agreementText(results.overall)}</p>
          <p>Beregnet som Krippendorffs {METRIC_TEXT[results.metric]} over rundens {items.length} punkter med {results.overall.answers} svar. Bånd: mindst 0,800 pålidelig; 0,667–0,800 foreløbig; under 0,667 ikke pålidelig.</p>
          {results.byAuthority.length > 1 && (
            <Table caption="Enighed inden for hvert socialtilsyn" rowHeaders head={['Socialtilsyn', 'Svar', 'Alfa', 'Vurdering']}
              rows={results.byAuthority.map((a) => [name(a.authorityId), String(a.answers), formatAlpha(a.alpha), agreementText(a)])} />
          )}
          {results.inspectors.length > 0 && (
            <Table caption={abilities.readDeviations ? 'Hver tilsynskonsulents afvigelse fra medianen' : 'Din afvigelse fra medianen'} rowHeaders
              head={['Tilsynskonsulent', 'Socialtilsyn', 'Besvarede punkter', 'Afvigelse']}
              rows={results.inspectors.map((i) => [i.name, name(i.authorityId), String(i.answered), i.deviation === null ? '–' : formatAverage(i.deviation, 2)])} />
          )}
          <p>Afvigelse: for scorer den gennemsnitlige afstand til punktets median; for konklusioner andelen af punkter, hvor svaret afviger fra det hyppigste.</p>
          {results.items.map((r) => {
            const discussion = view.discussions.find((d) => d.itemId === r.item.id);
            return (
              <section aria-labelledby={`result-${r.item.id}`}>
                <h3 id={`result-${r.item.id}`}>{FACT_ITEM_KIND_LABEL[r.item.kind]} {r.item.id}</h3>
                <p>{r.item.text}</p>
                <Table caption={`Fordelingen af svar på ${r.item.id}`} captionHidden rowHeaders head={['Svar', 'Antal']} rows={r.distribution.map((d) => [d.label, String(d.count)])} />
                <p>{r.item.kind === 'indicator' ? `Median: ${r.middle[0]?.replace('.', ',') ?? '–'}` : `Hyppigste svar: ${r.middle.map((v) => answerLabel(r.item, v)).join(' og ') || '–'}`}. Enige par: {r.agreeingPairs === null ? '–' : `${Math.round(r.agreeingPairs * 100)} %`}.</p>
                <h4>Begrundelserne</h4>
                <ul>{r.reasons.map((x) => <li><strong>{x.label}:</strong> {x.reason}</li>)}</ul>
                {discussion && <p><strong>Drøftelse:</strong> {discussion.note}{discussion.agreedValue ? ` Fælles svar: ${answerLabel(r.item, discussion.agreedValue)}.` : ''}</p>}
                {abilities.discuss && (
                  <form method="post" action={`${here}/discussions`}>
                    <Csrf />
                    <input type="hidden" name="itemId" value={r.item.id} />
                    <TextArea name={`note:${r.item.id}`} label={`Drøftelse af ${r.item.id}`} value={values?.[`note:${r.item.id}`] ?? discussion?.note ?? ''} issues={issues} rows={3} />
                    <SelectField name={`agreedValue:${r.item.id}`} label={`Fælles svar på ${r.item.id}`} placeholder="Intet fælles svar" value={values?.[`agreedValue:${r.item.id}`] ?? discussion?.agreedValue ?? ''}
                      options={r.item.options.map((o) => [o.value, o.label])} issues={issues} />
                    <button type="submit" class="button button-secondary">Gem drøftelsen af {r.item.id}</button>
                  </form>
                )}
              </section>
            );
          })}
        </>
      )}
    </Layout>
  );
}
