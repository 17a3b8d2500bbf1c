// One entry point for any assessment: picks the rules by the model's kind.
import type { BinaryModel, Model, ScoredModel } from '../model/schema.ts';
import { evaluateBinary, type BinaryEvaluation } from './evaluate-binary.ts';
import { evaluateScored, type ScoredEvaluation } from './evaluate-scored.ts';
import type { DocumentationDepth } from './documentation-depth.ts';

export type AssessableModel = BinaryModel | ScoredModel;
export type Evaluation = ({ kind: 'binary' } & BinaryEvaluation) | ({ kind: 'scored' } & ScoredEvaluation);
export type EvaluateOptions = { depth: DocumentationDepth };

export function isAssessable(model: Model): model is AssessableModel {
  return model.kind === 'binary' || model.kind === 'scored';
}

export function evaluate(model: AssessableModel, input: unknown, options: EvaluateOptions): Evaluation {
  return model.kind === 'binary'
    ? { kind: 'binary', ...evaluateBinary(model, input, options) }
    : { kind: 'scored', ...evaluateScored(model, input) };
}
