import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Connection } from '../create';
import { effects, organisations, trajectories } from '../schema';
import { type Executor, databaseOf, iso } from './database';

/** What the engine asked to tell people, as the outbox row the delivery worker reads. */
export interface EffectRow {
  id: number;
  trajectoryId: string;
  /** The event that produced it, or null for a reminder fired by a timer. */
  seq: number | null;
  timerId: number | null;
  /** `{ type: 'notify', roles, message }` or `{ type: 'remind', kind, roles, step, title, dueAt }` (plain JSON). */
  effect: unknown;
  at: string;
}

/** A claimed effect with where its trajectory sits: the school, its bestuur and the type. */
export interface ClaimedEffect extends EffectRow {
  school: { id: string; name: string; parentId: string | null };
  typeId: string;
  typeVersion: number;
  /** Whom the trajectory belongs to (a bestuur trajectory's `school` is the bestuur) and its label. */
  subject: 'school' | 'bestuur' | 'group';
  label: string | null;
}

export interface NewEffect {
  trajectoryId: string;
  seq?: number | null;
  timerId?: number | null;
  effect: unknown;
  at: Date;
}

/**
 * The effects outbox (issue 12). Writers add rows in the statement of their event; the delivery worker claims
 * unprocessed rows with `FOR UPDATE SKIP LOCKED` inside its transaction and marks each processed in it, so two
 * workers never deliver one row twice and a crash before the commit leaves the row for the next tick.
 * @example await store.transaction(async (tx) => { for (const e of await store.effects.claim(50, tx)) { …; await store.effects.markProcessed(e.id, now, tx); } });
 */
export function createEffectsRepo(connection: Connection) {
  const db = databaseOf(connection);
  return {
    /** Adds an effect row (tests and writers that are not the event statement itself). */
    async add(input: NewEffect, tx: Executor = db): Promise<EffectRow> {
      const [row] = await tx.insert(effects).values({
        trajectoryId: input.trajectoryId, seq: input.seq ?? null, timerId: input.timerId ?? null, effect: input.effect, at: input.at.toISOString(),
      }).returning();
      return { id: row!.id, trajectoryId: row!.trajectoryId, seq: row!.seq, timerId: row!.timerId, effect: row!.effect, at: iso(row!.at) };
    },

    /** Up to `limit` unprocessed rows, oldest first, locked for this transaction; rows another worker holds are skipped. */
    async claim(limit: number, tx: Executor): Promise<ClaimedEffect[]> {
      const rows = await tx.select({ e: effects, typeId: trajectories.typeId, typeVersion: trajectories.typeVersion, subject: trajectories.subject, label: trajectories.label, schoolId: organisations.id, schoolName: organisations.name, parentId: organisations.parentId })
        .from(effects)
        .innerJoin(trajectories, eq(trajectories.id, effects.trajectoryId))
        .innerJoin(organisations, eq(organisations.id, trajectories.schoolId))
        .where(isNull(effects.processedAt))
        .orderBy(asc(effects.id)).limit(limit)
        .for('update', { of: effects, skipLocked: true });
      return rows.map((r) => ({
        id: r.e.id, trajectoryId: r.e.trajectoryId, seq: r.e.seq, timerId: r.e.timerId, effect: r.e.effect, at: iso(r.e.at),
        school: { id: r.schoolId, name: r.schoolName, parentId: r.parentId }, typeId: r.typeId, typeVersion: r.typeVersion,
        subject: r.subject, label: r.label,
      }));
    },

    /** Marks a claimed row delivered, in the transaction that wrote its notifications and mails. */
    async markProcessed(id: number, at: Date, tx: Executor): Promise<void> {
      await tx.update(effects).set({ processedAt: at.toISOString() }).where(and(eq(effects.id, id), isNull(effects.processedAt)));
    },

    /** How many rows wait for delivery. */
    async pending(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(effects).where(isNull(effects.processedAt));
      return Number(row?.n ?? 0);
    },
  };
}

export type EffectsRepo = ReturnType<typeof createEffectsRepo>;
