// The engine's view of the report's assessment data: the same input the services hand the
// engine (assessment-data.ts there), rebuilt here because the core does not import services.
import type { Entity } from '../assessment/assessment-input.ts';
import type { DocumentationDepth } from '../assessment/documentation-depth.ts';
import { evaluate, type Evaluation } from '../assessment/evaluate.ts';
import { assertNever } from '../assert-never.ts';
import type { ReportAssessmentData, ReportInput } from './report-input.ts';

type EconomySource = ReportAssessmentData['economy'];

/** The entity as the engine and the applicability rules see it (values are checked by the engine). */
export function reportEntity(input: Pick<ReportInput, 'entity'>): Entity {
  return {
    legalBases: (input.entity.legalBases ?? []) as Entity['legalBases'],
    flags: (input.entity.flags ?? []) as Entity['flags'],
    ...(input.entity.typology ? { typology: input.entity.typology as NonNullable<Entity['typology']> } : {}),
  };
}

/** `{ model, phase, entity, ...data }` without the records the engine does not know. */
export function reportEngineInput(input: ReportInput, data: ReportAssessmentData, economy: EconomySource = data.economy): Record<string, unknown> {
  const base = { model: input.model.id, phase: input.inspection.phase, entity: reportEntity(input) };
  switch (input.model.kind) {
    case 'scored': {
      const indicators = Object.fromEntries(
        Object.entries(data.indicators ?? {}).map(([id, r]) => [id, { ...(r.score !== undefined ? { score: r.score } : {}), ...(r.expected ? { expected: r.expected } : {}), text: r.text ?? '', ...(r.carriedForwardFrom ? { carriedForwardFrom: r.carriedForwardFrom } : {}) }]),
      );
      const criteria = Object.fromEntries(Object.entries(data.criteria ?? {}).map(([id, c]) => [id, { justification: c.justification ?? '' }]));
      // A department is judged against the provider's own conclusion (the economy likewise).
      const conclusion = input.assessment.data.conclusion;
      return {
        ...base,
        indicators,
        criteria,
        ...(economy?.result ? { economy: { result: economy.result, justification: economy.justification ?? '' } } : {}),
        ...(conclusion?.sufficientQuality !== undefined ? { conclusion: { sufficientQuality: conclusion.sufficientQuality, justification: conclusion.justification ?? '' } } : {}),
      };
    }
    case 'binary': {
      const criteria = Object.fromEntries(
        Object.entries(data.criteria ?? {}).flatMap(([id, c]) =>
          c.result ? [[id, { result: c.result, justification: c.justification ?? '', doubt: c.doubt ?? false }]] : [],
        ),
      );
      return {
        ...base,
        markers: data.markers ?? {},
        criteria,
        ...(economy?.result ? { economy: { result: economy.result, justification: economy.justification ?? '' } } : {}),
      };
    }
    default:
      return assertNever(input.model);
  }
}

/** The engine's evaluation of the provider's (or foster family's) own assessment. */
export function evaluateReport(input: ReportInput, depth: DocumentationDepth): Evaluation {
  return evaluate(input.model, reportEngineInput(input, input.assessment.data), { depth, risk: input.inspection.risk });
}

/** A department's evaluation; the economy is assessed for the provider as a whole. */
export function evaluateDepartment(input: ReportInput, data: ReportAssessmentData, depth: DocumentationDepth): Evaluation {
  return evaluate(input.model, reportEngineInput(input, data, input.assessment.data.economy), { depth, risk: input.inspection.risk });
}
