import type { Localized, TimeSpec } from '../format/types';
import { anchorMoment, anchorWords, schoolCalendar, type SchoolCalendar } from './calendar';
import { addDuration } from './duration';
import { durationText } from './duration-words';

/** What a `TimeSpec` is resolved against: the step's entry, the trajectory's start, its recorded dates. */
export interface TimeContext {
  /** When the step that declares the spec was entered (ISO instant). */
  enteredAt: string;
  /** `context.startedAt` of the trajectory. */
  startedAt: string;
  /** `context.dates`: the moments `recordDate` kept, by key. */
  dates: Record<string, string>;
  /** The school's calendar, for `at`; without one, anchors resolve in region midden (as for a school without region). */
  calendar?: SchoolCalendar;
}

/**
 * The moment a `TimeSpec` names, as an ISO instant: its base (`from`: `step` = entering the step, the default;
 * `start` = the trajectory's start; any other word = that recorded date) plus `after`; with `at`, the first such
 * anchor moment at or after that. Undefined while the date is not recorded, or when the anchor lies beyond the
 * calendar's data.
 * @example resolveTime({ from: 'startgesprek', after: 'P18M' }, ctx)
 */
export function resolveTime(spec: TimeSpec, ctx: TimeContext): string | undefined {
  const from = spec.from ?? 'step';
  const base = from === 'step' ? ctx.enteredAt : from === 'start' ? ctx.startedAt : ctx.dates[from];
  if (base === undefined) return undefined;
  const moment = spec.after ? addDuration(base, spec.after) : new Date(base).toISOString();
  if (!spec.at) return moment;
  return anchorMoment(ctx.calendar ?? defaultCalendar(), spec.at, moment);
}

/**
 * A `TimeSpec` in words, Dutch and English, for editors, diagrams and notifications.
 * @example timeWords({ after: 'P6M' }) // { nl: 'na 6 maanden', en: 'after 6 months' }
 * @example timeWords({ from: 'startgesprek', after: 'P6M' }) // { nl: '6 maanden na startgesprek', … }
 * @example timeWords({ at: 'voor-herfstvakantie' }) // { nl: 'voor de herfstvakantie', en: 'before the autumn holiday' }
 */
export function timeWords(spec: TimeSpec, dates?: Record<string, { title: Localized }>): Localized {
  const from = spec.from ?? 'step';
  const name = (lang: 'nl' | 'en') => lowerFirst(dates?.[from]?.title[lang] ?? from);
  const span = (lang: 'nl' | 'en') => (spec.after ? durationText(spec.after, lang) : '');
  const base: Localized = from === 'step'
    ? (spec.after ? { nl: `${span('nl')} na het begin van de stap`, en: `${span('en')} after the step began` }
      : { nl: 'het begin van de stap', en: 'the start of the step' })
    : from === 'start'
      ? (spec.after ? { nl: `${span('nl')} na de start`, en: `${span('en')} after the start` } : { nl: 'de start', en: 'the start' })
      : (spec.after ? { nl: `${span('nl')} na ${name('nl')}`, en: `${span('en')} after ${name('en')}` }
        : { nl: name('nl'), en: name('en') });
  if (spec.at) {
    const anchor = anchorWords(spec.at);
    if (spec.from === undefined && spec.after === undefined) return anchor;
    return { nl: `${anchor.nl} (vanaf ${base.nl})`, en: `${anchor.en} (from ${base.en})` };
  }
  if (from === 'step') return spec.after ? { nl: `na ${span('nl')}`, en: `after ${span('en')}` } : { nl: 'bij het begin van de stap', en: 'when the step begins' };
  if (!spec.after) return from === 'start' ? { nl: 'bij de start', en: 'at the start' } : { nl: `op ${base.nl}`, en: `at ${base.en}` };
  return base;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

let midden: SchoolCalendar | undefined;
function defaultCalendar(): SchoolCalendar {
  midden ??= schoolCalendar('midden');
  return midden;
}
