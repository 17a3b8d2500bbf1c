// What an institution's work on the standards stores (seed 003): per standard and step a status —
// "Arbejdet med at opfylde standarden foregår i flere trin" — and the documentation behind it
// ("der foretages løbende dokumentation"). The regions' model builds on this.
import { z } from 'zod';
import { longText } from '../../assessment/stored-text.ts';

import { STEP_STATUSES } from '../../vocabulary.ts';

export { STEP_STATUSES, type StepStatus } from '../../vocabulary.ts';

export const stepWorkSchema = z.strictObject({
  status: z.enum(STEP_STATUSES),
  /** What documents the step: a guideline, an instruction, how it is known and used. */
  evidence: longText.default(''),
});
export type StepWork = z.infer<typeof stepWorkSchema>;

export const standardsDataSchema = z.looseObject({
  /** standard id → step number (as a string key) → the work on that step. */
  standards: z.record(z.string(), z.strictObject({ steps: z.record(z.string().regex(/^\d+$/), stepWorkSchema).default({}) })).default({}),
});
export type StandardsData = z.infer<typeof standardsDataSchema>;
