import { and, count, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { memberships, notifications, userSettings, users } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';
import { type UserMembership, membershipsJson } from './users';

type Text = { nl: string; en: string };

/** One thing a person was told, in their inbox. */
export interface Notification {
  id: number;
  userId: string;
  trajectoryId: string | null;
  schoolId: string | null;
  /** `notify`, `reminder` or `escalation`. */
  kind: string;
  step: string | null;
  title: Text;
  body: Text | null;
  effectId: number | null;
  createdAt: string;
  readAt: string | null;
}

export interface NewNotification {
  userId: string;
  trajectoryId: string;
  schoolId: string;
  kind: string;
  step: string | null;
  title: Text;
  body: Text | null;
  effectId: number;
  at: Date;
}

/** A possible recipient: an enabled user with a role at the school or its bestuur, all their memberships and mail settings. */
export interface Candidate {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  memberships: UserMembership[];
  lang: 'nl' | 'en';
  mail: 'immediate' | 'digest' | 'off';
}

type Row = typeof notifications.$inferSelect;
/** A notification row as the API's shape. */
export const toNotification = (r: Row): Notification => ({
  id: r.id, userId: r.userId, trajectoryId: r.trajectoryId, schoolId: r.schoolId, kind: r.kind, step: r.step,
  title: r.title as Text, body: (r.body ?? null) as Text | null, effectId: r.effectId, createdAt: iso(r.createdAt), readAt: iso(r.readAt),
});

/**
 * The in-app inbox. One row per person per effect (`on conflict do nothing`), so a retried delivery tells no
 * one twice; every read and write is scoped to the user it belongs to, so another user's id finds nothing.
 * @example const page = await store.notifications.list(userId, { unread: true, limit: 20 });
 */
export function createNotificationsRepo(connection: Connection) {
  const db = databaseOf(connection);

  async function candidatesAt(orgs: readonly string[], roles: readonly string[], tx: Executor): Promise<Candidate[]> {
    if (roles.length === 0 || orgs.length === 0) return [];
    const holders = tx.select({ userId: memberships.userId }).from(memberships)
      .where(and(inArray(memberships.organisationId, [...orgs]), inArray(memberships.role, [...roles])));
    const rows = await tx.select({
      id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, memberships: membershipsJson(),
      lang: sql<'nl' | 'en'>`coalesce(${userSettings.lang}, 'nl')`, mail: sql<Candidate['mail']>`coalesce(${userSettings.mail}, 'immediate')`,
    }).from(users).leftJoin(userSettings, eq(userSettings.userId, users.id))
      .where(and(isNull(users.disabledAt), inArray(users.id, holders)))
      .orderBy(users.email);
    return rows as Candidate[];
  }

  return {
    /**
     * Enabled users holding one of `roles` at the school or at its bestuur (also when narrowed to a trajectory),
     * with all their memberships (the caller decides what they may see) and their mail settings (defaults when unset).
     */
    async candidates(school: { id: string; parentId: string | null }, roles: readonly string[], tx: Executor = db): Promise<Candidate[]> {
      return candidatesAt(school.parentId ? [school.id, school.parentId] : [school.id], roles, tx);
    },

    /**
     * Enabled users holding one of `roles` at any of these organisations (also when narrowed to a trajectory), with
     * all their memberships: one query for the schools of a whole list (who can act now, in the coach overview).
     */
    candidatesAt(organisationIds: readonly string[], roles: readonly string[]): Promise<Candidate[]> {
      return candidatesAt(organisationIds.filter(isUuid), roles, db);
    },

    /** Adds a notification; undefined when this person already has one for this effect. */
    async add(input: NewNotification, tx: Executor = db): Promise<Notification | undefined> {
      const [row] = await tx.insert(notifications).values({
        userId: input.userId, trajectoryId: input.trajectoryId, schoolId: input.schoolId, kind: input.kind, step: input.step,
        title: input.title, body: input.body, effectId: input.effectId, createdAt: input.at.toISOString(),
      }).onConflictDoNothing({ target: [notifications.effectId, notifications.userId] }).returning();
      return row && toNotification(row);
    },

    /** A user's notifications, newest first; `before` (an id from the previous page) pages on. */
    async list(userId: string, options: { unread?: boolean; limit: number; before?: number }): Promise<{ items: Notification[]; next: number | null }> {
      const rows = await db.select().from(notifications).where(and(
        eq(notifications.userId, userId),
        options.unread ? isNull(notifications.readAt) : undefined,
        options.before !== undefined ? lt(notifications.id, options.before) : undefined,
      )).orderBy(desc(notifications.id)).limit(options.limit + 1);
      const items = rows.slice(0, options.limit).map(toNotification);
      return { items, next: rows.length > options.limit ? items.at(-1)!.id : null };
    },

    /** How many of a user's notifications are unread. */
    async unreadCount(userId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return Number(row?.n ?? 0);
    },

    /** Marks one of the user's own notifications read (kept at its first reading); undefined when it is not theirs. */
    async markRead(id: number, userId: string, now: Date): Promise<Notification | undefined> {
      const [row] = await db.update(notifications).set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
        .where(and(eq(notifications.id, id), eq(notifications.userId, userId))).returning();
      return row && toNotification(row);
    },

    /** Marks all of the user's unread notifications read; answers how many. */
    async markAllRead(userId: string, now: Date): Promise<number> {
      const rows = await db.update(notifications).set({ readAt: now.toISOString() })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).returning({ id: notifications.id });
      return rows.length;
    },

    /** The user's unread notifications created after `since` (all unread without it), oldest first: a digest's content. */
    async unreadSince(userId: string, since: string | null, tx: Executor = db): Promise<Notification[]> {
      const rows = await tx.select().from(notifications).where(and(
        eq(notifications.userId, userId), isNull(notifications.readAt), since ? gt(notifications.createdAt, since) : undefined,
      )).orderBy(notifications.id);
      return rows.map(toNotification);
    },

    /**
     * Users who asked for a daily digest, are enabled, had none since `dayStart` and have unread notifications
     * newer than their last digest: who gets one now.
     */
    async digestDue(dayStart: Date, tx: Executor = db): Promise<Array<{ id: string; email: string; name: string; lang: 'nl' | 'en'; lastDigestAt: string | null }>> {
      const rows = await tx.select({ id: users.id, email: users.email, name: users.name, lang: userSettings.lang, last: userSettings.lastDigestAt })
        .from(userSettings).innerJoin(users, eq(users.id, userSettings.userId))
        .where(and(
          eq(userSettings.mail, 'digest'), isNull(users.disabledAt),
          or(isNull(userSettings.lastDigestAt), lt(userSettings.lastDigestAt, dayStart.toISOString())),
          sql`exists (select 1 from ${notifications} n where n.user_id = ${users.id} and n.read_at is null
            and (${userSettings.lastDigestAt} is null or n.created_at > ${userSettings.lastDigestAt}))`,
        ))
        .orderBy(users.email)
        .for('update', { of: userSettings, skipLocked: true });
      return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, lang: r.lang, lastDigestAt: iso(r.last) }));
    },
  };
}

export type NotificationsRepo = ReturnType<typeof createNotificationsRepo>;
