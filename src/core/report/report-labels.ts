// The report's own wording: its section headings and phrases. Value labels are in ../labels.ts.

import { LEGAL_BASIS_LABEL as BASES, TYPOLOGY_LABEL as TYPOLOGIES } from '../labels.ts';

// Stored documents may carry codes from an older catalog: look up by any string.
export const LEGAL_BASIS_LABEL: Record<string, string> = BASES;
export const TYPOLOGY_LABEL: Record<string, string> = TYPOLOGIES;

/** Section headings, in the order every renderer shows them. */
export const HEADING = {
  facts: 'Oplysninger om tilsynet',
  overall: 'Samlet vurdering',
  decision: 'Afgørelse',
  overview: 'Samlet vurdering pr. tema og kvalitetskriterie',
  spiderWeb: 'Spindelvæv',
  carriedForward: 'Videreførte vurderinger',
  themes: 'Vurdering af temaerne',
  economy: 'Økonomi',
  departments: 'Afdelinger',
  developmentPoints: 'Udviklingspunkter',
} as const;

export { formatDanishDate } from '../calendar.ts';

export function childrenInCareText(n: number): string {
  if (n === 0) return 'intet barn i pleje';
  return n === 1 ? '1 barn i pleje' : `${n} børn i pleje`;
}
