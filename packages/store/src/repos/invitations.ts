import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { invitations, organisations, users } from '../schema';
import { type Executor, databaseOf, iso } from './database';
import { type Membership, createMembershipsRepo } from './memberships';
import { type User, createUsersRepo, normalizeEmail, toUser } from './users';

/** An invitation to take a role at an organisation. Only the SHA-256 of the link's token is stored. */
export interface Invitation {
  id: string;
  email: string;
  name: string;
  organisationId: string;
  role: string;
  /** The role for this one trajectory only; null for the whole organisation. */
  trajectoryId: string | null;
  invitedBy: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

/** A valid invitation with what the invitee needs to see: where, and whether they already have an account. */
export interface InvitationView extends Invitation {
  organisationName: string;
  organisationKind: 'bestuur' | 'school' | 'group';
  /** The account with the invited e-mail address, if there is one already. */
  existingUserId: string | null;
  /** The name of the person who sent it; null when that account is gone. */
  invitedByName: string | null;
}

export interface NewInvitation {
  tokenHash: string;
  email: string;
  name?: string;
  organisationId: string;
  role: string;
  /** For one trajectory only (at the organisation): the membership it gives is narrowed to it. */
  trajectoryId?: string | null;
  invitedBy: string | null;
  expiresAt: Date;
  now: Date;
}

/** Who accepts: a new account (name + password hash), or the signed-in user the invitation is for. */
export type Acceptance = { kind: 'new'; name: string; passwordHash: string } | { kind: 'existing'; userId: string };

export type AcceptResult =
  | { ok: true; invitation: Invitation; user: User; membership: Membership; createdUser: boolean }
  | { ok: false; reason: 'not-found' | 'email-taken' | 'wrong-user' };

type Row = typeof invitations.$inferSelect;
const toInvitation = (r: Row): Invitation => ({
  id: r.id, email: r.email, name: r.name, organisationId: r.organisationId, role: r.role, trajectoryId: r.trajectoryId, invitedBy: r.invitedBy,
  expiresAt: iso(r.expiresAt), acceptedAt: iso(r.acceptedAt), createdAt: iso(r.createdAt),
});

/** Rolls a transaction back with a reason the caller gets as data. */
class Refused extends Error {
  constructor(readonly reason: 'email-taken' | 'wrong-user') {
    super(reason);
  }
}

/**
 * Invitations for school staff. Accepting marks the invitation accepted, creates the account (or takes the
 * signed-in one) and the membership in one transaction: an invitation is used at most once.
 * @example const result = await store.invitations.accept(sha256(token), now, { kind: 'new', name, passwordHash });
 */
export function createInvitationsRepo(connection: Connection) {
  const db = databaseOf(connection);
  const usersRepo = createUsersRepo(connection);
  const membershipsRepo = createMembershipsRepo(connection);
  const open = (tokenHash: string, now: Date) =>
    and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now.toISOString()));

  return {
    async create(input: NewInvitation, tx: Executor = db): Promise<Invitation> {
      const [row] = await tx.insert(invitations).values({
        tokenHash: input.tokenHash, email: normalizeEmail(input.email), name: input.name ?? '', organisationId: input.organisationId,
        role: input.role, trajectoryId: input.trajectoryId ?? null, invitedBy: input.invitedBy, expiresAt: input.expiresAt.toISOString(), createdAt: input.now.toISOString(),
      }).returning();
      return toInvitation(row!);
    },

    /** The invitation with this token hash if it is neither accepted nor expired at `now`. */
    async findValid(tokenHash: string, now: Date): Promise<InvitationView | undefined> {
      const [row] = await db.select({
        invitation: invitations, organisationName: organisations.name, organisationKind: organisations.kind,
        existingUserId: sql<string | null>`(select ${users.id} from ${users} where ${users.email} = ${invitations.email})`,
        invitedByName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${invitations.invitedBy})`,
      }).from(invitations).innerJoin(organisations, eq(organisations.id, invitations.organisationId)).where(open(tokenHash, now));
      if (!row) return undefined;
      return { ...toInvitation(row.invitation), organisationName: row.organisationName, organisationKind: row.organisationKind, existingUserId: row.existingUserId, invitedByName: row.invitedByName };
    },

    /** Accepts in its own transaction, or inside `outer` (as a savepoint) so the caller can add its own writes. */
    async accept(tokenHash: string, now: Date, acceptance: Acceptance, outer: Executor = db): Promise<AcceptResult> {
      try {
        return await outer.transaction(async (tx): Promise<AcceptResult> => {
          // The conditional update is the claim: of two concurrent accepts, one finds the row already taken.
          const [claimed] = await tx.update(invitations).set({ acceptedAt: now.toISOString() }).where(open(tokenHash, now)).returning();
          if (!claimed) return { ok: false, reason: 'not-found' };
          const [known] = await tx.select().from(users).where(eq(users.email, claimed.email));
          let user: User;
          if (acceptance.kind === 'existing') {
            if (!known || known.id !== acceptance.userId) throw new Refused('wrong-user');
            user = toUser(known);
          } else {
            if (known) throw new Refused('email-taken');
            user = await usersRepo.create({ email: claimed.email, name: acceptance.name, passwordHash: acceptance.passwordHash, now }, tx);
          }
          const { membership } = await membershipsRepo.add({ userId: user.id, organisationId: claimed.organisationId, role: claimed.role, trajectoryId: claimed.trajectoryId, now }, tx);
          return { ok: true, invitation: toInvitation(claimed), user, membership, createdUser: acceptance.kind === 'new' };
        });
      } catch (error) {
        if (error instanceof Refused) return { ok: false, reason: error.reason };
        throw error;
      }
    },
  };
}

export type InvitationsRepo = ReturnType<typeof createInvitationsRepo>;
