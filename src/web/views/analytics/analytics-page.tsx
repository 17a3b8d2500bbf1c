// /analytics: the overview for the auditor (all five authorities by name) and managers (their own
// authority beside the others pooled): distribution, comparison in words, heat table, trend and
// funnel plots, each chart with its table and CSV.
import type { AssessableModel } from '../../../core/model/schema.ts';
import type { FieldIssue } from '../../../services/service-error.ts';
import { decimalComma, formatShare } from '../../../core/analytics/describe-comparison.ts';
import { filterQuery } from '../../../services/analytics/analytics-filter.ts';
import type { AnalyticsOverview, FunnelFigure, GroupFigures } from '../../../services/analytics/get-analytics-overview.ts';
import { Layout } from '../layout.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { Notice } from '../components/notice.tsx';
import { ScrollRegion } from '../components/table.tsx';
import { AnalyticsNav } from './analytics-nav.tsx';
import { ChartFigure, DivergingBars, FunnelPlot, LineChart, divergingHeight, type DivergingRow } from '../components/charts.tsx';
import { distributionTable, funnelTable, heatTable, itemLabel, lowWords, trendTable, valueLabel } from './analytics-tables.ts';
import { FilterForm, type FilterValues } from './filter-form.tsx';

export type AnalyticsPageProps = { overview: AnalyticsOverview | null; models: AssessableModel[]; values: FilterValues; issues: FieldIssue[] };

export function AnalyticsPage({ overview, models, values, issues }: AnalyticsPageProps) {
  const model = overview?.filter.modelRef ?? models.find((m) => m.id === values.model) ?? models[0] ?? null;
  return (
    <Layout title="Analyse">
      <h1>Analyse af kvalitetsvurderingerne</h1>
      <p class="font-lead">Hvordan de fem socialtilsyn bruger kvalitetsmodellen, talt på afsluttede rapporter (aldrig udkast) og importerede historiske vurderinger.</p>
      <AnalyticsNav current="/analytics" />
      <ErrorSummary issues={issues} title="Filtrene kunne ikke bruges" />
      <FilterForm action="/analytics" models={models} model={model} values={values} issues={issues} />
      {overview && <Overview o={overview} />}
    </Layout>
  );
}

function Overview({ o }: { o: AnalyticsOverview }) {
  if (o.national.n === 0) return <Notice kind="info" heading="Ingen vurderinger">Ingen afsluttede vurderinger matcher filtrene.</Notice>;
  const csv = (table: string) => `/analytics/data.csv?${filterQuery(o.filter, { table })}`;
  return (
    <>
      <h2>Fordeling pr. socialtilsyn</h2>
      {o.ownAuthority && <p>Du ser dit eget socialtilsyn i detaljer og de øvrige fire samlet.</p>}
      {o.comparison && <Notice kind="info" heading="Sammenligning">{o.comparison.sentence}</Notice>}
      <Distribution o={o} csvHref={csv('distribution')} />
      <h2>Punkter og socialtilsyn</h2>
      <Heat o={o} csvHref={csv('heat')} />
      <h2>Udvikling pr. år</h2>
      <Trend o={o} csvHref={csv('trend')} />
      <h2>Afvigere</h2>
      {o.funnel && <Funnel o={o} figure={o.funnel} who="socialtilsyn" id="funnel" csvHref={csv('funnel')} />}
      {o.inspectorFunnel && <Funnel o={o} figure={o.inspectorFunnel} who="tilsynskonsulent" id="inspectors" csvHref={csv('inspectors')} />}
    </>
  );
}

/** The groups with the largest and the smallest share of low values, with those shares. */
function extremes(groups: GroupFigures[]): [[string, number], [string, number]] | null {
  const shares = groups.flatMap((g): [string, number][] => (g.lowShare === null ? [] : [[g.label, g.lowShare]])).sort((a, b) => b[1] - a[1]);
  const [most, least] = [shares[0], shares[shares.length - 1]];
  return shares.length >= 2 && most && least ? [most, least] : null;
}

function Distribution({ o, csvHref }: { o: AnalyticsOverview; csvHref: string }) {
  const values = o.filter.measure.values;
  const scored = o.filter.measure.kind === 'score';
  const groups = [...o.groups, o.national].filter((g) => g.n > 0);
  const rows: DivergingRow[] = groups.map((g) => ({
    label: g.label,
    n: g.n,
    segments: values.map((v, i) => ({
      cls: `chart-seg chart-seg--${scored ? v : i === 0 ? 'good' : 'bad'}`,
      share: (g.counts[v] ?? 0) / g.n,
      side: scored ? (v === '1' || v === '2' ? 'left' : v === '3' ? 'centre' : 'right') : i === 0 ? 'right' : 'left',
    })),
  }));
  const ex = extremes(o.groups);
  const low = lowWords(o);
  const caption = ex
    ? `Andelen af ${low} er størst hos ${ex[0][0]} (${formatShare(ex[0][1])}) og mindst hos ${ex[1][0]} (${formatShare(ex[1][1])}); for hele landet er den ${formatShare(o.national.lowShare ?? 0)}.`
    : `Andelen af ${low} er ${formatShare(o.national.lowShare ?? 0)} i alt.`;
  return (
    <ChartFigure
      id="distribution"
      caption={caption}
      title={scored ? 'Fordelingen af scorer pr. socialtilsyn' : 'Fordelingen af opfyldt og ikke opfyldt pr. socialtilsyn'}
      description={`Søjler, der går ud fra en midterlinje: ${scored ? 'scorerne 1 og 2 til venstre, 3 fordelt over midten, 4 og 5 til højre' : `${valueLabel(values[1]!)} til venstre, ${valueLabel(values[0]!)} til højre`}. ${groups.map((g) => `${g.label}: ${values.map((v) => `${valueLabel(v)} ${formatShare((g.counts[v] ?? 0) / g.n)}`).join(', ')}`).join('. ')}.`}
      width={660}
      height={divergingHeight(rows.length)}
      table={distributionTable(o)}
      csvHref={csvHref}
    >
      <DivergingBars rows={rows} legend={values.map((v, i) => ({ cls: `chart-seg chart-seg--${scored ? v : i === 0 ? 'good' : 'bad'}`, label: valueLabel(v) }))} />
    </ChartFigure>
  );
}

/** Five heat levels for the share of low values, shown with the number itself (colour is never alone). */
const heatLevel = (share: number | null) => (share === null ? 'heat-none' : `heat-${Math.min(4, Math.floor(share * 10))}`);

function Heat({ o, csvHref }: { o: AnalyticsOverview; csvHref: string }) {
  const table = heatTable(o);
  const scored = o.filter.measure.kind === 'score';
  return (
    <>
      <p>Jo mørkere feltet er, jo større er andelen af {lowWords(o)}. Tallet står i feltet.</p>
      <ScrollRegion label={table.caption}>
        <table class="table table--compact heat-table">
          <caption>{table.caption}</caption>
          <thead>
            <tr>{table.head.map((h) => <th scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {o.heat.map((row) => (
              <tr>
                <th scope="row">{itemLabel(o, row.itemId)}</th>
                {row.cells.flatMap((c) =>
                  scored
                    ? [<td>{c.mean === null ? '–' : decimalComma(c.mean, 2)}</td>, <td class={heatLevel(c.lowShare)}>{c.lowShare === null ? '–' : formatShare(c.lowShare)}</td>]
                    : [<td class={heatLevel(c.lowShare)}>{c.lowShare === null ? '–' : formatShare(c.lowShare)}</td>],
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p><a href={csvHref} download>Hent data som CSV<span class="sr-only">: {table.caption}</span></a></p>
    </>
  );
}

function Trend({ o, csvHref }: { o: AnalyticsOverview; csvHref: string }) {
  const scored = o.filter.measure.kind === 'score';
  const xs = o.trend.map((t) => t.year);
  const labels = o.trend[0]?.cells.map((c) => c.label) ?? [];
  const series = labels.map((label, i) => ({
    label,
    points: o.trend.map((t) => {
      const c = t.cells[i]!;
      return { x: t.year, y: c.n === 0 ? null : scored ? c.mean : c.lowShare };
    }),
  }));
  const national = series[series.length - 1];
  const first = national?.points.find((p) => p.y !== null);
  const last = national ? [...national.points].reverse().find((p) => p.y !== null) : undefined;
  const fmt = (y: number) => (scored ? decimalComma(y, 2) : formatShare(y));
  const caption = first && last && first.x !== last.x
    ? `For hele landet er ${scored ? 'gennemsnittet' : `andelen af ${lowWords(o)}`} gået fra ${fmt(first.y!)} i ${first.x} til ${fmt(last.y!)} i ${last.x}.`
    : `Der er kun vurderinger fra ét år${first ? ` (${first.x})` : ''}.`;
  return (
    <ChartFigure
      id="trend"
      caption={caption}
      title={scored ? 'Gennemsnitlig score pr. år' : `Andel ${lowWords(o)} pr. år`}
      description={`Linjer pr. socialtilsyn og for hele landet over årene ${xs.join(', ')}. ${series.map((s) => `${s.label}: ${s.points.map((p) => `${p.x} ${p.y === null ? 'ingen' : fmt(p.y)}`).join(', ')}`).join('. ')}.`}
      width={660}
      height={300}
      table={trendTable(o)}
      csvHref={csvHref}
    >
      <LineChart series={series} xs={xs} yMin={scored ? 1 : 0} yMax={scored ? 5 : 1} yFormat={fmt} />
    </ChartFigure>
  );
}

function Funnel({ o, figure, who, id, csvHref }: { o: AnalyticsOverview; figure: FunnelFigure; who: 'socialtilsyn' | 'tilsynskonsulent'; id: string; csvHref: string }) {
  const outside = figure.points.filter((p) => p.position === 'above998' || p.position === 'below998');
  const plural = who === 'socialtilsyn' ? 'socialtilsyn' : 'tilsynskonsulenter';
  const caption = outside.length === 0
    ? `Alle ${plural} ligger inden for 99,8 %-grænserne omkring landsgennemsnittet (${formatShare(figure.p0)}).`
    : `${outside.length} ${outside.length === 1 ? (who === 'socialtilsyn' ? 'socialtilsyn' : 'tilsynskonsulent') : plural} ligger uden for 99,8 %-grænserne: ${outside.map((p) => `${p.label} (${formatShare(p.share)})`).join(', ')}.`;
  return (
    <ChartFigure
      id={id}
      caption={caption}
      title={`Tragtdiagram: andel ${lowWords(o)} pr. ${who} mod antal vurderinger`}
      description={`Vandret akse: antal vurderinger; lodret: andel ${lowWords(o)}. Kontrolgrænser for 95 % og 99,8 % omkring ${formatShare(figure.p0)}. ${figure.points.map((p) => `${p.label}: ${p.n} vurderinger, ${formatShare(p.share)}`).join('. ')}.`}
      width={660}
      height={320}
      table={funnelTable(o, figure, who)}
      csvHref={csvHref}
    >
      <FunnelPlot p0={figure.p0} curve={figure.curve} shareFormat={formatShare} points={figure.points.map((p) => ({ label: p.label, n: p.n, share: p.share, outside: p.position !== 'within' }))} />
    </ChartFigure>
  );
}
