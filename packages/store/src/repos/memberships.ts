import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Connection } from '../create';
import { memberships, organisations, users } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';
import type { UserMembership } from './users';

/** A role a user holds at an organisation, optionally narrowed to one trajectory. */
export interface Membership {
  id: string;
  userId: string;
  organisationId: string;
  role: string;
  trajectoryId: string | null;
  createdAt: string;
}

/** A membership as an organisation's member list shows it. */
export interface MemberOfOrganisation extends Membership {
  email: string;
  name: string;
}

export interface NewMembership {
  userId: string;
  organisationId: string;
  role: string;
  trajectoryId?: string | null;
  now?: Date;
}

type Row = typeof memberships.$inferSelect;
const toMembership = (r: Row): Membership => ({
  id: r.id, userId: r.userId, organisationId: r.organisationId, role: r.role, trajectoryId: r.trajectoryId, createdAt: iso(r.createdAt),
});

/**
 * Who holds which role where. Adding a membership someone already holds changes nothing and
 * answers the existing one (`created: false`).
 * @example await store.memberships.assignToSchools(coach.id, [a.id, b.id]); // procesbegeleider at a and b
 */
export function createMembershipsRepo(connection: Connection) {
  const db = databaseOf(connection);

  async function existing(input: NewMembership, tx: Executor): Promise<Membership | undefined> {
    const [row] = await tx.select().from(memberships).where(and(
      eq(memberships.userId, input.userId), eq(memberships.organisationId, input.organisationId), eq(memberships.role, input.role),
      input.trajectoryId ? eq(memberships.trajectoryId, input.trajectoryId) : isNull(memberships.trajectoryId),
    ));
    return row && toMembership(row);
  }

  async function add(input: NewMembership, tx: Executor = db): Promise<{ membership: Membership; created: boolean }> {
    const [row] = await tx.insert(memberships)
      .values({ userId: input.userId, organisationId: input.organisationId, role: input.role, trajectoryId: input.trajectoryId ?? null, createdAt: input.now?.toISOString() })
      .onConflictDoNothing()
      .returning();
    if (row) return { membership: toMembership(row), created: true };
    const known = await existing(input, tx);
    if (!known) throw new Error('membership conflict without an existing row');
    return { membership: known, created: false };
  }

  return {
    add,

    async get(id: string): Promise<Membership | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
      return row && toMembership(row);
    },

    /** Removes a membership; answers what was removed, or undefined if there was none. */
    async remove(id: string, tx: Executor = db): Promise<Membership | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await tx.delete(memberships).where(eq(memberships.id, id)).returning();
      return row && toMembership(row);
    },

    /** A user's memberships with the organisations they are at. */
    async listForUser(userId: string): Promise<UserMembership[]> {
      if (!isUuid(userId)) return [];
      const rows = await db.select({
        id: memberships.id, organisationId: memberships.organisationId, organisationName: organisations.name,
        organisationKind: organisations.kind, parentId: organisations.parentId, role: memberships.role, trajectoryId: memberships.trajectoryId,
      }).from(memberships).innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(organisations.name), asc(memberships.role), asc(memberships.id));
      return rows;
    },

    /** Everyone with a role at an organisation, by name. */
    async listForOrganisation(organisationId: string): Promise<MemberOfOrganisation[]> {
      if (!isUuid(organisationId)) return [];
      const rows = await db.select({ m: memberships, email: users.email, name: users.name })
        .from(memberships).innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.organisationId, organisationId))
        .orderBy(asc(users.name), asc(memberships.role), asc(memberships.id));
      return rows.map((r) => ({ ...toMembership(r.m), email: r.email, name: r.name }));
    },

    /**
     * Gives a user one role at several schools in one transaction, typically a procesbegeleider
     * assigned to the schools they coach. Schools already assigned stay as they are.
     */
    async assignToSchools(userId: string, schoolIds: readonly string[], role = 'procesbegeleider', now?: Date): Promise<Membership[]> {
      return db.transaction(async (tx) => {
        const out: Membership[] = [];
        for (const organisationId of new Set(schoolIds)) out.push((await add({ userId, organisationId, role, now }, tx)).membership);
        return out;
      });
    },
  };
}

export type MembershipsRepo = ReturnType<typeof createMembershipsRepo>;
