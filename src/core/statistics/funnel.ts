// Funnel-plot control limits for a share (Spiegelhalter 2005, "Funnel plots for comparing institutional
// performance"): around the overall share p0, a unit of volume n is expected within
// p0 ± z·√(p0(1−p0)/n); z = 1.959964 for 95 % and 3.090232 for 99.8 %. Outside the 99.8 % limits is
// an outlier worth a look, not a verdict.
import { Z95 } from './proportions.ts';

export const Z998 = 3.090232;

export type FunnelLimits = { n: number; lower95: number; upper95: number; lower998: number; upper998: number };
export type FunnelPosition = 'within' | 'above95' | 'above998' | 'below95' | 'below998';

const clamp = (x: number): number => Math.min(1, Math.max(0, x));

export function funnelLimits(p0: number, n: number): FunnelLimits {
  const se = n > 0 ? Math.sqrt((p0 * (1 - p0)) / n) : Infinity;
  return { n, lower95: clamp(p0 - Z95 * se), upper95: clamp(p0 + Z95 * se), lower998: clamp(p0 - Z998 * se), upper998: clamp(p0 + Z998 * se) };
}

export function funnelPosition(share: number, limits: FunnelLimits): FunnelPosition {
  if (share > limits.upper998) return 'above998';
  if (share > limits.upper95) return 'above95';
  if (share < limits.lower998) return 'below998';
  if (share < limits.lower95) return 'below95';
  return 'within';
}

export type FunnelUnit = { key: string; events: number; n: number };
export type FunnelPoint = FunnelUnit & { share: number; position: FunnelPosition };

/** The overall share (pooled over the units) and each unit's place against its limits. */
export function funnel(units: readonly FunnelUnit[]): { p0: number; points: FunnelPoint[] } {
  const total = units.reduce((s, u) => s + u.n, 0);
  const p0 = total > 0 ? units.reduce((s, u) => s + u.events, 0) / total : 0;
  const points = units.filter((u) => u.n > 0).map((u) => {
    const share = u.events / u.n;
    return { ...u, share, position: funnelPosition(share, funnelLimits(p0, u.n)) };
  });
  return { p0, points };
}
