import { and, asc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { signoffs, users } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';

/** Where a sign-off is: waiting for its link to be used, signed (by link or on paper), revoked, or its link expired. */
export type SignoffStatus = 'requested' | 'signed' | 'revoked' | 'expired';

/** A sign-off by someone without an account (issue 13). The link's token is never kept, only its SHA-256. */
export interface Signoff {
  id: string;
  trajectoryId: string;
  /** A key of the step's `meta.signoff`. */
  key: string;
  /** The signer's name: as requested, and as they typed it when signing by link. */
  name: string;
  /** Their role in words (ouder, leerling, lid van de MR). */
  role: string;
  email: string | null;
  method: 'link' | 'paper';
  expiresAt: string | null;
  requestedAt: string;
  requestedBy: { id: string; name: string } | null;
  signedAt: string | null;
  /** The local date written on a paper sign-off (`2026-10-12`). */
  signedOn: string | null;
  revokedAt: string | null;
  status: SignoffStatus;
}

export interface NewSignoffRequest {
  trajectoryId: string;
  key: string;
  name: string;
  role: string;
  email: string | null;
  tokenHash: string;
  expiresAt: Date;
  by: string;
  now: Date;
}

export interface PaperSignoff {
  trajectoryId: string;
  key: string;
  name: string;
  role: string;
  signedOn: string;
  by: string;
  now: Date;
}

const columns = { s: signoffs, requestedByName: users.name };
type Row = { s: typeof signoffs.$inferSelect; requestedByName: string | null };

function toSignoff({ s, requestedByName }: Row, now: Date): Signoff {
  const status: SignoffStatus = s.revokedAt !== null ? 'revoked' : s.signedAt !== null ? 'signed'
    : s.expiresAt !== null && new Date(iso(s.expiresAt)) <= now ? 'expired' : 'requested';
  return {
    id: s.id, trajectoryId: s.trajectoryId, key: s.key, name: s.name, role: s.role, email: s.email, method: s.method,
    expiresAt: iso(s.expiresAt), requestedAt: iso(s.requestedAt),
    requestedBy: s.requestedBy === null ? null : { id: s.requestedBy, name: requestedByName ?? '' },
    signedAt: iso(s.signedAt), signedOn: s.signedOn, revokedAt: iso(s.revokedAt), status,
  };
}

/**
 * Sign-offs of trajectories. Signing by link is one conditional update (not signed, not revoked, not expired):
 * of two tabs sending the same link, one signs and the other finds it used.
 * @example const signed = await store.signoffs.sign(sha256(token), 'J. de Vries', now);
 */
export function createSignoffsRepo(connection: Connection) {
  const db = databaseOf(connection);
  const select = (tx: Executor) => tx.select(columns).from(signoffs).leftJoin(users, eq(users.id, signoffs.requestedBy));

  return {
    async request(input: NewSignoffRequest, tx: Executor = db): Promise<Signoff> {
      const [row] = await tx.insert(signoffs).values({
        trajectoryId: input.trajectoryId, key: input.key, name: input.name, role: input.role, email: input.email, method: 'link',
        tokenHash: input.tokenHash, expiresAt: input.expiresAt.toISOString(), requestedAt: input.now.toISOString(), requestedBy: input.by,
      }).returning({ id: signoffs.id });
      return (await this.get(row!.id, input.now, tx))!;
    },

    /** A sign-off on paper, recorded by a staff member: signed at once, on the date written on it. */
    async recordPaper(input: PaperSignoff, tx: Executor = db): Promise<Signoff> {
      const [row] = await tx.insert(signoffs).values({
        trajectoryId: input.trajectoryId, key: input.key, name: input.name, role: input.role, method: 'paper', signedOn: input.signedOn,
        signedAt: input.now.toISOString(), requestedAt: input.now.toISOString(), requestedBy: input.by,
      }).returning({ id: signoffs.id });
      return (await this.get(row!.id, input.now, tx))!;
    },

    async get(id: string, now: Date, tx: Executor = db): Promise<Signoff | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await select(tx).where(eq(signoffs.id, id));
      return row ? toSignoff(row, now) : undefined;
    },

    /** A trajectory's sign-offs, oldest first. */
    async list(trajectoryId: string, now: Date): Promise<Signoff[]> {
      const rows = await select(db).where(eq(signoffs.trajectoryId, trajectoryId)).orderBy(asc(signoffs.requestedAt), asc(signoffs.id));
      return rows.map((row) => toSignoff(row, now));
    },

    /** The sign-off a link's token hash belongs to, whatever its status (the caller explains expired, used, revoked). */
    async byToken(tokenHash: string, now: Date): Promise<Signoff | undefined> {
      const [row] = await select(db).where(eq(signoffs.tokenHash, tokenHash));
      return row ? toSignoff(row, now) : undefined;
    },

    /** Signs by link with the name the signer typed; undefined when the link is used, revoked or expired. */
    async sign(tokenHash: string, name: string, now: Date, tx: Executor = db): Promise<Signoff | undefined> {
      const [row] = await tx.update(signoffs).set({ signedAt: now.toISOString(), name }).where(and(
        eq(signoffs.tokenHash, tokenHash), isNull(signoffs.signedAt), isNull(signoffs.revokedAt), gt(signoffs.expiresAt, now.toISOString()),
      )).returning({ id: signoffs.id });
      return row ? this.get(row.id, now, tx) : undefined;
    },

    /** Revokes a sign-off of this trajectory (requested or signed); undefined when there is none or it is revoked. */
    async revoke(id: string, trajectoryId: string, now: Date, tx: Executor = db): Promise<Signoff | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await tx.update(signoffs).set({ revokedAt: now.toISOString() })
        .where(and(eq(signoffs.id, id), eq(signoffs.trajectoryId, trajectoryId), isNull(signoffs.revokedAt))).returning({ id: signoffs.id });
      return row ? this.get(row.id, now, tx) : undefined;
    },

    /** `counts` for a list of trajectories in one query (those without a signed sign-off are left out). */
    async countsOf(trajectoryIds: readonly string[]): Promise<Map<string, Record<string, number>>> {
      const ids = trajectoryIds.filter(isUuid);
      if (ids.length === 0) return new Map();
      const rows = await db.select({ trajectoryId: signoffs.trajectoryId, key: signoffs.key, n: sql<number>`count(*)::int` }).from(signoffs)
        .where(and(inArray(signoffs.trajectoryId, ids), isNotNull(signoffs.signedAt), isNull(signoffs.revokedAt)))
        .groupBy(signoffs.trajectoryId, signoffs.key);
      const out = new Map<string, Record<string, number>>();
      for (const r of rows) out.set(r.trajectoryId, { ...out.get(r.trajectoryId), [r.key]: Number(r.n) });
      return out;
    },

    /** Per key, how many sign-offs are signed and not revoked: the facts the guard `signedOff` reads. */
    async counts(trajectoryId: string, tx: Executor = db): Promise<Record<string, number>> {
      const rows = await tx.select({ key: signoffs.key, n: sql<number>`count(*)::int` }).from(signoffs)
        .where(and(eq(signoffs.trajectoryId, trajectoryId), isNotNull(signoffs.signedAt), isNull(signoffs.revokedAt)))
        .groupBy(signoffs.key);
      return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
    },
  };
}

export type SignoffsRepo = ReturnType<typeof createSignoffsRepo>;
