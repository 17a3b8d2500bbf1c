// Personal data that must never stand in a report: CPR numbers, e-mail addresses and Danish
// phone numbers. Shared by the report check and the publication code.

export type PersonalDataKind = 'cpr' | 'email' | 'phone';
export type PersonalDataMatch = { kind: PersonalDataKind; match: string; index: number };

export const PERSONAL_DATA_LABEL: Record<PersonalDataKind, string> = {
  cpr: 'et CPR-nummer',
  email: 'en e-mailadresse',
  phone: 'et telefonnummer',
};

// ddmmyy, then nothing, a hyphen (or dash) or one space, then four digits; not inside a longer number.
const CPR = /(?<![\p{N}])(\d{2})(\d{2})(\d{2})[-‐‑–]?\s?(\d{4})(?![\p{N}])/gu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Eight digits, the first 2–9 (Danish numbers never start with 0 or 1), written together, in
// pairs or in fours, with or without +45 / 0045 in front; not inside a longer number.
const PHONE = /(?<![\p{N}+])(?:(?:\+|00)45[\s-]?)?[2-9]\d(?:\d{6}|(?: \d{2}){3}|\d{2} \d{4})(?![\p{N}])/gu;

/** A real calendar date for ddmmyy; the century is unknown, so 29 February is allowed in every year divisible by 4. */
export function isCprDate(dd: number, mm: number, yy: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
  return dd <= days;
}

/** Every piece of personal data in the text, in order of position. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const m of text.matchAll(CPR)) {
    if (isCprDate(Number(m[1]), Number(m[2]), Number(m[3]))) found.push({ kind: 'cpr', match: m[0], index: m.index });
  }
  for (const m of text.matchAll(EMAIL)) found.push({ kind: 'email', match: m[0], index: m.index });
  const taken = (index: number, length: number) =>
    found.some((f) => index < f.index + f.match.length && f.index < index + length);
  for (const m of text.matchAll(PHONE)) {
    if (!taken(m.index, m[0].length)) found.push({ kind: 'phone', match: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The match with all but its last characters hidden, for messages that must not repeat the data. */
export function maskPersonalData(match: string): string {
  return match.length <= 2 ? '**' : `${'*'.repeat(match.length - 2)}${match.slice(-2)}`;
}
