// Personal data that must never stand in a report: CPR numbers, e-mail addresses and Danish
// phone numbers. Shared by the report check and the publication code.

export type PersonalDataKind = 'cpr' | 'email' | 'phone';
export type PersonalDataMatch = { kind: PersonalDataKind; match: string; index: number };

export const PERSONAL_DATA_LABEL: Record<PersonalDataKind, string> = {
  cpr: 'et CPR-nummer',
  email: 'en e-mailadresse',
  phone: 'et telefonnummer',
};

// Matching runs on a normalised copy of the text (see `normalise`): every digit an ASCII digit,
// no invisible format characters, compatibility forms folded (NFKC: full-width digits, no-break
// spaces). A separator is a space, a dot, a slash or any dash.
const SEP = String.raw`[ .\/\p{Pd}]`;
// ddmmyy — written together or with one separator used twice (01.01.90) — then up to three
// separators (010190 - 1234) and four digits; not inside a longer number.
const CPR = new RegExp(String.raw`(?<![0-9])([0-9]{2})(${SEP}?)([0-9]{2})\2([0-9]{2})${SEP}{0,3}([0-9]{4})(?![0-9])`, 'gu');
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Eight digits, the first 2–9 (Danish numbers never start with 0 or 1): together, in pairs with one
// separator used throughout (20.30.40.50), or in fours (2030-4050); with or without +45 / 0045
// in front; not inside a longer number.
const PHONE = new RegExp(String.raw`(?<![0-9+])(?:(?:\+|00)45${SEP}?)?([2-9][0-9])(?:[0-9]{6}|(${SEP})[0-9]{2}\2[0-9]{2}\2[0-9]{2}|([0-9]{2})${SEP}([0-9]{4}))(?![0-9])`, 'gu');

/** Two four-digit years side by side (2023-2024) are a period, not a phone number. */
const isYearPair = (first: string, second: string) => /^(19|20)[0-9]{2}$/.test(first) && /^(19|20)[0-9]{2}$/.test(second);

/**
 * The text as the matching sees it: format characters (soft hyphen, zero-width and bidi
 * characters) removed, NFKC-folded, and every decimal digit of any script written as 0–9.
 */
export function normalise(text: string): string {
  // Text of ASCII, the Latin-1 letters and the common quotes and dashes is already in that form (no
  // format characters, nothing NFKC changes, digits 0–9): most texts are, and the portal checks
  // every text it shows.
  if (ALREADY_NORMAL.test(text)) return text;
  return text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .replace(OTHER_DIGIT, (digit) => String(digitValue(digit)));
}

const ALREADY_NORMAL = /^[\t\n\r\x20-\x7e\u00a7\u00ab\u00bb\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]*$/;
/** A decimal digit of another script than ASCII's 0–9. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;

/** A decimal digit's value: Unicode puts each script's digits 0–9 in a run of ten code points. */
function digitValue(digit: string): number {
  const cp = digit.codePointAt(0) ?? 0x30;
  let zero = cp;
  while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return (cp - zero) % 10;
}

/** A real calendar date for ddmmyy; the century is unknown, so 29 February is allowed in every year divisible by 4. */
export function isCprDate(dd: number, mm: number, yy: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
  return dd <= days;
}

/** Every piece of personal data in the text, in order of position (positions in the normalised text). */
export function findPersonalData(original: string): PersonalDataMatch[] {
  const text = normalise(original);
  const found: PersonalDataMatch[] = [];
  for (const m of text.matchAll(CPR)) {
    if (isCprDate(Number(m[1]), Number(m[3]), Number(m[4]))) found.push({ kind: 'cpr', match: m[0], index: m.index });
  }
  for (const m of text.matchAll(EMAIL)) found.push({ kind: 'email', match: m[0], index: m.index });
  const taken = (index: number, length: number) =>
    found.some((f) => index < f.index + f.match.length && f.index < index + length);
  for (const m of text.matchAll(PHONE)) {
    if (m[3] !== undefined && m[4] !== undefined && isYearPair(`${m[1]}${m[3]}`, m[4])) continue;
    if (!taken(m.index, m[0].length)) found.push({ kind: 'phone', match: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The match with all but its last characters hidden, for messages that must not repeat the data. */
export function maskPersonalData(match: string): string {
  return match.length <= 2 ? '**' : `${'*'.repeat(match.length - 2)}${match.slice(-2)}`;
}
