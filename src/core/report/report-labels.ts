// Danish wording used by the report document and its renderers. The engine's own labels
// (results, marker states, decisions) live in ../assessment/labels.ts and are reused.
import type { ReportEntityKind, ReportRisk, ReportVisitStatus } from './report-input.ts';
import type { QualityConclusion } from './report-document.ts';

export const NOT_ASSESSED = 'ikke vurderet';

export const CONCLUSION_LABEL: Record<QualityConclusion, string> = {
  sufficient: 'Fornøden kvalitet',
  insufficient: 'Ikke fornøden kvalitet',
  incomplete: 'Vurderingen er ikke afsluttet',
};


export const ENTITY_KIND_LABEL: Record<ReportEntityKind, string> = { provider: 'Tilbud', fosterFamily: 'Plejefamilie' };

export const RISK_LABEL: Record<ReportRisk, string> = { green: 'grøn', yellow: 'gul', red: 'rød' };

export const VISIT_STATUS_LABEL: Record<ReportVisitStatus, string> = {
  planned: 'planlagt',
  held: 'gennemført',
  aborted: 'afbrudt',
};

import { LEGAL_BASIS_LABEL as BASES, TYPOLOGY_LABEL as TYPOLOGIES } from '../model/entity-labels.ts';

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

/** An average with a decimal comma, at most `decimals` decimals: 3.5 → "3,5", 13/3 → "4,33"; null → "ikke bedømt". */
export function formatAverage(value: number | null, decimals = 2): string {
  if (value === null) return 'ikke bedømt';
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return String(rounded).replace('.', ',');
}

export function childrenInCareText(n: number): string {
  if (n === 0) return 'intet barn i pleje';
  return n === 1 ? '1 barn i pleje' : `${n} børn i pleje`;
}
