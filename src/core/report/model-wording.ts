// Does a written assessment describe the concrete provider, or mostly repeat the model's own
// wording for the item? Measured as the share of the text's word 3-grams (lower-cased,
// punctuation stripped) that also occur in the model's wording.

export const NGRAM_SIZE = 3;

/** Lower-cased words with punctuation stripped (letters and digits kept, æøå included). */
export function normalizedWords(text: string): string[] {
  return text
    .toLocaleLowerCase('da-DK')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
}

export function wordNgrams(text: string, n: number = NGRAM_SIZE): string[] {
  const words = normalizedWords(text);
  const grams: string[] = [];
  for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(' '));
  return grams;
}

/**
 * Share (0–1) of the text's word 3-grams, counted with repetition, that occur in any of the
 * model texts; 0 for a text of fewer than three words. 3-grams do not run across model texts.
 */
export function modelWordingShare(text: string, modelTexts: readonly string[]): number {
  const grams = wordNgrams(text);
  if (grams.length === 0) return 0;
  const model = modelNgrams(modelTexts);
  return grams.filter((g) => model.has(g)).length / grams.length;
}

// The model's wording is the same for every report of the model: its 3-grams are computed once per
// set of texts (the report editor checks every field on every view). A pure memo, bounded in size.
const MEMO_LIMIT = 2_000;
const memo = new Map<string, Set<string>>();

function modelNgrams(modelTexts: readonly string[]): Set<string> {
  const key = modelTexts.join('\u0000');
  let grams = memo.get(key);
  if (!grams) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    grams = new Set(modelTexts.flatMap((t) => wordNgrams(t)));
    memo.set(key, grams);
  }
  return grams;
}
