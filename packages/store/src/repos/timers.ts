import type { Connection } from '../create';
import type { AppendResult, NewEvent } from './append-event';
import { isUuid } from './database';
import { type TxRun, pgArray, prepareStatement } from './statement';
import { type TimerBatch, claimTimers } from './timer-batch';
import { TIMER_COLUMNS, type Timer, type TimerRow, toTimer } from './timer-rows';
import type { TrajectoryState } from './trajectory-rows';

/** A due timer as the scheduler's poll finds it: enough to load its type and its school's calendar first. */
export interface DueTimer {
  id: number;
  trajectoryId: string;
  typeId: string;
  typeVersion: number;
  schoolId: string;
}

/** An unfired timer of a trajectory at one of the asked schools (the coach's "upcoming"). */
export interface UpcomingTimer extends Timer {
  schoolId: string;
  typeId: string;
}

/**
 * The scheduler's one query per poll: the earliest unfired rows due by now (the partial index timers_due_idx),
 * skipping rows another process holds right now, so two processes polling at once mostly get different rows.
 * Exported for the benchmark's EXPLAIN (`$1` now, `$2` limit).
 */
export const DUE_TIMERS_QUERY = `
select tm.id, tm.trajectory_id, tr.type_id, tr.type_version, tr.school_id
from timers tm join trajectories tr on tr.id = tm.trajectory_id
where tm.fired_at is null and tm.due_at <= $1::timestamptz
order by tm.due_at
limit $2::int
for update of tm skip locked`;

const PENDING = `select ${TIMER_COLUMNS} from timers tm where tm.trajectory_id = $1::uuid and tm.fired_at is null order by tm.due_at, tm.id`;

const UPCOMING = `
select ${TIMER_COLUMNS}, tr.school_id, tr.type_id
from timers tm join trajectories tr on tr.id = tm.trajectory_id
where tm.fired_at is null and tm.due_at <= $2::timestamptz and tr.school_id = any($1::text::uuid[]) and tr.status = 'active'
order by tm.due_at, tm.id`;

const GET = `select ${TIMER_COLUMNS} from timers tm where tm.id = $1::bigint`;

// A firing that failed (not a rejection: an error). After `$3` attempts it is given up: skipped, with the error.
const FAILED = `
update timers set attempts = attempts + 1, last_error = $2::text::jsonb,
  fired_at = case when attempts + 1 >= $3::int then $4::timestamptz end,
  outcome = case when attempts + 1 >= $3::int then 'skipped' end
where id = $1::bigint and fired_at is null
returning fired_at is not null as given_up`;

/**
 * The durable timers and reminders of trajectories (issue 12). They are written with the trajectory's events
 * (`appendEvent` / `create` with `scheduled`); the scheduler finds due ones with `due`, claims them with
 * `claim` and fires them inside that claim's transaction.
 * @example const due = await store.timers.due(clock.now(), 100); await store.timers.claim(due.map((d) => d.id), fire);
 */
export function createTimersRepo(connection: Connection, append: (trajectoryId: string, expectedVersion: number, state: TrajectoryState, event: NewEvent, run?: TxRun) => Promise<AppendResult>) {
  const due = prepareStatement<{ id: string | number; trajectory_id: string; type_id: string; type_version: number; school_id: string }>(connection, DUE_TIMERS_QUERY);
  const pending = prepareStatement<TimerRow>(connection, PENDING);
  const upcoming = prepareStatement<TimerRow & { school_id: string; type_id: string }>(connection, UPCOMING);
  const get = prepareStatement<TimerRow>(connection, GET);
  const failed = prepareStatement<{ given_up: boolean }>(connection, FAILED);

  return {
    /** Unfired timers due at `now`, earliest first, at most `limit`: one indexed query (the idle cost of a poll). */
    async due(now: Date, limit: number): Promise<DueTimer[]> {
      const rows = await due([now.toISOString(), limit]);
      return rows.map((r) => ({ id: Number(r.id), trajectoryId: r.trajectory_id, typeId: r.type_id, typeVersion: Number(r.type_version), schoolId: r.school_id }));
    },

    /**
     * Claims these timers (those still unfired that no other process holds) and runs `work` on them in the
     * transaction that holds them: what it writes commits together, or not at all.
     */
    claim: <T>(ids: readonly number[], work: (batch: TimerBatch) => Promise<T>): Promise<T> => claimTimers(connection, append, ids, work),

    /**
     * Records a failed firing (an error, not a rejection): `attempts` + 1 and the error; after `maxAttempts` the timer
     * is given up (skipped, with the error). Answers whether it was given up.
     */
    async failed(id: number, error: unknown, at: Date, maxAttempts: number): Promise<boolean> {
      const [row] = await failed([id, JSON.stringify(error), maxAttempts, at.toISOString()]);
      return row?.given_up === true;
    },

    /** A trajectory's unfired timers and reminders, earliest first. */
    async pending(trajectoryId: string): Promise<Timer[]> {
      if (!isUuid(trajectoryId)) return [];
      return (await pending([trajectoryId])).map(toTimer);
    },

    /** Unfired timers and reminders of the active trajectories of these schools due by `until`, earliest first. */
    async upcoming(schoolIds: readonly string[], until: Date): Promise<UpcomingTimer[]> {
      const ids = schoolIds.filter(isUuid);
      if (ids.length === 0) return [];
      const rows = await upcoming([pgArray(ids), until.toISOString()]);
      return rows.map((r) => ({ ...toTimer(r), schoolId: r.school_id, typeId: r.type_id }));
    },

    /** One timer by id (fired or not). */
    async get(id: number): Promise<Timer | undefined> {
      const [row] = await get([id]);
      return row && toTimer(row);
    },
  };
}

export type TimersRepo = ReturnType<typeof createTimersRepo>;
export type { Timer } from './timer-rows';
export type { ClaimedTimer, RemindResult, TimerBatch } from './timer-batch';
export type { ScheduledTimer } from './timer-plan';
