import { type SchoolCalendar, schoolCalendar } from '@koers/engine';
import type { Store } from '@koers/store';

/**
 * Koers's own rule: a school without a region set counts as region `midden` (the trajectory page says so), so
 * every school has a calendar; an admin sets the right region on the school.
 */
export const DEFAULT_REGION = 'midden' as const;

/**
 * The school calendar of a school: the national holidays of its region (`midden` when none is set) and the
 * studiedagen of its bestuur and of the school itself (`calendar_days`). One query.
 * @example const calendar = await calendarOf(store, t.school.id); send(def, snapshot, event, { actor, now, calendar });
 */
export async function calendarOf(store: Store, schoolId: string): Promise<SchoolCalendar> {
  const data = await store.calendarDays.ofSchool(schoolId);
  return schoolCalendar(data?.region ?? DEFAULT_REGION, data?.daysOff ?? []);
}
