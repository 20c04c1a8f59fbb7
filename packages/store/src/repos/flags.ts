import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { auditLog, flags, trajectories, users } from '../schema';
import { type Executor, databaseOf, isUuid, iso } from './database';

/** A soft rule that did not hold for a trajectory (issue 13), raised with an event or by a group meeting. */
export interface Flag {
  id: string;
  trajectoryId: string;
  source: 'guard' | 'form-rule' | 'attendance';
  code: string;
  message: { nl: string; en: string };
  detail: unknown;
  /** The event that raised it; null for one raised without an event (a group meeting's attendance). */
  seq: number | null;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: { id: string; name: string | null } | null;
  note: string | null;
}

export interface Acknowledgement {
  trajectoryId: string;
  flagId: string;
  by: string;
  note: string | null;
  /** The clock's time. */
  at: Date;
}

export type AcknowledgeResult =
  | { kind: 'acknowledged'; flag: Flag }
  /** Acknowledged before (by someone, at some time): nothing written. */
  | { kind: 'already'; flag: Flag }
  /** No such flag on this trajectory. */
  | { kind: 'not-found' };

const columns = { f: flags, name: users.name };
const toFlag = ({ f, name }: { f: typeof flags.$inferSelect; name: string | null }): Flag => ({
  id: f.id, trajectoryId: f.trajectoryId, source: f.source, code: f.code, message: f.message as Flag['message'],
  detail: f.detail ?? null, seq: f.seq, raisedAt: iso(f.raisedAt), acknowledgedAt: iso(f.acknowledgedAt),
  acknowledgedBy: f.acknowledgedBy === null ? null : { id: f.acknowledgedBy, name }, note: f.acknowledgeNote,
});

/**
 * The flags of trajectories. They are raised with the event that broke the rule (`appendEvent`'s `flags`, one
 * statement) or by a group meeting; a coach acknowledges them here. `trajectories.open_flags` counts the
 * unacknowledged ones and changes in the same transaction as every flag write.
 * @example await store.flags.acknowledge({ trajectoryId, flagId, by: viewer.userId, note: 'Besproken', at: clock.now() });
 */
export function createFlagsRepo(connection: Connection) {
  const db = databaseOf(connection);

  async function get(ex: Executor, trajectoryId: string, flagId: string): Promise<Flag | undefined> {
    const [row] = await ex.select(columns).from(flags).leftJoin(users, eq(users.id, flags.acknowledgedBy))
      .where(and(eq(flags.id, flagId), eq(flags.trajectoryId, trajectoryId)));
    return row && toFlag(row);
  }

  return {
    /** Every flag of a trajectory, oldest first (by event, then by when raised). */
    async list(trajectoryId: string): Promise<Flag[]> {
      if (!isUuid(trajectoryId)) return [];
      const rows = await db.select(columns).from(flags).leftJoin(users, eq(users.id, flags.acknowledgedBy))
        .where(eq(flags.trajectoryId, trajectoryId)).orderBy(asc(flags.raisedAt), asc(flags.seq), asc(flags.id));
      return rows.map(toFlag);
    },

    /**
     * Acknowledges an open flag, with an optional note, in one transaction: the flag, the trajectory's open count
     * (one less) and an audit entry (`flag.acknowledge`). Acknowledging twice writes nothing the second time.
     */
    async acknowledge(input: Acknowledgement): Promise<AcknowledgeResult> {
      if (!isUuid(input.trajectoryId) || !isUuid(input.flagId)) return { kind: 'not-found' };
      return db.transaction(async (tx) => {
        const [done] = await tx.update(flags)
          .set({ acknowledgedAt: input.at.toISOString(), acknowledgedBy: input.by, acknowledgeNote: input.note })
          .where(and(eq(flags.id, input.flagId), eq(flags.trajectoryId, input.trajectoryId), isNull(flags.acknowledgedAt)))
          .returning({ id: flags.id, code: flags.code, seq: flags.seq });
        if (!done) {
          const flag = await get(tx, input.trajectoryId, input.flagId);
          return flag ? { kind: 'already', flag } : { kind: 'not-found' };
        }
        const [t] = await tx.update(trajectories).set({ openFlags: sql`greatest(${trajectories.openFlags} - 1, 0)` })
          .where(eq(trajectories.id, input.trajectoryId)).returning({ schoolId: trajectories.schoolId });
        await tx.insert(auditLog).values({
          at: input.at.toISOString(), actorId: input.by, organisationId: t?.schoolId ?? null, trajectoryId: input.trajectoryId,
          action: 'flag.acknowledge', detail: { flagId: done.id, code: done.code, seq: done.seq, note: input.note },
        });
        return { kind: 'acknowledged', flag: (await get(tx, input.trajectoryId, input.flagId))! };
      });
    },
  };
}
