import { type SQL, count, eq, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { users } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';

/** A person who can sign in (once they have a password). */
export interface User {
  id: string;
  /** Lower-case. */
  email: string;
  name: string;
  isAdmin: boolean;
  /** Encoded password hash; null until an invitation is accepted. */
  passwordHash: string | null;
  createdAt: string;
  disabledAt: string | null;
}

/** A role the user holds, with the organisation it is at. */
export interface UserMembership {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: 'bestuur' | 'school' | 'group';
  /** The bestuur above a school. */
  parentId: string | null;
  role: string;
  trajectoryId: string | null;
}

export interface UserWithMemberships extends User {
  memberships: UserMembership[];
}

export interface NewUser {
  email: string;
  name: string;
  passwordHash?: string | null;
  isAdmin?: boolean;
  /** When the account was made (the clock's time); the database's time if absent. */
  now?: Date;
}

/** E-mail addresses are compared and stored trimmed and lower-case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A user's memberships as one JSON array, for use inside a select from `users`: one round trip loads a
 * user (or a session's user) with every role they hold. The user id is qualified by hand because drizzle
 * leaves columns unqualified in a select from one table.
 */
export function membershipsJson(): SQL<UserMembership[]> {
  const userId = sql`${sql.identifier('users')}.${sql.identifier('id')}`;
  return sql<UserMembership[]>`coalesce((
    select json_agg(json_build_object(
      'id', m.id, 'organisationId', m.organisation_id, 'organisationName', o.name, 'organisationKind', o.kind,
      'parentId', o.parent_id, 'role', m.role, 'trajectoryId', m.trajectory_id) order by o.name, m.role, m.id)
    from memberships m join organisations o on o.id = m.organisation_id
    where m.user_id = ${userId}), '[]'::json)`;
}

type Row = typeof users.$inferSelect;
/** A user row as the API's shape. */
export const toUser = (r: Row): User => ({
  id: r.id, email: r.email, name: r.name, isAdmin: r.isAdmin, passwordHash: r.passwordHash,
  createdAt: iso(r.createdAt), disabledAt: iso(r.disabledAt),
});

/**
 * Users. E-mail addresses are stored lower-case, so `findByEmail` ignores case.
 * @example const user = await store.users.create({ email: 'An@School.nl', name: 'An' }); // email 'an@school.nl'
 */
export function createUsersRepo(connection: Connection) {
  const db = databaseOf(connection);
  const withMemberships = (where: SQL) =>
    db.select({ user: users, memberships: membershipsJson() }).from(users).where(where);
  const byEmail = withMemberships(eq(users.email, sql.placeholder('email'))).prepare('koers_user_by_email');
  const byId = withMemberships(eq(users.id, sql.placeholder('id'))).prepare('koers_user_by_id');
  const shape = (row: { user: Row; memberships: UserMembership[] } | undefined): UserWithMemberships | undefined =>
    row && { ...toUser(row.user), memberships: row.memberships };

  return {
    /** Creates a user; the e-mail must not be taken (unique index). */
    async create(input: NewUser, tx: Executor = db): Promise<User> {
      const [row] = await tx.insert(users).values({
        email: normalizeEmail(input.email), name: input.name, passwordHash: input.passwordHash ?? null, isAdmin: input.isAdmin ?? false,
        createdAt: input.now?.toISOString(),
      }).returning();
      return toUser(row!);
    },

    async findByEmail(email: string): Promise<UserWithMemberships | undefined> {
      const [row] = await byEmail.execute({ email: normalizeEmail(email) });
      return shape(row);
    },

    async findById(id: string): Promise<UserWithMemberships | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await byId.execute({ id });
      return shape(row);
    },

    async setPasswordHash(id: string, passwordHash: string, tx: Executor = db): Promise<void> {
      await tx.update(users).set({ passwordHash }).where(eq(users.id, id));
    },

    /** How many users there are: none means a fresh database (the demo seed runs only then). */
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(users);
      return Number(row?.n ?? 0);
    },
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;
