import { type CalendarAnchor, type Localized, SCHOOL_TIME_ZONE, anchorWords, localDate } from '@koers/engine';

const DAY = 86_400_000;

/** What a date in words shows besides day and month. */
export interface DateWordsOptions {
  /** The weekday, short: "za 17 oktober". */
  weekday?: boolean;
  /** The year: "17 oktober 2026". */
  year?: boolean;
}

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

/**
 * A moment as a date in words, in Europe/Amsterdam whatever the machine's or the reader's zone: Dutch and English.
 * @example dateWords('2026-10-16T22:00:00.000Z', { weekday: true, year: true }) // { nl: 'za 17 oktober 2026', en: 'Sat, 17 October 2026' }
 */
export function dateWords(iso: string, options: DateWordsOptions = {}): Localized {
  const date = new Date(iso);
  return { nl: formatterOf('nl', options).format(date), en: formatterOf('en', options).format(date) };
}

/** One formatter per language and options, made once: making one costs far more than using it (the coach overview dates thousands). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(lang: 'nl' | 'en', options: DateWordsOptions): Intl.DateTimeFormat {
  const key = `${lang}:${options.weekday === true}:${options.year === true}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: SCHOOL_TIME_ZONE, day: 'numeric', month: 'long',
      ...(options.weekday ? { weekday: 'short' } : {}), ...(options.year ? { year: 'numeric' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Calendar days from `now` to `iso`, both read as local dates in Europe/Amsterdam: 0 today, 1 tomorrow, -1 yesterday
 * (a deadline at 00:00 on Monday is "over 3 dagen" all Friday long).
 */
export function daysAway(iso: string, now: Date): number {
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
  return Math.round((day(localDate(iso)) - day(localDate(now.toISOString()))) / DAY);
}

/**
 * How far away a moment is, in words: "vandaag", "morgen", "over 5 dagen", "gisteren", "3 dagen geleden".
 * @example relativeWords(dueAt, clock.now()) // { nl: 'over 5 dagen', en: 'in 5 days' }
 */
export function relativeWords(iso: string, now: Date): Localized {
  const n = daysAway(iso, now);
  if (n === 0) return { nl: 'vandaag', en: 'today' };
  if (n === 1) return { nl: 'morgen', en: 'tomorrow' };
  if (n === -1) return { nl: 'gisteren', en: 'yesterday' };
  return n > 0 ? { nl: `over ${n} dagen`, en: `in ${n} days` } : { nl: `${-n} dagen geleden`, en: `${-n} days ago` };
}

/**
 * A due date or a timer's moment in words, for the coach: on a school-calendar anchor the anchor with its date
 * ("voor de herfstvakantie (za 17 oktober 2026)"), otherwise how far away with the date ("over 5 dagen (ma 14
 * december)"; the year only when it is not this year's).
 * @example dueWords('2026-12-13T23:00:00.000Z', new Date('2026-12-09T10:00:00Z')) // { nl: 'over 5 dagen (ma 14 december)', … }
 */
export function dueWords(iso: string, now: Date, anchor?: CalendarAnchor): Localized {
  if (anchor) {
    const [words, date] = [anchorWords(anchor), dateWords(iso, { weekday: true, year: true })];
    return { nl: `${words.nl} (${date.nl})`, en: `${words.en} (${date.en})` };
  }
  const sameYear = localDate(iso).slice(0, 4) === localDate(now.toISOString()).slice(0, 4);
  const [away, date] = [relativeWords(iso, now), dateWords(iso, { weekday: true, year: !sameYear })];
  return { nl: `${away.nl} (${date.nl})`, en: `${away.en} (${date.en})` };
}

/**
 * A passed due date in words, for "Termijn verstreken": how many days late with the date, never "geleden" (a due
 * date is missed, not remembered): "24 dagen over tijd (za 10 oktober 2026)", on the day itself "vandaag".
 * @example overdueWords('2026-10-09T22:00:00.000Z', new Date('2026-11-03T10:00:00Z')) // { nl: '24 dagen over tijd (za 10 oktober 2026)', … }
 */
export function overdueWords(iso: string, now: Date): Localized {
  const late = Math.max(0, -daysAway(iso, now));
  const date = dateWords(iso, { weekday: true, year: true });
  const words = late === 0 ? { nl: 'vandaag', en: 'today' }
    : late === 1 ? { nl: '1 dag over tijd', en: '1 day overdue' } : { nl: `${late} dagen over tijd`, en: `${late} days overdue` };
  return { nl: `${words.nl} (${date.nl})`, en: `${words.en} (${date.en})` };
}
