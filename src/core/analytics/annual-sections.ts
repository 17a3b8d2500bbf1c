// An authority's annual figures as titled tables: the page, the HTML and PDF files and the CSV all
// show these same sections, so every format holds the same figures.
import { DECISION_LABEL, PHASE_LABEL, RISK_LABEL, capitalise } from '../labels.ts';
import type { Decision } from '../assessment/decision-options.ts';
import type { Phase } from '../assessment/assessment-input.ts';
import type { Risk } from '../vocabulary.ts';
import { decimalComma, formatShare } from './describe-comparison.ts';

export type AnnualFigures = {
  authority: { id: string; name: string };
  year: number;
  inspections: { phase: Phase; outcome: 'sufficient' | 'insufficient' | 'none'; n: number }[];
  sufficient: { sufficient: number; concluded: number; share: number | null; ci95: [number, number] | null };
  decisions: { kind: Decision; n: number }[];
  risk: { risk: Risk | 'unknown'; n: number }[];
  themes: { modelId: string; themeId: string; title: string; counts: Record<'1' | '2' | '3' | '4' | '5', number>; n: number; mean: number | null; previousMean: number | null }[];
  sources: { native: number; imported: number; carriedForward: number };
};

export type AnnualSection = { title: string; head: string[]; rows: string[][] };

const OUTCOME: Record<AnnualFigures['inspections'][number]['outcome'], string> = { sufficient: 'fornøden kvalitet', insufficient: 'ikke fornøden kvalitet', none: 'ingen konklusion' };
const RISK_WORD = (r: Risk | 'unknown') => (r === 'unknown' ? 'ukendt (importeret)' : RISK_LABEL[r]);

export function annualSections(a: AnnualFigures): AnnualSection[] {
  const change = (t: AnnualFigures['themes'][number]) => (t.mean === null || t.previousMean === null ? '–' : `${t.mean - t.previousMean >= 0 ? '+' : ''}${decimalComma(t.mean - t.previousMean, 2)}`);
  return [
    { title: 'Tilsyn efter fase og resultat', head: ['Fase', 'Resultat', 'Antal tilsyn'], rows: a.inspections.map((i) => [capitalise(PHASE_LABEL[i.phase]), OUTCOME[i.outcome], String(i.n)]) },
    {
      title: 'Andel med fornøden kvalitet',
      head: ['Fornøden kvalitet', 'Konkluderede tilsyn', 'Andel', '95 %-interval'],
      rows: [[String(a.sufficient.sufficient), String(a.sufficient.concluded), a.sufficient.share === null ? '–' : formatShare(a.sufficient.share), a.sufficient.ci95 ? `${formatShare(a.sufficient.ci95[0])}–${formatShare(a.sufficient.ci95[1])}` : '–']],
    },
    { title: 'Afgørelser efter type', head: ['Afgørelse', 'Antal'], rows: a.decisions.map((d) => [capitalise(DECISION_LABEL[d.kind]), String(d.n)]) },
    { title: 'Risikovurdering', head: ['Risiko', 'Antal tilsyn'], rows: a.risk.map((r) => [capitalise(RISK_WORD(r.risk)), String(r.n)]) },
    {
      title: `Scorer pr. tema ${a.year} og ændring fra ${a.year - 1}`,
      head: ['Tema', 'Score 1', 'Score 2', 'Score 3', 'Score 4', 'Score 5', 'Antal', 'Gennemsnit', `Gennemsnit ${a.year - 1}`, 'Ændring'],
      rows: a.themes.map((t) => [t.title, t.counts['1'], t.counts['2'], t.counts['3'], t.counts['4'], t.counts['5']].map(String).concat([String(t.n), t.mean === null ? '–' : decimalComma(t.mean, 2), t.previousMean === null ? '–' : decimalComma(t.previousMean, 2), change(t)])),
    },
    {
      title: 'Datagrundlag',
      head: ['Hvad', 'Antal vurderinger'],
      rows: [['Fra afsluttede rapporter i tilsyn', String(a.sources.native)], ['Importeret fra tidligere system', String(a.sources.imported)], ['Heraf videreført fra et tidligere tilsyn', String(a.sources.carriedForward)]],
    },
  ];
}

/** What is counted, said once for every format. */
export const ANNUAL_METHOD_NOTES = [
  'Tallene bygger kun på afsluttede rapporter (den seneste version af hver rapport), aldrig på udkast, og på historiske vurderinger importeret fra socialtilsynets tidligere system.',
  'Et tilsyn tælles i det år, dets rapport er afsluttet (importerede: tilsynsdatoen). Importerede tilsyn har ingen risikovurdering og ingen konklusion, medmindre filen angiver dem.',
  'Videreførte scorer (fra et tidligere tilsyn, fx plejefamilier uden barn i pleje) tælles med i fordelingerne og er angivet i datagrundlaget.',
  'Andelen med fornøden kvalitet er regnet af de tilsyn, der har en konklusion; intervallet er et 95 %-Wilson-interval.',
];
