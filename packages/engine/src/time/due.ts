import type { StepMeta, TrajectoryDefinition } from '../format/types';
import { isClosed, nextSchoolDay, type SchoolCalendar } from './calendar';
import { localDate, midnight } from './days';
import { addDuration } from './duration';
import { type TimeContext, resolveTime } from './moment';

/**
 * When a step is due: its `deadline` resolved, or `expectedDuration` after it was entered. With a calendar and
 * `calendar.holidayDue` `next-school-day` (the default), a due date in a school holiday, on a public holiday or on
 * one of the school's days off moves to 00:00 (Europe/Amsterdam) of the first school day after it; `keep` leaves
 * it. A deadline with `at` never moves (it is a school-calendar moment already). Without a calendar nothing moves. Undefined when the step has no due date or it cannot be resolved yet.
 */
export function stepDueAt(
  def: TrajectoryDefinition, meta: StepMeta | undefined, ctx: TimeContext,
): string | undefined {
  const due = meta?.deadline ? resolveTime(meta.deadline, ctx)
    : meta?.expectedDuration ? addDuration(ctx.enteredAt, meta.expectedDuration) : undefined;
  // A deadline on an anchor is on the school calendar already: "voor de herfstvakantie" is 00:00 on its first day.
  if (due === undefined || !ctx.calendar || def.calendar?.holidayDue === 'keep' || meta?.deadline?.at) return due;
  return shiftOffClosedDays(ctx.calendar, due);
}

/** A moment on a closed day of the school moves to 00:00 of the next school day; any other moment stays. */
export function shiftOffClosedDays(cal: SchoolCalendar, iso: string): string {
  const date = localDate(iso);
  return isClosed(cal, date) ? midnight(nextSchoolDay(cal, date)) : iso;
}
