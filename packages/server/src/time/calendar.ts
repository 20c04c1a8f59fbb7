import { type Region, type SchoolCalendar, schoolCalendar } from '@koers/engine';
import type { Store } from '@koers/store';
import type { Clock } from '../context';
import { Recent } from '../recent';

/**
 * Koers's own rule: a school without a region set counts as region `midden` (the trajectory page says so), so
 * every school has a calendar; an admin sets the right region on the school.
 */
export const DEFAULT_REGION = 'midden' as const;

/** A school's calendar, and whether its region was assumed (none set: midden). */
export interface SchoolTime {
  calendar: SchoolCalendar;
  region: Region;
  /** True when the school has no region of its own and Koers's rule (midden) applies: the page says so. */
  regionAssumed: boolean;
}

/**
 * The school calendar of a school: the national holidays of its region (`midden` when none is set) and the
 * studiedagen of its bestuur and of the school itself (`calendar_days`), with whether the region was assumed. One query.
 * @example const { calendar, regionAssumed } = await schoolTimeOf(store, t.school.id);
 */
export async function schoolTimeOf(store: Store, schoolId: string): Promise<SchoolTime> {
  const data = await store.calendarDays.ofSchool(schoolId);
  const region = data?.region ?? DEFAULT_REGION;
  return { calendar: schoolCalendar(region, data?.daysOff ?? []), region, regionAssumed: !data?.region };
}

/**
 * The school calendar of a school (see `schoolTimeOf`).
 * @example const calendar = await calendarOf(store, t.school.id); send(def, snapshot, event, { actor, now, calendar });
 */
export async function calendarOf(store: Store, schoolId: string): Promise<SchoolCalendar> {
  return (await schoolTimeOf(store, schoolId)).calendar;
}

/** How long a school's calendar is reused before it is read again (ms of the injected clock). */
export const CALENDAR_TTL_MS = 30_000;

/**
 * Recently read school calendars, so a person's event stays one round trip in the steady state. A calendar is read
 * again after `CALENDAR_TTL_MS`; whoever changes a school's region or studiedagen in this process calls `forget`
 * (other processes see the change within the TTL; the timers of a trajectory follow at its next write).
 */
export class CalendarCache {
  private readonly recent = new Recent<string, { readAt: number; calendar: SchoolCalendar }>(2_000);
  constructor(private readonly store: Store, private readonly clock: Clock, private readonly ttlMs = CALENDAR_TTL_MS) {}

  async of(schoolId: string): Promise<SchoolCalendar> {
    const now = this.clock.now().getTime();
    const known = this.recent.get(schoolId);
    if (known && now - known.readAt < this.ttlMs && now >= known.readAt) return known.calendar;
    const calendar = await calendarOf(this.store, schoolId);
    this.recent.set(schoolId, { readAt: now, calendar });
    return calendar;
  }

  /** Forgets a school's calendar (all, without an id): the next write reads it again. */
  forget(schoolId?: string): void {
    if (schoolId === undefined) this.recent.clear();
    else this.recent.delete(schoolId);
  }
}

/** The calendar of a trajectory's school for a write: from the cache when the deps have one. */
export function calendarFor(deps: { store: Store; calendars?: CalendarCache }, schoolId: string): Promise<SchoolCalendar> {
  return deps.calendars ? deps.calendars.of(schoolId) : calendarOf(deps.store, schoolId);
}
