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

/**
 * Seed 000: "Typen af afgørelse afhænger af, om socialtilsynet vurderer, at tilbuddet inden for en
 * kortere periode vil kunne opfylde det eller de ikke-opfyldte kvalitetskriterier. Er dette
 * tilfældet, kan der træffes afgørelse om godkendelse med vilkår for ny-godkendelser og skærpet
 * tilsyn og/eller påbud for allerede godkendte tilbud." Otherwise: refusal or revocation.
 */
export function decisionFitsBasis(kind: Decision, canMeetSoon: boolean): boolean {
  const soon: readonly Decision[] = ['approval_with_conditions', 'injunction', 'enhanced_supervision', 'enhanced_supervision_with_injunction'];
  return soon.includes(kind) === canMeetSoon;
}

export function decisionOptions(phase: Phase, sufficientQuality: boolean): Decision[] {
  return sufficientQuality ? [] : [...OPTIONS[phase]];
}
