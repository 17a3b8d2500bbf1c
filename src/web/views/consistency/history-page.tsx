// Whether consistency improves: alpha per closed round, overall and per authority, as a line chart
// (SVG with a text alternative, the data as a table and CSV), and per item over the rounds.
import { formatDanishDay } from '../../../core/calendar.ts';
import { RELIABILITY_BAND_LABEL } from '../../../core/labels.ts';
import type { CalibrationHistory } from '../../../services/calibration/get-calibration-history.ts';
import { Layout } from '../layout.tsx';
import { ChartFigure, LineChart } from '../components/charts.tsx';
import type { TableData } from '../components/data-table.tsx';
import { Table } from '../components/table.tsx';
import { formatAlpha } from './consistency-format.ts';


export function historyTable(h: CalibrationHistory, names: Record<string, string>): TableData {
  return {
    caption: 'Alfa pr. lukket runde',
    head: ['Runde', 'Lukket', 'Alle', 'Vurdering', ...h.authorities.map((a) => names[a] ?? a)],
    rows: h.rounds.map((r) => [r.title, formatDanishDay(r.closedOn), formatAlpha(r.alpha), r.band ? RELIABILITY_BAND_LABEL[r.band] : '–', ...h.authorities.map((a) => formatAlpha(r.byAuthority[a] ?? null))]),
  };
}

export function HistoryPage({ history: h, names }: { history: CalibrationHistory; names: Record<string, string> }) {
  const xs = h.rounds.map((_, i) => i + 1);
  const values = h.rounds.flatMap((r) => [r.alpha, ...Object.values(r.byAuthority)]).filter((v): v is number => v !== null);
  const yMin = Math.min(0, Math.floor(Math.min(0, ...values) * 4) / 4);
  const last = h.rounds[h.rounds.length - 1];
  const first = h.rounds[0];
  return (
    <Layout title="Enighed over tid" breadcrumbs={[['Ensartethed', '/consistency'], ['Kalibreringsrunder', '/consistency/calibration']]}>
      <h1>Enighed over tid</h1>
      <p>Krippendorffs alfa for de seneste lukkede kalibreringsrunder (højst 20), for alle deltagere og inden for hvert socialtilsyn. Mindst 0,800 er pålidelig, 0,667–0,800 foreløbig, under 0,667 ikke pålidelig.</p>
      {!last || !first ? <p>Der er ingen lukkede kalibreringsrunder endnu.</p> : (
        <>
          <ChartFigure id="alpha-history" width={660} height={300} title="Krippendorffs alfa pr. kalibreringsrunde"
            description={`En linje for alle deltagere og en pr. socialtilsyn over ${h.rounds.length} runder, fra ${formatDanishDay(first.closedOn)} til ${formatDanishDay(last.closedOn)}.`}
            caption={`Seneste runde (${last.title}): alfa ${formatAlpha(last.alpha)}${last.band ? `, ${RELIABILITY_BAND_LABEL[last.band]}` : ''}; første runde: ${formatAlpha(first.alpha)}.`}
            table={historyTable(h, names)} csvHref="/consistency/calibration/history.csv">
            <LineChart xs={xs} xLabel={(x) => `R${x}`} yMin={yMin} yMax={1} yFormat={(y) => formatAlpha(y)}
              series={[
                { label: 'Alle', points: h.rounds.map((r, i) => ({ x: i + 1, y: r.alpha })) },
                ...h.authorities.map((a) => ({ label: names[a] ?? a, points: h.rounds.map((r, i) => ({ x: i + 1, y: r.byAuthority[a] ?? null })) })),
              ]} />
          </ChartFigure>
          <Table caption="Alfa pr. punkt over runderne (hver runde er en enhed)" rowHeaders head={['Punkt', 'Model', 'Runder', 'Alfa', 'Vurdering']}
            rows={h.items.map((i) => [`${i.item.id}: ${i.item.text}`, i.modelTitle, String(i.rounds), formatAlpha(i.alpha), i.band ? RELIABILITY_BAND_LABEL[i.band] : 'kræver mindst to runder'])} />
        </>
      )}
    </Layout>
  );
}
