// `tilsyn evaluate FILE|- [--json]`: runs the engine on an assessment file.
// Exit 0 valid, 1 invalid, 2 unusable input (unreadable, malformed JSON, unknown model).
import { readFileSync } from 'node:fs';
import { defaultRegistry } from '../../catalog/model-registry.ts';
import { loadAssessmentConfig } from '../../catalog/assessment-config.ts';
import { evaluate } from '../../core/assessment/evaluate.ts';
import { isAssessable } from '../../core/model/schema.ts';
import { UsageError } from '../usage-error.ts';
import { parseArguments } from '../parse-arguments.ts';
import type { CliIo } from '../cli-io.ts';
import { evaluationText } from '../format/evaluation-text.ts';

export async function evaluateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArguments('evaluate', argv, { json: { type: 'boolean', default: false } }, 1);
  const [file] = positionals;
  if (!file) throw new UsageError('evaluate kræver en fil eller "-" for standard input');

  let source: string;
  try {
    source = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`kan ikke læse ${file}: ${errorCode(e)}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch (e) {
    throw new UsageError(`${file === '-' ? 'standard input' : file} er ikke gyldig JSON: ${errorMessage(e)}`);
  }
  const modelId = typeof input === 'object' && input !== null && 'model' in input ? input.model : undefined;
  if (typeof modelId !== 'string') throw new UsageError('vurderingen mangler feltet "model" (fx "tilbud")');
  const model = defaultRegistry().get(modelId);
  if (!model) throw new UsageError(`ukendt model "${modelId}"`);
  if (!isAssessable(model)) throw new UsageError(`modellen "${modelId}" er en standardmodel og kan ikke vurderes med evaluate`);

  const result = evaluate(model, input, { depth: loadAssessmentConfig().documentationDepth });
  const { kind: _kind, ...json } = result;
  io.stdout.write(values.json ? `${JSON.stringify(json, null, 2)}\n` : evaluationText(model, result));
  return result.valid ? 0 : 1;
}

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** A file system error's code (ENOENT, EACCES …), else its message. */
const errorCode = (e: unknown) => (e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : errorMessage(e));
