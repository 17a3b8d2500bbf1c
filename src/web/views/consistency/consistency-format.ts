// How the consistency pages write agreement: alpha with three decimals and a decimal comma, its
// interval, and Krippendorff's band in words — colour is never the only sign.
import { formatAverage, RELIABILITY_BAND_LABEL } from '../../../core/labels.ts';
import type { Agreement } from '../../../core/calibration/round-results.ts';
import type { Metric } from '../../../core/statistics/agreement.ts';

export const formatAlpha = (alpha: number | null) => (alpha === null ? 'kan ikke beregnes' : formatAverage(alpha, 3));

export function agreementText(a: Pick<Agreement, 'alpha' | 'interval' | 'band'>): string {
  if (a.alpha === null || a.band === null) return 'Alfa kan ikke beregnes (for få svar).';
  const interval = a.interval ? ` (95 %-interval ${formatAlpha(a.interval[0])} til ${formatAlpha(a.interval[1])})` : '';
  return `α = ${formatAlpha(a.alpha)}${interval}: ${RELIABILITY_BAND_LABEL[a.band]}`;
}

export const METRIC_TEXT: Record<Metric, string> = {
  ordinal: 'ordinal alfa (scorer på skalaen 1–5)',
  nominal: 'nominal alfa (opfyldt / ikke opfyldt, til stede / ikke til stede)',
  interval: 'interval-alfa',
};
