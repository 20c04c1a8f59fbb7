import { type Lang, type Localized, SCHOOL_TIME_ZONE, type StepView, addDuration, localDate } from '@koers/engine';
import { daysUntil } from '../../pages/trajectories/status';

/*
 * The simulated clock reads and moves in the school calendar's zone (Europe/Amsterdam), as the engine counts
 * durations: "+1 maand" from 1 September 09:00 is 1 October 09:00, also across the change to winter time.
 */

/** The clock's buttons: ISO durations with their labels. */
export const CLOCK_MOVES: ReadonlyArray<{ by: string; label: Localized }> = [
  { by: 'P1D', label: { nl: '+1 dag', en: '+1 day' } },
  { by: 'P1W', label: { nl: '+1 week', en: '+1 week' } },
  { by: 'P1M', label: { nl: '+1 maand', en: '+1 month' } },
];

const DAY = 86_400_000;
/** The calendar date of an instant in Amsterdam, as a date input writes it: `2026-09-01` (the engine's). */
export { localDate };

/**
 * The instant on calendar date `date` (`YYYY-MM-DD`) at the same Amsterdam time of day as `from`; undefined for
 * text that is not a date.
 * @example atLocalDate('2026-09-01T07:00:00.000Z', '2026-12-01') // '2026-12-01T08:00:00.000Z' (09:00, winter time)
 */
export function atLocalDate(from: string, date: string): string | undefined {
  const day = (text: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  };
  const days = Math.round((day(date) - day(localDate(from))) / DAY);
  if (!Number.isFinite(days)) return undefined;
  return days === 0 ? from : addDuration(from, days > 0 ? `P${days}D` : `-P${-days}D`);
}

/** The clock as the admin reads it: "di 1 sep. 2026, 09:00" (in Amsterdam time). */
export function formatClock(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: SCHOOL_TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  });
}

/** How a current step stands against its expected duration at the simulated time. */
export type StepTiming =
  | { kind: 'untimed' }
  | { kind: 'due'; dueAt: string; days: number }
  | { kind: 'overdue'; dueAt: string; days: number };

/**
 * Whether a step is on time at `now`: days left until it is due, or days overdue (counted as the participant
 * pages count them), or untimed when it has no expected duration.
 */
export function stepTiming(step: Pick<StepView, 'dueAt'>, now: string): StepTiming {
  if (!step.dueAt) return { kind: 'untimed' };
  const days = daysUntil(step.dueAt, new Date(now));
  return Date.parse(now) > Date.parse(step.dueAt) ? { kind: 'overdue', dueAt: step.dueAt, days: Math.max(1, -days) } : { kind: 'due', dueAt: step.dueAt, days };
}
