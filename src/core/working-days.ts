// Danish working days (hverdage) for deadlines. A deadline that ends on a Saturday, a Sunday, a
// public holiday, Constitution Day, Christmas Eve or New Year's Eve runs on to the next working day
// (the rule of retsplejeloven § 148, stk. 2, which Danish administration counts deadlines by). The
// public holidays are those of helligdagsloven; Great Prayer Day (store bededag) is one until 2023
// and not from 2024 (lov nr. 207 af 28. februar 2023).
import { addDays } from './calendar.ts';

/** The hearing deadline the report editor suggests: two working weeks. */
export const HEARING_WORKING_DAYS = 10;

/** Easter Sunday of a year (the Gregorian computus of Meeus/Jones/Butcher), YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cache = new Map<number, Map<string, string>>();

/** The days of a year that are not working days besides weekends, with their Danish names. */
export function closedDays(year: number): Map<string, string> {
  const known = cache.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const days: [string, string][] = [
    [`${year}-01-01`, 'nytårsdag'],
    [addDays(easter, -3), 'skærtorsdag'],
    [addDays(easter, -2), 'langfredag'],
    [easter, 'påskedag'],
    [addDays(easter, 1), '2. påskedag'],
    ...(year <= 2023 ? [[addDays(easter, 26), 'store bededag'] as [string, string]] : []),
    [addDays(easter, 39), 'Kristi himmelfartsdag'],
    [addDays(easter, 49), 'pinsedag'],
    [addDays(easter, 50), '2. pinsedag'],
    [`${year}-06-05`, 'grundlovsdag'],
    [`${year}-12-24`, 'juleaftensdag'],
    [`${year}-12-25`, 'juledag'],
    [`${year}-12-26`, '2. juledag'],
    [`${year}-12-31`, 'nytårsaftensdag'],
  ];
  const map = new Map(days);
  cache.set(year, map);
  return map;
}

/** Why a day is not a working day ("lørdag", "juledag" …), or null for a working day. */
export function closedBecause(date: string): string | null {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return closedDays(Number(date.slice(0, 4))).get(date) ?? (weekday === 6 ? 'lørdag' : weekday === 0 ? 'søndag' : null);
}

export const isWorkingDay = (date: string): boolean => closedBecause(date) === null;

/** The first working day on or after `date`: the day a deadline set to `date` really ends. */
export function deadlineOnWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** `count` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** The last working day before `date`. */
export function lastWorkingDayBefore(date: string): string {
  let day = addDays(date, -1);
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/**
 * Whether a deadline has passed on `today`: its working-day end lies before today. The same as
 * `deadline <= lastWorkingDayBefore(today)`, which is how a query asks it.
 */
export const deadlinePassed = (deadline: string, today: string): boolean => deadlineOnWorkingDay(deadline) < today;
