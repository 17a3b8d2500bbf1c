// Seed 000 asks for documentation whose depth follows the criterion's colour:
// green (met) brief, yellow (doubt) fuller, red (not met) thorough. The minimum
// lengths are configuration (config/assessment.json), handed in by the caller.
import type { CriterionConclusion } from '../kinds/binary/assessment-input.ts';

export type Colour = 'green' | 'yellow' | 'red';
export type DocumentationDepth = Record<Colour, number>;

export const COLOUR_LABEL: Record<Colour, string> = { green: 'grøn', yellow: 'gul', red: 'rød' };

export function criterionColour(conclusion: Pick<CriterionConclusion, 'result' | 'doubt'>): Colour {
  if (conclusion.result === 'not_met') return 'red';
  return conclusion.doubt ? 'yellow' : 'green';
}

const ORDER: readonly Colour[] = ['green', 'yellow', 'red'];

/**
 * The depth a justification is held to: its criterion's colour, raised to the provider's risk
 * category. Seed 004: "Socialtilsynets skriftlige kvalitetsvurdering bør dermed være mere udfoldet
 * ved tilbud, hvor der er alvorlig bekymring for kvaliteten (høj risiko), end i tilbud, hvor der i
 * nogen grad er bekymring (moderat risiko) samt tilbud, hvor der vurderes at være den fornødne
 * kvalitet (lav risiko)." Risk categories share the colours' names (grøn, gul, rød).
 */
export function depthColour(colour: Colour, risk: Colour | undefined): Colour {
  return risk && ORDER.indexOf(risk) > ORDER.indexOf(colour) ? risk : colour;
}

export function isTooShort(justification: string, colour: Colour, depth: DocumentationDepth): boolean {
  return justification.trim().length < depth[colour];
}
