// Fields the forms of several areas share (the regions' model, calibration, the quality review), with their Danish messages.
import { z } from 'zod';
import { isIsoDate } from '../core/calendar.ts';

/** A text that must be written, at most `max` characters. */
export const requiredField = (what: string, max: number) =>
  z.string({ error: `${what} skal udfyldes.` }).trim().min(1, `${what} skal udfyldes.`).max(max, `${what} må højst være ${max} tegn.`);

/** A date as YYYY-MM-DD. */
export const dateField = (what: string) => z.string({ error: `${what} skal udfyldes.` }).refine(isIsoDate, `${what} skal være en gyldig dato (ÅÅÅÅ-MM-DD).`);
