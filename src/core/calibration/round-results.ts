// The results of a closed calibration round (issue 13): per item the distribution of answers, the
// middle answer and how many pairs agree; for the round Krippendorff's alpha over its items (items
// are the units, the inspectors the coders) with a bootstrap 95 % interval and its band in words;
// the same within each authority; and each inspector's deviation from the middle answers.
import { alphaBootstrap, krippendorffAlpha, percentAgreement, type Metric, type ReliabilityData } from '../statistics/agreement.ts';
import { statValue, type CalibrationItem } from './calibration-items.ts';

export type Participant = { userId: string; name: string; authorityId: string };
export type Answer = { userId: string; itemId: string; value: string; reason: string };

/** Krippendorff's bands: at least 0.800 reliable, from 0.667 tentative, below that not reliable. */
export const RELIABILITY_BANDS = ['reliable', 'tentative', 'unreliable'] as const;
export type ReliabilityBand = (typeof RELIABILITY_BANDS)[number];
export function reliabilityBand(alpha: number): ReliabilityBand {
  return alpha >= 0.8 ? 'reliable' : alpha >= 0.667 ? 'tentative' : 'unreliable';
}

export type Agreement = { alpha: number | null; interval: [number, number] | null; band: ReliabilityBand | null; answers: number };

export type ItemResult = {
  item: CalibrationItem;
  distribution: { value: string; label: string; count: number }[];
  /** Scores: the median (a half when it falls between two); conclusions: the most given answer(s). */
  middle: string[];
  /** The share of pairs of answers that agree; null with fewer than two answers. */
  agreeingPairs: number | null;
  reasons: { value: string; label: string; reason: string }[];
};

export type InspectorDeviation = Participant & {
  answered: number;
  /** Scores: the mean distance from the item's median; conclusions: the share of items answered otherwise than the most given answer. */
  deviation: number | null;
};

export type RoundResults = { metric: Metric; overall: Agreement; byAuthority: (Agreement & { authorityId: string })[]; items: ItemResult[]; inspectors: InspectorDeviation[] };

/** The round's answers as reliability data: each item a unit, its answers as the statistics count them. */
export function reliabilityData(items: readonly CalibrationItem[], answers: readonly Pick<Answer, 'itemId' | 'value'>[]): ReliabilityData {
  return new Map(items.map((item) => [item.id, answers.filter((a) => a.itemId === item.id).map((a) => statValue(item.kind, a.value))]));
}

function agreement(items: CalibrationItem[], answers: Answer[], metric: Metric): Agreement {
  const data = reliabilityData(items, answers);
  const alpha = krippendorffAlpha(data, metric);
  return { alpha, interval: alpha === null ? null : alphaBootstrap(data, metric), band: alpha === null ? null : reliabilityBand(alpha), answers: answers.length };
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function roundResults(items: CalibrationItem[], metric: Metric, participants: Participant[], answers: Answer[]): RoundResults {
  const known = new Set(participants.map((p) => p.userId));
  const counted = answers.filter((a) => known.has(a.userId) && items.some((i) => i.id === a.itemId));
  const itemResults = items.map((item): ItemResult => {
    const given = counted.filter((a) => a.itemId === item.id);
    const options = item.options;
    const distribution = options.map((o) => ({ value: o.value, label: o.label, count: given.filter((a) => a.value === o.value).length }));
    let middle: string[] = [];
    if (given.length > 0 && item.kind === 'indicator') middle = [String(median(given.map((a) => Number(a.value)).sort((x, y) => x - y)))];
    else if (given.length > 0) {
      const most = Math.max(...distribution.map((d) => d.count));
      middle = distribution.filter((d) => d.count === most).map((d) => d.value);
    }
    const order = new Map(options.map((o, i) => [o.value, i]));
    const reasons = given
      .map((a) => ({ value: a.value, label: options.find((o) => o.value === a.value)?.label ?? a.value, reason: a.reason }))
      .sort((x, y) => (order.get(x.value) ?? 0) - (order.get(y.value) ?? 0) || x.reason.localeCompare(y.reason, 'da'));
    return { item, distribution, middle, agreeingPairs: percentAgreement(new Map([[item.id, given.map((a) => a.value)]])), reasons };
  });
  const middleOf = new Map(itemResults.map((r) => [r.item.id, r]));
  const inspectors = participants.map((p): InspectorDeviation => {
    const own = counted.filter((a) => a.userId === p.userId);
    const distances = own.flatMap((a) => {
      const r = middleOf.get(a.itemId);
      if (!r || r.middle.length === 0) return [];
      if (r.item.kind === 'indicator') return [Math.abs(Number(a.value) - Number(r.middle[0]))];
      return [r.middle.includes(a.value) ? 0 : 1];
    });
    return { ...p, answered: own.length, deviation: distances.length ? distances.reduce((s, d) => s + d, 0) / distances.length : null };
  });
  const authorities = [...new Set(participants.map((p) => p.authorityId))].sort();
  const byAuthority = authorities.map((authorityId) => {
    const members = new Set(participants.filter((p) => p.authorityId === authorityId).map((p) => p.userId));
    return { authorityId, ...agreement(items, counted.filter((a) => members.has(a.userId)), metric) };
  });
  return { metric, overall: agreement(items, counted, metric), byAuthority, items: itemResults, inspectors };
}
