import { and, eq, isNull } from 'drizzle-orm';
import type { Connection } from '../create';
import { calendarFeeds, users } from '../schema';
import { type Executor, databaseOf, iso } from './database';

/**
 * Personal iCal feeds (table `calendar_feeds`): the URL holds a secret token, only its SHA-256 is kept. A person
 * has at most one live feed: making a new one revokes the old in the same transaction.
 * @example await store.calendarFeeds.replace(userId, sha256(token), now)
 */
export function createCalendarFeedsRepo(connection: Connection) {
  const db = databaseOf(connection);
  const revokeAll = (userId: string, now: Date, tx: Executor) =>
    tx.update(calendarFeeds).set({ revokedAt: now.toISOString() })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt))).returning({ id: calendarFeeds.id });
  return {
    /** Revokes the person's live feed (if any) and makes a new one with this token hash; pass a transaction. */
    async replace(userId: string, tokenHash: string, now: Date, tx: Executor = db): Promise<{ id: string; createdAt: string }> {
      await revokeAll(userId, now, tx);
      const [row] = await tx.insert(calendarFeeds).values({ userId, tokenHash, createdAt: now.toISOString() }).returning();
      return { id: row!.id, createdAt: iso(row!.createdAt) };
    },

    /** Revokes the person's live feed; false when there was none. */
    async revoke(userId: string, now: Date, tx: Executor = db): Promise<boolean> {
      return (await revokeAll(userId, now, tx)).length > 0;
    },

    /** Whether the person has a live feed, and since when. */
    async current(userId: string): Promise<{ createdAt: string } | undefined> {
      const [row] = await db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds)
        .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt))).limit(1);
      return row && { createdAt: iso(row.createdAt) };
    },

    /** The owner of a live feed with this token hash (not revoked, user not disabled); undefined otherwise. */
    async ownerOf(tokenHash: string): Promise<string | undefined> {
      const [row] = await db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).innerJoin(users, eq(users.id, calendarFeeds.userId))
        .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt), isNull(users.disabledAt))).limit(1);
      return row?.userId;
    },
  };
}

export type CalendarFeedsRepo = ReturnType<typeof createCalendarFeedsRepo>;
