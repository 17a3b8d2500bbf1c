// Seed 000, "Kvalitetsmodellens præmis": without sufficient quality the authority must decide.
import type { Phase } from './assessment-input.ts';

export const DECISIONS = [
  'refusal',
  'approval_with_conditions',
  'injunction',
  'enhanced_supervision',
  'enhanced_supervision_with_injunction',
  'revocation',
] as const;
export type Decision = (typeof DECISIONS)[number];

const OPTIONS: Record<Phase, Decision[]> = {
  approval: ['refusal', 'approval_with_conditions'],
  operation: ['injunction', 'enhanced_supervision', 'enhanced_supervision_with_injunction', 'revocation'],
};

export function decisionOptions(phase: Phase, sufficientQuality: boolean): Decision[] {
  return sufficientQuality ? [] : [...OPTIONS[phase]];
}
