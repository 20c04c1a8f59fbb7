import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { sessions, users } from '../schema';
import { type Executor, databaseOf, iso } from './database';
import { type UserMembership, type UserWithMemberships, membershipsJson, toUser } from './users';

/** A browser session. Only the SHA-256 of the cookie value is stored. */
export interface Session {
  idHash: string;
  userId: string;
  /** Must come back in the `X-CSRF-Token` header of every write made with this session. */
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface NewSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  now?: Date;
}

type Row = typeof sessions.$inferSelect;
const toSession = (r: Row): Session => ({
  idHash: r.idHash, userId: r.userId, csrfToken: r.csrfToken, createdAt: iso(r.createdAt), expiresAt: iso(r.expiresAt),
});

/**
 * Browser sessions. `findValid` is on every request's path: one prepared query answers the session,
 * its user and the user's memberships, and nothing for an expired session or a disabled user.
 * @example const found = await store.sessions.findValid(sha256(cookie), clock.now());
 */
export function createSessionsRepo(connection: Connection) {
  const db = databaseOf(connection);
  const valid = db.select({ session: sessions, user: users, memberships: membershipsJson() })
    .from(sessions).innerJoin(users, eq(users.id, sessions.userId))
    .where(and(
      eq(sessions.idHash, sql.placeholder('idHash')),
      gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
      isNull(users.disabledAt),
    ))
    .prepare('koers_session_valid');

  return {
    async create(input: NewSession, tx: Executor = db): Promise<Session> {
      const [row] = await tx.insert(sessions)
        .values({ idHash: input.idHash, userId: input.userId, csrfToken: input.csrfToken, expiresAt: input.expiresAt.toISOString(), createdAt: input.now?.toISOString() })
        .returning();
      return toSession(row!);
    },

    /** The session with this hash if it has not expired at `now`, with its user and their memberships. */
    async findValid(idHash: string, now: Date): Promise<{ session: Session; user: UserWithMemberships } | undefined> {
      const [row] = await valid.execute({ idHash, now: now.toISOString() });
      if (!row) return undefined;
      return { session: toSession(row.session), user: { ...toUser(row.user), memberships: row.memberships as UserMembership[] } };
    },

    /** Ends one session (logout). */
    async delete(idHash: string, tx: Executor = db): Promise<void> {
      await tx.delete(sessions).where(eq(sessions.idHash, idHash));
    },

    /** Ends every session of a user, e.g. after a password change. */
    async deleteForUser(userId: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },

    /** Removes sessions that expired at or before `now`; answers how many. */
    async deleteExpired(now: Date): Promise<number> {
      const rows = await db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).returning({ idHash: sessions.idHash });
      return rows.length;
    },
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
