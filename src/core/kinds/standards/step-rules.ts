// When the steps of one standard may stand as the institution sets them (seed 003): a step is
// fulfilled only with its evidence — guiding documents for step 1, records of how they are known and
// used for the later steps — and only after every step before it. Pure.
import type { StepStatus } from '../../vocabulary.ts';

export type StepProblem = { step: number; problem: 'previous_not_fulfilled' | 'no_evidence'; previous?: number };

/** What is wrong with `statuses` (step number → status); `evidence` counts the evidence per step. */
export function stepProblems(steps: readonly number[], statuses: ReadonlyMap<number, StepStatus>, evidence: ReadonlyMap<number, number>): StepProblem[] {
  const ordered = [...steps].sort((a, b) => a - b);
  const problems: StepProblem[] = [];
  ordered.forEach((step, i) => {
    if (statuses.get(step) !== 'fulfilled') return;
    const previous = ordered.slice(0, i).find((s) => statuses.get(s) !== 'fulfilled');
    if (previous !== undefined) problems.push({ step, problem: 'previous_not_fulfilled', previous });
    if ((evidence.get(step) ?? 0) === 0) problems.push({ step, problem: 'no_evidence' });
  });
  return problems;
}

