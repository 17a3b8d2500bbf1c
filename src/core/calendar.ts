// Calendar dates (YYYY-MM-DD) as the domain uses them: Danish local dates (a deadline, an
// approval date and "today" are days in Denmark, not in UTC), Danish display, and arithmetic.
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "2025-03-04" → "4. marts 2025"; anything else is returned as it is. */
export function formatDanishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])}. ${month} ${m[1]}`;
}

/** The date `months` calendar months after `date`; a day the month lacks becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A calendar date written YYYY-MM-DD that exists. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

// Made once: building an Intl formatter costs far more than using it.
const DANISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Danish calendar date of a moment, YYYY-MM-DD. */
export function dateInDenmark(moment: Date): string {
  return DANISH_DAY.format(moment);
}

/** Today's date in Denmark: deadlines and "not in the future" are Danish calendar days. */
export const todayInDenmark = (now: Date): string => dateInDenmark(now);

/** The Danish day of a point in time, written as a Danish date ("2. december 2026"). */
export const formatDanishDay = (moment: Date): string => formatDanishDate(dateInDenmark(moment));

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const DATE_TIME = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** A moment as Danish date and time in Denmark, e.g. "4. mar. 2025 14.05". */
export const formatDanishDateTime = (moment: Date): string => DATE_TIME.format(moment);
