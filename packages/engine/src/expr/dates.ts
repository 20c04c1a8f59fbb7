import { Temporal } from 'temporal-polyfill';
import { localDate } from '../time/days';

/**
 * The date operators of expressions (issue 13): calendar dates as `YYYY-MM-DD` texts, which compare as texts in
 * time order (`<`, `<=`, `==`). Pure and zone-explicit: a date-time is read in Europe/Amsterdam, never in the
 * machine's zone. Anything that is no date gives `null`, never an error, so a half-filled form can be checked.
 */

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const LOCAL = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function realDate(text: string): string | null {
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

/**
 * A value as a calendar date `YYYY-MM-DD`, or null: a date stays as it is (if it exists: `2026-02-30` is null),
 * a date-time with `Z` or an offset gives its date in Europe/Amsterdam (`now` at 23:30 UTC in summer is the next
 * day), a date-time without a zone gives the date it names.
 * @example toDate('2026-10-16T22:30:00.000Z') // '2026-10-17'
 */
export function toDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (PLAIN_DATE.test(value)) return realDate(value);
  if (ZONED.test(value)) {
    const ms = Date.parse(value);
    return Number.isFinite(ms) && realDate(value.slice(0, 10)) !== null ? localDate(new Date(ms).toISOString()) : null;
  }
  const local = LOCAL.exec(value);
  return local ? realDate(local[1]!) : null;
}

/**
 * An ISO 8601 duration in whole calendar units (years, months, weeks, days; `-` in front counts back), or
 * undefined when it is none: `P6M`, `P1Y6M`, `-P2W`; not `PT1H` (a date has no hours) or `6 maanden`.
 */
export function dateDuration(text: unknown): Temporal.Duration | undefined {
  if (typeof text !== 'string') return undefined;
  let duration: Temporal.Duration;
  try {
    duration = Temporal.Duration.from(text);
  } catch {
    return undefined;
  }
  const { hours, minutes, seconds, milliseconds, microseconds, nanoseconds } = duration;
  return [hours, minutes, seconds, milliseconds, microseconds, nanoseconds].every((n) => n === 0) ? duration : undefined;
}

/**
 * A date plus a duration in calendar units: `P6M` from 31 August is the last day of February (a month from the
 * 31st ends on the last day of a shorter month). Null when either is not valid.
 * @example addToDate('2026-09-01', 'P6M') // '2027-03-01'
 */
export function addToDate(value: unknown, duration: unknown): string | null {
  const date = toDate(value);
  const d = dateDuration(duration);
  if (date === null || d === undefined) return null;
  try {
    return Temporal.PlainDate.from(date).add(d).toString();
  } catch {
    return null;
  }
}

/**
 * Days from `a` to `b` (negative when `b` is earlier), counted as calendar days: no summer-time hour in between.
 * @example daysBetween('2026-09-01', '2026-10-01') // 30
 */
export function daysBetween(a: unknown, b: unknown): number | null {
  const from = toDate(a);
  const to = toDate(b);
  if (from === null || to === null) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The school year of a date, `2026-2027`: a school year runs from 1 August to 31 July (Koers's rule, the legal
 * school year of the WPO; the holiday table files the whole summer holiday under the year it ends, so a day of
 * the summer holiday in August belongs here to the new year).
 * @example schoolYearOf('2026-08-01') // '2026-2027'
 */
export function schoolYearOf(value: unknown): string | null {
  const date = toDate(value);
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  const first = Number(date.slice(5, 7)) >= 8 ? year : year - 1;
  return `${first}-${first + 1}`;
}

/** The date operators by name, with how many arguments each takes. */
export const DATE_OPERATIONS = {
  date: { arity: 1, run: (value: unknown) => toDate(value) },
  addDuration: { arity: 2, run: (value: unknown, duration: unknown) => addToDate(value, duration) },
  daysBetween: { arity: 2, run: (a: unknown, b: unknown) => daysBetween(a, b) },
  schoolYear: { arity: 1, run: (value: unknown) => schoolYearOf(value) },
} as const;
