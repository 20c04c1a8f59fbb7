import { type Region, type SchoolCalendar, schoolCalendar } from '@koers/engine';
import type { Store } from '@koers/store';
import { DEFAULT_REGION } from './calendar';

/** A school's calendar as `calendarOf` makes it, and whether its region was assumed (none set: midden). */
export interface SchoolTime {
  calendar: SchoolCalendar;
  region: Region;
  /** True when the school has no region of its own and Koers's rule (midden) applies: the page says so. */
  regionAssumed: boolean;
}

/**
 * The school calendar of a school (see `calendarOf`: one query), with whether its region is the assumed one, for
 * the pages that show dates on it.
 * @example const { calendar, regionAssumed } = await schoolTimeOf(store, t.school.id);
 */
export async function schoolTimeOf(store: Store, schoolId: string): Promise<SchoolTime> {
  const data = await store.calendarDays.ofSchool(schoolId);
  const region = data?.region ?? DEFAULT_REGION;
  return { calendar: schoolCalendar(region, data?.daysOff ?? []), region, regionAssumed: !data?.region };
}
