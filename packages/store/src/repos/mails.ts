import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { mails } from '../schema';
import { type Executor, databaseOf, iso } from './database';

/** Where a mail is: waiting to be sent, sent, given up after the last attempt, or held (no mail server configured). */
export type MailStatus = 'pending' | 'sent' | 'dead' | 'held';
export const MAIL_STATUSES: readonly MailStatus[] = ['held', 'pending', 'sent', 'dead'];

/** A mail in the outbox. */
export interface Mail {
  id: number;
  userId: string | null;
  to: string;
  lang: 'nl' | 'en';
  subject: string;
  text: string;
  html: string;
  status: MailStatus;
  source: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface NewMail {
  /** The account it is for; null for someone without one (a sign-off link). */
  userId: string | null;
  to: string;
  lang: 'nl' | 'en';
  subject: string;
  text: string;
  html: string;
  /** `pending` to send, `held` when there is no mail server. */
  status: 'pending' | 'held';
  /** One mail per source: `notification:<id>`, `digest:<user>:<day>`. */
  source: string;
  at: Date;
}

type Row = typeof mails.$inferSelect;
const toMail = (r: Row): Mail => ({
  id: r.id, userId: r.userId, to: r.toAddress, lang: r.lang, subject: r.subject, text: r.text, html: r.html, status: r.status,
  source: r.source, attempts: r.attempts, nextAttemptAt: iso(r.nextAttemptAt), lastError: r.lastError, createdAt: iso(r.createdAt), sentAt: iso(r.sentAt),
});

/**
 * The mail outbox. A sender claims due `pending` rows (`FOR UPDATE SKIP LOCKED`) and, in that same committed
 * statement, counts the attempt and moves `next_attempt_at` to when a retry is due: a sender that dies after the
 * claim leaves the row for a retry then, and no other sender takes it meanwhile. `markSent` / `markFailed` end
 * the attempt; a failed last attempt makes the row `dead` (the admin's dead letters).
 * @example const due = await store.mails.claimDue(now, 10, (attempt) => new Date(now.getTime() + backoff(attempt)));
 */
export function createMailsRepo(connection: Connection) {
  const db = databaseOf(connection);
  return {
    /** Adds a mail; undefined when one with this source exists already. */
    async add(input: NewMail, tx: Executor = db): Promise<Mail | undefined> {
      const [row] = await tx.insert(mails).values({
        userId: input.userId, toAddress: input.to, lang: input.lang, subject: input.subject, text: input.text, html: input.html,
        status: input.status, source: input.source, createdAt: input.at.toISOString(),
        nextAttemptAt: input.status === 'pending' ? input.at.toISOString() : null,
      }).onConflictDoNothing({ target: mails.source }).returning();
      return row && toMail(row);
    },

    /**
     * Claims up to `limit` pending mails due at `now`: each gets its attempt counted and `next_attempt_at` set to
     * `retryAt(attempt)` before it is handed out, in one committed transaction.
     */
    async claimDue(now: Date, limit: number, retryAt: (attempt: number) => Date): Promise<Mail[]> {
      return db.transaction(async (tx) => {
        const due = await tx.select().from(mails)
          .where(and(eq(mails.status, 'pending'), or(isNull(mails.nextAttemptAt), lte(mails.nextAttemptAt, now.toISOString()))))
          .orderBy(asc(mails.nextAttemptAt), asc(mails.id)).limit(limit)
          .for('update', { skipLocked: true });
        const claimed: Mail[] = [];
        for (const row of due) {
          const attempt = row.attempts + 1;
          const [updated] = await tx.update(mails).set({ attempts: attempt, nextAttemptAt: retryAt(attempt).toISOString() })
            .where(eq(mails.id, row.id)).returning();
          claimed.push(toMail(updated!));
        }
        return claimed;
      });
    },

    /** The claimed attempt succeeded. */
    async markSent(id: number, now: Date): Promise<void> {
      await db.update(mails).set({ status: 'sent', sentAt: now.toISOString(), nextAttemptAt: null, lastError: null })
        .where(and(eq(mails.id, id), eq(mails.status, 'pending')));
    },

    /** The claimed attempt failed: the row stays pending for its retry, or is `dead` when `dead`. */
    async markFailed(id: number, error: string, dead: boolean): Promise<void> {
      await db.update(mails).set(dead ? { status: 'dead', lastError: error, nextAttemptAt: null } : { lastError: error })
        .where(and(eq(mails.id, id), eq(mails.status, 'pending')));
    },

    async get(id: number): Promise<Mail | undefined> {
      const [row] = await db.select().from(mails).where(eq(mails.id, id));
      return row && toMail(row);
    },

    /** The outbox for the admin, newest first, optionally of some statuses. */
    async list(options: { status?: readonly MailStatus[]; limit: number }): Promise<Mail[]> {
      const rows = await db.select().from(mails)
        .where(options.status && options.status.length > 0 ? inArray(mails.status, [...options.status]) : undefined)
        .orderBy(desc(mails.id)).limit(options.limit);
      return rows.map(toMail);
    },

    /** Counts per status. */
    async counts(): Promise<Record<MailStatus, number>> {
      const rows = await db.select({ status: mails.status, n: sql<number>`count(*)::int` }).from(mails).groupBy(mails.status);
      const out: Record<MailStatus, number> = { held: 0, pending: 0, sent: 0, dead: 0 };
      for (const r of rows) out[r.status] = Number(r.n);
      return out;
    },

    /** Gives a dead mail a fresh set of attempts from `now`; undefined when there is no dead mail with this id. */
    async retry(id: number, now: Date): Promise<Mail | undefined> {
      const [row] = await db.update(mails).set({ status: 'pending', attempts: 0, nextAttemptAt: now.toISOString() })
        .where(and(eq(mails.id, id), eq(mails.status, 'dead'))).returning();
      return row && toMail(row);
    },
  };
}

export type MailsRepo = ReturnType<typeof createMailsRepo>;
