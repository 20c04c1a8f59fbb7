import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Connection } from '../create';
import { calendarDays } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';
import { prepareStatement } from './statement';
import type { Region } from './organisations';

/** A studiedag: a day without school that a bestuur set for its schools, on top of the national holidays. */
export interface CalendarDay {
  id: string;
  organisationId: string;
  /** Local date in Europe/Amsterdam, `YYYY-MM-DD`. */
  date: string;
  title: string;
  createdAt: string;
  createdBy: string | null;
}

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

type Row = typeof calendarDays.$inferSelect;
const toDay = (r: Row): CalendarDay => ({ id: r.id, organisationId: r.organisationId, date: r.date, title: r.title, createdAt: iso(r.createdAt), createdBy: r.createdBy });

/**
 * The studiedagen of besturen (table `calendar_days`): one per organisation and date.
 * @example const added = await store.calendarDays.add({ organisationId, date: '2026-11-12', title: 'Studiedag', by, now });
 */
export function createCalendarDaysRepo(connection: Connection) {
  const db = databaseOf(connection);
  const ofSchool = prepareStatement<{ region: Region | null; date: string | null; title: string | null }>(connection, OF_SCHOOL);
  return {
    /**
     * What the calendar of a school is made of: its region and the days off of its bestuur and itself (a date on both
     * counts once, with the school's title); undefined for an unknown organisation. One round trip.
     * @example const { region, daysOff } = (await store.calendarDays.ofSchool(schoolId))!;
     */
    async ofSchool(schoolId: string): Promise<SchoolCalendarData | undefined> {
      if (!isUuid(schoolId)) return undefined;
      const rows = await ofSchool([schoolId]);
      if (rows.length === 0) return undefined;
      return {
        region: rows[0]!.region,
        daysOff: rows.flatMap((r) => (r.date === null ? [] : [{ date: r.date, title: r.title ?? '' }])),
      };
    },


    /** The days of some organisations, by date. */
    async list(organisationIds: readonly string[], tx: Executor = db): Promise<CalendarDay[]> {
      const ids = organisationIds.filter(isUuid);
      if (ids.length === 0) return [];
      const rows = await tx.select().from(calendarDays).where(inArray(calendarDays.organisationId, ids)).orderBy(asc(calendarDays.date), asc(calendarDays.id));
      return rows.map(toDay);
    },

    /** Adds a day; undefined when the organisation already has a day on that date (nothing changes). */
    async add(input: { organisationId: string; date: string; title: string; by: string | null; now: Date }, tx: Executor = db): Promise<CalendarDay | undefined> {
      const [row] = await tx.insert(calendarDays)
        .values({ organisationId: input.organisationId, date: input.date, title: input.title, createdBy: input.by, createdAt: input.now.toISOString() })
        .onConflictDoNothing().returning();
      return row && toDay(row);
    },

    /** Removes one day of the organisation; undefined when it has no such day. */
    async remove(organisationId: string, id: string, tx: Executor = db): Promise<CalendarDay | undefined> {
      if (!isUuid(id) || !isUuid(organisationId)) return undefined;
      const [row] = await tx.delete(calendarDays).where(and(eq(calendarDays.id, id), eq(calendarDays.organisationId, organisationId))).returning();
      return row && toDay(row);
    },
  };
}

export type CalendarDaysRepo = ReturnType<typeof createCalendarDaysRepo>;
