// The longest free text an assessment stores in one field.
import { z } from 'zod';

const MAX_TEXT = 20_000;
export const longText = z.string().max(MAX_TEXT, `Teksten må højst være ${MAX_TEXT} tegn.`);
