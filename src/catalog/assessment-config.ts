// Reads config/assessment.json: thresholds that are policy, not code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DocumentationDepth } from '../core/assessment/documentation-depth.ts';

const configSchema = z.object({
  documentationDepth: z.object({
    green: z.number().int().nonnegative(),
    yellow: z.number().int().nonnegative(),
    red: z.number().int().nonnegative(),
  }),
});

export type AssessmentConfig = { documentationDepth: DocumentationDepth };

const CONFIG_FILE = fileURLToPath(new URL('../../config/assessment.json', import.meta.url));

export function loadAssessmentConfig(file: string = CONFIG_FILE): AssessmentConfig {
  const parsed = configSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const { green, yellow, red } = parsed.data.documentationDepth;
  return { documentationDepth: { green, yellow, red } };
}
