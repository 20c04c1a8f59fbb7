import { Temporal } from 'temporal-polyfill';
import { SCHOOL_TIME_ZONE } from './duration';

/**
 * 00:00 in Europe/Amsterdam on a local date, as an ISO instant in UTC (`toISOString()` form).
 * @example midnight('2026-10-17') // '2026-10-16T22:00:00.000Z' (summer time)
 */
export function midnight(date: string): string {
  return remember(midnights, date, () => {
    const zoned = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: SCHOOL_TIME_ZONE });
    return new Date(zoned.epochMilliseconds).toISOString();
  });
}

/**
 * The local date in Europe/Amsterdam of an ISO instant; a plain date (`2026-10-17`) is returned as it is.
 * @example localDate('2026-10-16T22:30:00.000Z') // '2026-10-17'
 */
export function localDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return remember(localDates, iso, () =>
    Temporal.Instant.from(new Date(iso).toISOString()).toZonedDateTimeISO(SCHOOL_TIME_ZONE).toPlainDate().toString());
}

/**
 * The local hour (0-23) in Europe/Amsterdam of an ISO instant.
 * @example localHour('2026-12-04T06:30:00.000Z') // 7
 */
export function localHour(iso: string): number {
  return Temporal.Instant.from(new Date(iso).toISOString()).toZonedDateTimeISO(SCHOOL_TIME_ZONE).hour;
}

/** The day after a local date. */
export function dayAfter(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY);
  return next.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  return new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay() || 7;
}

/**
 * The Dutch public holidays on which schools are closed (Koers's own rule, on top of the school holidays):
 * Nieuwjaarsdag, tweede paasdag, Koningsdag (26 April when the 27th is a Sunday), Hemelvaartsdag, tweede
 * pinksterdag, eerste en tweede kerstdag. Goede Vrijdag and Bevrijdingsdag differ per school: a bestuur
 * records them as studiedagen.
 */
export function publicHolidays(year: number): ReadonlyMap<string, string> {
  const known = holidaysByYear.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const plus = (days: number) => easter.add({ days }).toString();
  const kingsDay = Temporal.PlainDate.from({ year, month: 4, day: 27 });
  const days = new Map([
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [plus(1), 'Tweede paasdag'],
    [(kingsDay.dayOfWeek === 7 ? kingsDay.subtract({ days: 1 }) : kingsDay).toString(), 'Koningsdag'],
    [plus(39), 'Hemelvaartsdag'],
    [plus(50), 'Tweede pinksterdag'],
    [`${year}-12-25`, 'Eerste kerstdag'],
    [`${year}-12-26`, 'Tweede kerstdag'],
  ]);
  holidaysByYear.set(year, days);
  return days;
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
function easterSunday(year: number): Temporal.PlainDate {
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
  return Temporal.PlainDate.from({ year, month, day });
}

const DAY = 24 * 60 * 60 * 1000;
const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();
const midnights = new Map<string, string>();
const localDates = new Map<string, string>();

/**
 * Pure answers remembered (every view and every schedule asks the same dates again; a Temporal conversion costs
 * tens of µs). Bounded: emptied when full.
 */
function remember(cache: Map<string, string>, key: string, compute: () => string): string {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= 4096) cache.clear();
  cache.set(key, value);
  return value;
}
