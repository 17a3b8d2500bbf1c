// Where an institution stands on each standard: a step counts when it is fulfilled, and a standard
// is met when every step of the model is fulfilled. Unknown standards and steps are errors; a
// fulfilled step without documentation is a warning (the seed asks for "løbende dokumentation").
import { Findings, type Finding } from '../../assessment/findings.ts';
import { checkShape } from '../../assessment/assessment-input.ts';
import { standardsDataSchema, type StepStatus } from './assessment-data.ts';
import type { StandardsModel } from './catalog.ts';

export type StandardsEvaluation = {
  valid: boolean;
  errors: Finding[];
  warnings: Finding[];
  standards: { id: string; title: string; steps: { number: number; status: StepStatus }[]; fulfilled: boolean }[];
};

export function evaluateStandards(model: StandardsModel, input: unknown): StandardsEvaluation {
  const shape = checkShape(standardsDataSchema, input);
  if (!shape.ok) return { valid: false, errors: shape.errors, warnings: [], standards: [] };
  const work = shape.value.standards;
  const f = new Findings();
  const known = new Set(model.standards.map((s) => s.id));
  const stepNumbers = new Set(model.steps.map((s) => String(s.number)));
  for (const [id, standard] of Object.entries(work)) {
    if (!known.has(id)) f.error('unknown_standard', `standards.${id}`, `Standarden "${id}" findes ikke i modellen ${model.id}.`);
    for (const [number, step] of Object.entries(standard.steps)) {
      const path = `standards.${id}.steps.${number}`;
      if (!stepNumbers.has(number)) f.error('unknown_step', path, `Modellen ${model.id} har ikke et trin ${number}.`);
      else if (step.status === 'fulfilled' && step.evidence.trim() === '') f.warn('evidence_missing', `${path}.evidence`, `Trin ${number} er opfyldt, men dokumentationen mangler.`);
    }
  }
  const standards = model.standards.map((s) => {
    const steps = model.steps.map((step) => ({ number: step.number, status: work[s.id]?.steps[String(step.number)]?.status ?? 'not_started' }));
    return { id: s.id, title: s.title, steps, fulfilled: steps.length > 0 && steps.every((step) => step.status === 'fulfilled') };
  });
  return { valid: f.errors.length === 0, errors: f.errors, warnings: f.warnings, standards };
}
