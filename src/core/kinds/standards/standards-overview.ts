// Where an institution stands with each standard of the regions' model (seed 003), at a date: the
// highest fulfilled step, the last self-evaluation and when the next is due (one year after the last,
// or after adopting the model), the last external evaluation and when the next is due (three years
// after), and what is overdue. Pure; the `tilsyn standards overview` contract prints exactly this.
import { addMonths } from '../../calendar.ts';
import type { StepStatus } from '../../vocabulary.ts';
import type { StandardsModel } from './catalog.ts';

export const OVERDUE_KINDS = ['self_evaluation', 'external_evaluation'] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];

export type InstitutionWork = {
  /** When the institution adopted the model; null: not yet. */
  adoptedOn: string | null;
  steps: readonly { standardId: string; step: number; status: StepStatus }[];
  /** Submitted self-evaluations: their date and the standards they cover. */
  selfEvaluations: readonly { submittedOn: string; standards: readonly string[] }[];
  /** Final external evaluations: their date and the standards they found on. */
  externalEvaluations: readonly { finalOn: string; standards: readonly string[] }[];
};

export type StandardStatus = {
  id: string;
  step: number;
  lastSelfEvaluation: string | null;
  nextSelfEvaluationDue: string | null;
  lastExternalEvaluation: string | null;
  nextExternalEvaluationDue: string | null;
  overdue: OverdueKind[];
};

export const SELF_EVALUATION_MONTHS = 12;
export const EXTERNAL_EVALUATION_MONTHS = 36;

const latest = (dates: readonly string[]): string | null => dates.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);

export function standardsStatus(model: StandardsModel, work: InstitutionWork, at: string): StandardStatus[] {
  return model.standards.map((standard) => {
    const fulfilled = work.steps.filter((s) => s.standardId === standard.id && s.status === 'fulfilled').map((s) => s.step);
    const lastSelf = latest(work.selfEvaluations.filter((e) => e.standards.includes(standard.id)).map((e) => e.submittedOn));
    const lastExternal = latest(work.externalEvaluations.filter((e) => e.standards.includes(standard.id)).map((e) => e.finalOn));
    const due = (last: string | null, months: number) => {
      const from = last ?? work.adoptedOn;
      return from === null ? null : addMonths(from, months);
    };
    const nextSelf = due(lastSelf, SELF_EVALUATION_MONTHS);
    const nextExternal = due(lastExternal, EXTERNAL_EVALUATION_MONTHS);
    const overdue: OverdueKind[] = [];
    if (nextSelf !== null && nextSelf < at) overdue.push('self_evaluation');
    if (nextExternal !== null && nextExternal < at) overdue.push('external_evaluation');
    return {
      id: standard.id,
      step: fulfilled.length === 0 ? 0 : Math.max(...fulfilled),
      lastSelfEvaluation: lastSelf,
      nextSelfEvaluationDue: nextSelf,
      lastExternalEvaluation: lastExternal,
      nextExternalEvaluationDue: nextExternal,
      overdue,
    };
  });
}
