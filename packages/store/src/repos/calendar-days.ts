import type { Connection } from '../create';
import { isUuid } from './database';
import { prepareStatement } from './statement';
import type { Region } from './organisations';

/** What the school calendar of one school is made of: its region and the days off of its bestuur and itself. */
export interface SchoolCalendarData {
  /** Null when the school has no region set. */
  region: Region | null;
  /** Studiedagen (local dates, `2026-11-12`) of the school's bestuur and of the school, in date order. */
  daysOff: Array<{ date: string; title: string }>;
}

// One round trip: the school's region, and the days of the school and of its bestuur (a date on both counts once).
const OF_SCHOOL = `
select o.region, d.date, d.title
from organisations o
left join lateral (
  select distinct on (c.date) c.date, c.title from calendar_days c
  where c.organisation_id = o.id or c.organisation_id = o.parent_id
  order by c.date, (c.organisation_id = o.id) desc
) d on true
where o.id = $1::uuid
order by d.date`;

const ADD = `
insert into calendar_days (organisation_id, date, title, created_by) values ($1::uuid, $2, $3, $4::uuid)
on conflict (organisation_id, date) do update set title = excluded.title`;

/**
 * A bestuur's (or a school's) own days without school, read per school for its calendar.
 * @example const { region, daysOff } = (await store.calendarDays.ofSchool(schoolId))!;
 */
export function createCalendarDaysRepo(connection: Connection) {
  const ofSchool = prepareStatement<{ region: Region | null; date: string | null; title: string | null }>(connection, OF_SCHOOL);
  const add = prepareStatement(connection, ADD);
  return {
    /** The calendar data of a school; undefined for an unknown organisation. */
    async ofSchool(schoolId: string): Promise<SchoolCalendarData | undefined> {
      if (!isUuid(schoolId)) return undefined;
      const rows = await ofSchool([schoolId]);
      if (rows.length === 0) return undefined;
      return {
        region: rows[0]!.region,
        daysOff: rows.flatMap((r) => (r.date === null ? [] : [{ date: r.date, title: r.title ?? '' }])),
      };
    },
    /** Adds a day off (a studiedag) to a bestuur or school; the same date again changes its title. */
    async add(organisationId: string, day: { date: string; title: string }, by: string | null = null): Promise<void> {
      await add([organisationId, day.date, day.title, by]);
    },
  };
}

export type CalendarDaysRepo = ReturnType<typeof createCalendarDaysRepo>;
