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

export function isTooShort(justification: string, colour: Colour, depth: DocumentationDepth): boolean {
  return justification.trim().length < depth[colour];
}
