import { asc, count, eq, gt, inArray } from 'drizzle-orm';
import type { Connection } from '../create';
import { events, organisations, trajectories } from '../schema';
import { databaseOf, isUuid } from './database';
import { type StoredEvent, type Trajectory, toEvent, toTrajectory, trajectoryColumns } from './trajectory-rows';

const MAX_PAGE = 2_000;

/**
 * Reads that walk every trajectory of the store in pages, for `koers verify` (and later exports). No
 * scope: callers are operators on the database itself, never an API viewer.
 * @example for (let page = await store.scan.trajectories(); page.length > 0; page = await store.scan.trajectories(page.at(-1)!.id)) …
 */
export function createScanRepo(connection: Connection) {
  const db = databaseOf(connection);
  return {
    /** How many trajectories there are. */
    async countTrajectories(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(trajectories);
      return Number(row?.n ?? 0);
    },

    /** The next page of trajectories by id, after `afterId` (from the start without it). */
    async trajectories(afterId?: string, limit = 500): Promise<Trajectory[]> {
      const size = Math.max(1, Math.min(MAX_PAGE, Math.trunc(limit)));
      const rows = await db.select(trajectoryColumns).from(trajectories)
        .innerJoin(organisations, eq(organisations.id, trajectories.schoolId))
        .where(afterId !== undefined && isUuid(afterId) ? gt(trajectories.id, afterId) : undefined)
        .orderBy(asc(trajectories.id)).limit(size);
      return rows.map(toTrajectory);
    },

    /** The event logs of these trajectories, by trajectory id, each in seq order (actor names left out). */
    async eventsOf(trajectoryIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
      const ids = trajectoryIds.filter(isUuid);
      const out = new Map<string, StoredEvent[]>(ids.map((id) => [id, []]));
      if (ids.length === 0) return out;
      const rows = await db.select({ e: events }).from(events).where(inArray(events.trajectoryId, ids))
        .orderBy(asc(events.trajectoryId), asc(events.seq));
      for (const { e } of rows) out.get(e.trajectoryId)!.push(toEvent({ e, actorName: null }));
      return out;
    },
  };
}

export type ScanRepo = ReturnType<typeof createScanRepo>;
