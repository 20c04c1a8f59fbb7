/** Koers's days are Dutch school days: the local date and hour in Europe/Amsterdam, whatever the machine's zone. */
const ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
});

function partsOf(at: Date): { day: string; hour: number; offsetMs: number } {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const m = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(p.timeZoneName ?? '');
  const offsetMs = m && m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
  return { day: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour), offsetMs };
}

/** The local date (`2026-12-04`) and hour (0-23) in Europe/Amsterdam at `at`. */
export function amsterdamDay(at: Date): { day: string; hour: number } {
  const { day, hour } = partsOf(at);
  return { day, hour };
}

/** The moment local midnight began on `day` (`YYYY-MM-DD`) in Europe/Amsterdam. */
export function amsterdamMidnight(day: string): Date {
  const guess = Date.parse(`${day}T00:00:00.000Z`);
  return new Date(guess - partsOf(new Date(guess - partsOf(new Date(guess)).offsetMs)).offsetMs);
}

/** A date as Dutch or English words in Europe/Amsterdam: "4 december 2026" / "4 December 2026". */
export function longDate(iso: string, lang: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}
