// Danish wording of the engine's values, shared by every presentation (CLI, web, report).
import type { CriterionResult, MarkerState } from '../kinds/binary/assessment-input.ts';
import type { Phase } from './assessment-input.ts';
import type { Expectation } from '../kinds/scored/assessment-input.ts';
import type { Decision } from './decision-options.ts';

export const RESULT_LABEL: Record<CriterionResult, string> = { met: 'opfyldt', not_met: 'ikke opfyldt' };
export const MARKER_STATE_LABEL: Record<MarkerState, string> = {
  present: 'til stede',
  absent: 'ikke til stede',
  not_applicable: 'ikke aktuel',
};
export const PHASE_LABEL: Record<Phase, string> = { approval: 'godkendelse', operation: 'driftsorienteret tilsyn' };
export const EXPECTATION_LABEL: Record<Expectation, string> = {
  expected_met: 'forventes at kunne opfylde',
  expected_not_met: 'forventes ikke at kunne opfylde',
};
export const DECISION_LABEL: Record<Decision, string> = {
  refusal: 'afslag',
  approval_with_conditions: 'godkendelse med vilkår',
  injunction: 'påbud',
  enhanced_supervision: 'skærpet tilsyn',
  enhanced_supervision_with_injunction: 'skærpet tilsyn med påbud',
  revocation: 'ophør af godkendelsen',
};
