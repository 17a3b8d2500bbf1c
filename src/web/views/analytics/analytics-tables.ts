// The figures of every analytics chart as a table: the same rows feed the chart's "Vis data som
// tabel" and its CSV download, so both hold exactly the figures shown.
import { FACT_VALUE_LABEL } from '../../../core/labels.ts';
import { decimalComma, formatShare } from '../../../core/analytics/describe-comparison.ts';
import type { AnalyticsOverview, FunnelFigure, GroupFigures } from '../../../services/analytics/get-analytics-overview.ts';
import { itemNumber } from '../../../core/model/item-number.ts';
import type { ConsistencyView } from '../../../services/analytics/list-consistency.ts';

export type { TableData } from '../components/data-table.tsx';
import type { TableData } from '../components/data-table.tsx';

export const ANALYTICS_TABLES = ['distribution', 'heat', 'trend', 'funnel', 'inspectors'] as const;
export type AnalyticsTable = (typeof ANALYTICS_TABLES)[number];

export const valueLabel = (v: string): string => FACT_VALUE_LABEL[v] ?? `Score ${v}`;
const num = (x: number | null, decimals = 2) => (x === null ? '–' : decimalComma(x, decimals));
const share = (x: number | null) => (x === null ? '–' : formatShare(x));
const interval = (ci: [number, number] | null) => (ci === null ? '–' : `${formatShare(ci[0])}–${formatShare(ci[1])}`);

/** "lave scorer (1–2)" or "ikke opfyldt". */
export function lowWords(o: AnalyticsOverview): string {
  return o.filter.measure.kind === 'score' ? 'lave scorer (1–2)' : valueLabel(o.filter.measure.values[1]);
}

export function distributionTable(o: AnalyticsOverview): TableData {
  const values = o.filter.measure.values;
  const scored = o.filter.measure.kind === 'score';
  return {
    caption: `Fordeling pr. socialtilsyn (antal vurderinger)`,
    head: ['Socialtilsyn', ...values.map(valueLabel), 'I alt', ...(scored ? ['Gennemsnit', 'Median'] : []), `Andel ${lowWords(o)}`, '95 %-interval'],
    rows: [...o.groups, o.national].filter((g) => g.n > 0).map((g) => [
      g.label,
      ...values.map((v) => String(g.counts[v] ?? 0)),
      String(g.n),
      ...(scored ? [num(g.mean), num(g.median, 1)] : []),
      share(g.lowShare),
      interval(g.lowCi95),
    ]),
  };
}

export function heatTable(o: AnalyticsOverview): TableData {
  const scored = o.filter.measure.kind === 'score';
  return {
    caption: scored ? 'Gennemsnit og andel lave scorer (1–2) pr. indikator og socialtilsyn' : `Andel ${lowWords(o)} pr. punkt og socialtilsyn`,
    head: ['Punkt', ...o.groups.flatMap((g) => (scored ? [`${g.label}: gennemsnit`, `${g.label}: andel 1–2`] : [`${g.label}: andel ${lowWords(o)}`]))],
    rows: o.heat.map((row) => [itemLabel(o, row.itemId), ...row.cells.flatMap((c) => (scored ? [num(c.mean), share(c.lowShare)] : [share(c.lowShare)]))]),
  };
}

export function trendTable(o: AnalyticsOverview): TableData {
  const scored = o.filter.measure.kind === 'score';
  const groups = o.trend[0]?.cells ?? [...o.groups, o.national];
  return {
    caption: scored ? 'Gennemsnitlig score pr. år' : `Andel ${lowWords(o)} pr. år`,
    head: ['År', ...groups.map((g) => g.label)],
    rows: o.trend.map((t) => [String(t.year), ...t.cells.map((c) => trendValue(o, c))]),
  };
}

export const trendValue = (o: AnalyticsOverview, c: GroupFigures): string => (c.n === 0 ? '–' : o.filter.measure.kind === 'score' ? num(c.mean) : share(c.lowShare));

export function funnelTable(o: AnalyticsOverview, figure: FunnelFigure, who: string): TableData {
  return {
    caption: `Andel ${lowWords(o)} mod antal vurderinger pr. ${who}, med kontrolgrænser`,
    head: [who === 'socialtilsyn' ? 'Socialtilsyn' : 'Tilsynskonsulent', 'Antal', `Antal ${lowWords(o)}`, 'Andel', 'Placering'],
    rows: figure.points.map((p) => [p.label, String(p.n), String(p.events), formatShare(p.share), POSITION_WORDS[p.position]]),
  };
}

export const POSITION_WORDS = {
  within: 'inden for 95 %-grænserne',
  above95: 'over 95 %-grænsen',
  above998: 'over 99,8 %-grænsen',
  below95: 'under 95 %-grænsen',
  below998: 'under 99,8 %-grænsen',
} as const;

export function itemLabel(o: AnalyticsOverview, itemId: string): string {
  const item = o.filter.items.get(itemId);
  return item ? `${itemNumber(itemId)} ${item.text}` : itemId;
}

export function tableFor(o: AnalyticsOverview, table: AnalyticsTable): TableData | null {
  switch (table) {
    case 'distribution':
      return distributionTable(o);
    case 'heat':
      return heatTable(o);
    case 'trend':
      return trendTable(o);
    case 'funnel':
      return o.funnel ? funnelTable(o, o.funnel, 'socialtilsyn') : null;
    case 'inspectors':
      return o.inspectorFunnel ? funnelTable(o, o.inspectorFunnel, 'tilsynskonsulent') : null;
  }
}

export function consistencyRateTable(view: ConsistencyView): TableData {
  const years = [...new Set(view.rates.map((r) => r.year))].sort((a, b) => a - b);
  const groups = [...new Map(view.rates.map((r) => [r.group, r.label])).entries()];
  return {
    caption: 'Andel vurderinger, hvor teksten ikke passer til scoren eller konklusionen, pr. socialtilsyn og år',
    head: ['Socialtilsyn', ...years.map(String)],
    rows: groups.map(([group, label]) => [
      label,
      ...years.map((y) => {
        const r = view.rates.find((x) => x.group === group && x.year === y);
        return r && r.total > 0 ? `${formatShare(r.flagged / r.total)} (${r.flagged} af ${r.total})` : '–';
      }),
    ]),
  };
}
