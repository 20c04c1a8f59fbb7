import type { Lang } from '@koers/engine';
import { appMsg } from './messages';

/**
 * Numbers and dates one way across the app (issue 14): dates as "12 mrt 2026" / "12 Mar 2026" on the school
 * calendar's day (Europe/Amsterdam, whatever the browser's zone), a moment with its time as "12 mrt 2026, 14:05",
 * and numbers as the language writes them ("7,5" in Dutch, "7.5" in English). The CSV export writes the same
 * numbers without thousands separators (see pages/coach/csv.ts).
 */

export const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
export const SCHOOL_TIME_ZONE = 'Europe/Amsterdam';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, withTime: boolean, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}|${withTime}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], withTime
      ? { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A moment's day, or a calendar day ("2026-03-12", read as that day), as "12 mrt 2026" / "12 Mar 2026".
 * @example formatDate('2026-10-17T23:30:00Z', 'nl') // '18 okt 2026' (already the 18th in Amsterdam)
 */
export function formatDate(iso: string, lang: Lang): string {
  // A bare calendar day is that day wherever it is read: noon UTC in UTC keeps it.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dateFormat(lang, false, 'UTC').format(new Date(`${iso}T12:00:00Z`));
  return dateFormat(lang, false, SCHOOL_TIME_ZONE).format(new Date(iso));
}

/** A moment with its time in Europe/Amsterdam: "12 mrt 2026, 14:05" / "12 Mar 2026, 14:05". */
export function formatDateTime(iso: string, lang: Lang): string {
  return dateFormat(lang, true, SCHOOL_TIME_ZONE).format(new Date(iso));
}

/**
 * A number as the reader's language writes it, at most `digits` decimals: "7,5" and "1.234" in Dutch, "7.5" and
 * "1,234" in English; `grouping: false` leaves out the thousands separator (for CSV).
 */
export function formatNumber(n: number, lang: Lang, options: { digits?: number; grouping?: boolean } = {}): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: options.digits ?? 2, useGrouping: options.grouping ?? true }).format(n);
}

/** A number of days in words: "1 dag", "38 dagen" / "1 day", "38 days". */
export function daysText(n: number, lang: Lang): string {
  return n === 1 ? appMsg('durDay', lang) : appMsg('durDays', lang, { n: formatNumber(n, lang) });
}
