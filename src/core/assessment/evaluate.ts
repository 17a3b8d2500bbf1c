// One entry point for any assessment: picks the rules by the model's kind.
import type { AssessableModel } from '../model/schema.ts';
import { assertNever } from '../assert-never.ts';
import { evaluateBinary, type BinaryEvaluation } from '../kinds/binary/evaluate.ts';
import { evaluateScored, type ScoredEvaluation } from '../kinds/scored/evaluate.ts';
import type { Colour, DocumentationDepth } from './documentation-depth.ts';

export type Evaluation = ({ kind: 'binary' } & BinaryEvaluation) | ({ kind: 'scored' } & ScoredEvaluation);
/** `risk`: the inspection's risk category, which raises the documentation depth. */
export type EvaluateOptions = { depth: DocumentationDepth; risk?: Colour };

export function evaluate(model: AssessableModel, input: unknown, options: EvaluateOptions): Evaluation {
  switch (model.kind) {
    case 'binary':
      return { kind: 'binary', ...evaluateBinary(model, input, options) };
    case 'scored':
      return { kind: 'scored', ...evaluateScored(model, input) };
    default:
      return assertNever(model);
  }
}
