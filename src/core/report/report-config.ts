// Policy of the report checks, read from config/report.json by the caller (the core reads no
// files): parse the file's JSON with parseReportConfig and hand the result in.
import { z } from 'zod';

export type ReportConfig = {
  /** Phrases that mark a development point as a deficiency (matched at the start of a word). */
  deficiencyPhrases: string[];
  /** A text whose share of word 3-grams found in the model's wording is above this is warned about. */
  modelWordingMaxShare: number;
  /** Texts with fewer words are not compared with the model's wording. */
  modelWordingMinWords: number;
  /** Decimals shown for averages. */
  averageDecimals: number;
};

const fileSchema = z.object({
  developmentPointDeficiencyWording: z.object({ phrases: z.array(z.string().trim().min(1)).min(1) }),
  modelWording: z.object({ maxShare: z.number().min(0).max(1), minWords: z.number().int().min(3) }),
  averageDecimals: z.object({ value: z.number().int().min(0).max(4) }),
});

/** Reads the parsed JSON of config/report.json; throws with the offending path when it does not fit. */
export function parseReportConfig(raw: unknown): ReportConfig {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`config/report.json: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const d = parsed.data;
  return {
    deficiencyPhrases: d.developmentPointDeficiencyWording.phrases,
    modelWordingMaxShare: d.modelWording.maxShare,
    modelWordingMinWords: d.modelWording.minWords,
    averageDecimals: d.averageDecimals.value,
  };
}
