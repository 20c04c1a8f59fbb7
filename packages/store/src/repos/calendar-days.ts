import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Connection } from '../create';
import { calendarDays } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';

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

type Row = typeof calendarDays.$inferSelect;
const toDay = (r: Row): CalendarDay => ({ id: r.id, organisationId: r.organisationId, date: r.date, title: r.title, createdAt: iso(r.createdAt), createdBy: r.createdBy });

/**
 * The studiedagen of besturen (table `calendar_days`): one per organisation and date.
 * @example const added = await store.calendarDays.add({ organisationId, date: '2026-11-12', title: 'Studiedag', by, now });
 */
export function createCalendarDaysRepo(connection: Connection) {
  const db = databaseOf(connection);
  return {
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
