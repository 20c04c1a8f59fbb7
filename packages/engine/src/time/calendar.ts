import data from '../../calendar/schoolvakanties.json';
import type { CalendarAnchor, Holiday, Localized } from '../format/types';
import { dayAfter, localDate, midnight, publicHolidays, weekday } from './days';

/** The three holiday regions of the Dutch school calendar. */
export type Region = 'noord' | 'midden' | 'zuid';

/** One school holiday in one region: its first and last day (local dates, Saturday to Sunday). */
export interface HolidayPeriod {
  holiday: Holiday;
  /** `2026-2027` */
  schoolYear: string;
  /** `YYYY-MM-DD`, the first day off. */
  first: string;
  /** `YYYY-MM-DD`, the last day off. */
  last: string;
}

/** A school's calendar: its region's holidays and its own days off (studiedagen of the school and its bestuur). */
export interface SchoolCalendar {
  region: Region;
  holidays: HolidayPeriod[];
  daysOff: { date: string; title: string }[];
}

/** The regions, in the order of the Rijksoverheid table. */
export const REGIONS: readonly Region[] = ['noord', 'midden', 'zuid'];
/** The holidays, in the order of the school year. */
export const HOLIDAYS: readonly Holiday[] = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'];

/** Every anchor a `TimeSpec.at` may name. */
export const ANCHORS: readonly CalendarAnchor[] = [
  ...HOLIDAYS.flatMap((h) => [`voor-${h}`, `na-${h}`] as CalendarAnchor[]),
  'einde-schooljaar', 'begin-schooljaar',
];

const HOLIDAY_WORDS: Record<Holiday, Localized> = {
  herfstvakantie: { nl: 'de herfstvakantie', en: 'the autumn holiday' },
  kerstvakantie: { nl: 'de kerstvakantie', en: 'the Christmas holiday' },
  voorjaarsvakantie: { nl: 'de voorjaarsvakantie', en: 'the spring holiday' },
  meivakantie: { nl: 'de meivakantie', en: 'the May holiday' },
  zomervakantie: { nl: 'de zomervakantie', en: 'the summer holiday' },
};

/** The school years the shipped data covers (`2025-2026` …), and where they come from. */
export const CALENDAR_SOURCE = { ...data.source, schoolYears: Object.keys(data.schoolYears) };

/**
 * An anchor in words, for editors, diagrams and documentation.
 * @example anchorWords('voor-herfstvakantie') // { nl: 'voor de herfstvakantie', en: 'before the autumn holiday' }
 */
export function anchorWords(anchor: CalendarAnchor): Localized {
  if (anchor === 'einde-schooljaar') return { nl: 'aan het einde van het schooljaar', en: 'at the end of the school year' };
  if (anchor === 'begin-schooljaar') return { nl: 'aan het begin van het schooljaar', en: 'at the start of the school year' };
  const [when, holiday] = splitAnchor(anchor);
  const words = HOLIDAY_WORDS[holiday];
  return when === 'voor' ? { nl: `voor ${words.nl}`, en: `before ${words.en}` } : { nl: `na ${words.nl}`, en: `after ${words.en}` };
}

/** True for a name `TimeSpec.at` accepts. */
export function isAnchor(name: string): name is CalendarAnchor {
  return (ANCHORS as readonly string[]).includes(name);
}

/**
 * The calendar of a school in `region` from the shipped Rijksoverheid data (school years 2025-2026 to 2028-2029),
 * with the school's own days off.
 * @example schoolCalendar('zuid', [{ date: '2026-11-12', title: 'Studiedag' }])
 */
export function schoolCalendar(region: Region, daysOff: { date: string; title: string }[] = []): SchoolCalendar {
  const holidays: HolidayPeriod[] = [];
  for (const [schoolYear, year] of Object.entries(data.schoolYears)) {
    for (const holiday of HOLIDAYS) {
      const [first, last] = (year.holidays[holiday] as Record<Region, string[]>)[region] as [string, string];
      holidays.push({ holiday, schoolYear, first, last });
    }
  }
  holidays.sort((a, b) => a.first.localeCompare(b.first));
  return { region, holidays, daysOff: [...daysOff].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The holiday period a local date falls in, if any. */
export function holidayOn(cal: SchoolCalendar, date: string): HolidayPeriod | undefined {
  return cal.holidays.find((p) => p.first <= date && date <= p.last);
}

/**
 * Whether children are at school on a local date (`YYYY-MM-DD`): not a weekend, not in a holiday of the region,
 * not a public holiday (see `publicHolidays`), not one of the school's days off.
 */
export function isSchoolDay(cal: SchoolCalendar, date: string): boolean {
  return weekday(date) <= 5 && !holidayOn(cal, date) && !isDayOff(cal, date);
}

/**
 * A day the school is closed although it is a weekday outside the holidays, or a holiday day: the days a due
 * date moves away from (an ordinary weekend does not count).
 */
export function isClosed(cal: SchoolCalendar, date: string): boolean {
  return holidayOn(cal, date) !== undefined || (weekday(date) <= 5 && isDayOff(cal, date));
}

/**
 * The first school day after a day (a local date, or an ISO instant read in Europe/Amsterdam), as `YYYY-MM-DD`.
 * @example nextSchoolDay(schoolCalendar('midden'), '2026-10-20') // '2026-10-26', the Monday after the autumn holiday
 */
export function nextSchoolDay(cal: SchoolCalendar, iso: string): string {
  let date = dayAfter(localDate(iso));
  // A school year has at most ~16 weeks off; a year of searching means broken data, not a long holiday.
  for (let i = 0; i < 366 && !isSchoolDay(cal, date); i++) date = dayAfter(date);
  return date;
}

/**
 * The first moment of an anchor at or after `fromIso`, as an ISO instant: `voor-H` is 00:00 Europe/Amsterdam on
 * the first day of holiday H, `na-H` 00:00 on the first school day after it; `einde-schooljaar` =
 * `voor-zomervakantie`, `begin-schooljaar` = `na-zomervakantie`. Undefined beyond the calendar's data.
 * @example anchorMoment(schoolCalendar('midden'), 'voor-herfstvakantie', '2026-09-01T08:00:00.000Z') // '2026-10-16T22:00:00.000Z'
 */
export function anchorMoment(cal: SchoolCalendar, anchor: CalendarAnchor, fromIso: string): string | undefined {
  const [when, holiday] = splitAnchor(anchor);
  const from = Date.parse(fromIso);
  for (const period of cal.holidays) {
    if (period.holiday !== holiday) continue;
    const moment = when === 'voor' ? midnight(period.first) : midnight(nextSchoolDay(cal, period.last));
    if (Date.parse(moment) >= from) return moment;
  }
  return undefined;
}

function splitAnchor(anchor: CalendarAnchor): ['voor' | 'na', Holiday] {
  if (anchor === 'einde-schooljaar') return ['voor', 'zomervakantie'];
  if (anchor === 'begin-schooljaar') return ['na', 'zomervakantie'];
  const [when, holiday] = anchor.split('-') as ['voor' | 'na', Holiday];
  return [when, holiday];
}

function isDayOff(cal: SchoolCalendar, date: string): boolean {
  return cal.daysOff.some((d) => d.date === date) || publicHolidays(Number(date.slice(0, 4))).has(date);
}
