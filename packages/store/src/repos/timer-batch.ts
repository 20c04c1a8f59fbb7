import type { Connection } from '../create';
import type { AppendResult, NewEvent } from './append-event';
import { type TxRun, inTransaction, pgArray } from './statement';
import { type ScheduledTimer, TIMER_RECORD, TIMER_WRITTEN, timerRecords } from './timer-plan';
import { TIMER_COLUMNS, TRAJECTORY_COLUMNS, type Timer, type TimerRow, type TrajectoryRow, rowToTrajectory, toTimer } from './timer-rows';
import type { Trajectory, TrajectoryState } from './trajectory-rows';

/** A claimed timer with its trajectory as it was when claimed. */
export interface ClaimedTimer {
  timer: Timer;
  trajectory: Trajectory;
}

/** What firing a reminder did: written, the trajectory moved on meanwhile (read it again), or the timer is gone. */
export type RemindResult = 'fired' | 'version-conflict' | 'gone';

/**
 * The work on claimed timers, inside the transaction that holds them (no other process can claim them until it
 * ends; a crash rolls everything back and frees them). Every write here goes through this transaction.
 */
export interface TimerBatch {
  /** The claimed rows, due and unfired, ordered by trajectory (so processes lock trajectories in one order). */
  claimed: ClaimedTimer[];
  /** A trajectory as it is now (after an append answered `version-conflict`). */
  trajectory(id: string): Promise<Trajectory | undefined>;
  /**
   * Appends the timer's event as `appendEvent` does, with `firedTimer` marked fired in the same statement; `gone`
   * when the timer row was cancelled meanwhile (its step left by an earlier firing of this batch).
   */
  appendEvent(trajectoryId: string, expectedVersion: number, state: TrajectoryState, event: NewEvent & { firedTimer: number }): Promise<AppendResult | { kind: 'gone' }>;
  /**
   * Fires a reminder or escalation in one statement, if the trajectory is still at `expectedVersion`: its effect
   * into the outbox (`timer_id` set, `seq` null), `fired_at`, and what `scheduled` has that the trajectory lacks (the
   * next occurrence of a recurring reminder). Nothing is deleted: the trajectory did not change, only the time did, so
   * an earlier occurrence still due after an outage is sent in its own turn (once), not dropped.
   */
  remind(timer: Timer, expectedVersion: number, effect: unknown, scheduled: readonly ScheduledTimer[], at: Date): Promise<RemindResult>;
  /** Marks a timer skipped (fired_at set: it will not be tried again), with why (plain JSON, `{ nl, en }`). */
  skip(timer: Timer, reason: unknown, at: Date): Promise<void>;
  /** Per sign-off key, how many are signed and not revoked (the facts a `signedOff` guard reads), in this transaction. */
  signoffCounts(trajectoryId: string): Promise<Record<string, number>>;
}

const CLAIM = `
select ${TIMER_COLUMNS}, ${TRAJECTORY_COLUMNS}
from timers tm join trajectories tr on tr.id = tm.trajectory_id join organisations o on o.id = tr.school_id
where tm.id = any($1::text::bigint[]) and tm.fired_at is null
order by tm.trajectory_id, tm.due_at, tm.id
for update of tm skip locked`;

const TRAJECTORY = `
select ${TRAJECTORY_COLUMNS} from trajectories tr join organisations o on o.id = tr.school_id where tr.id = $1::uuid`;

const REMIND = `
with t as (
  select id, type_version from trajectories where id = $1::uuid and version = $2::int for update
), fired as (
  update timers set fired_at = $3::timestamptz, outcome = 'fired', attempts = attempts + 1, last_error = null
  where id = $4::bigint and fired_at is null and exists (select 1 from t)
  returning id, trajectory_id
), outbox as (
  insert into effects (trajectory_id, seq, timer_id, effect, at)
  select trajectory_id, null, id, $5::text::jsonb, $3::timestamptz from fired
), planned as (
  insert into timers (trajectory_id, key, kind, step, event, due_at, detail, type_version)
  select t.id, x.key, x.kind, x.step, x.event, x.due_at, x.detail, t.type_version
  from t, jsonb_to_recordset($6::text::jsonb) as ${TIMER_RECORD}
  where exists (select 1 from fired) and ${TIMER_WRITTEN('$3::timestamptz')}
  on conflict (trajectory_id, key) do nothing
)
select (select count(*) from t)::int as current, (select count(*) from fired)::int as fired`;

const SIGNOFF_COUNTS = `
select key, count(*)::int as n from signoffs
where trajectory_id = $1::uuid and signed_at is not null and revoked_at is null group by key`;

const SKIP = `
update timers set fired_at = $2::timestamptz, outcome = 'skipped', last_error = $3::text::jsonb, attempts = attempts + 1
where id = $1::bigint and fired_at is null`;

type Append = (trajectoryId: string, expectedVersion: number, state: TrajectoryState, event: NewEvent, run?: TxRun) => Promise<AppendResult>;

/**
 * Claims these timers (those still unfired and not held by another process: `for update skip locked`) and runs
 * `work` on them in the transaction that holds them.
 */
export function claimTimers<T>(connection: Connection, append: Append, ids: readonly number[], work: (batch: TimerBatch) => Promise<T>): Promise<T> {
  return inTransaction(connection, async (run) => {
    const rows = await run<TimerRow & TrajectoryRow>(CLAIM, [pgArray(ids.map(String))]);
    const batch: TimerBatch = {
      claimed: rows.map((r) => ({ timer: toTimer(r), trajectory: rowToTrajectory(r) })),
      async trajectory(id) {
        const [row] = await run<TrajectoryRow>(TRAJECTORY, [id]);
        return row && rowToTrajectory(row);
      },
      async appendEvent(trajectoryId, expectedVersion, state, event) {
        const result = await append(trajectoryId, expectedVersion, state, event, run);
        // At the expected version all the same: the timer was cancelled by an earlier firing of this batch (its step left).
        if (result.kind === 'version-conflict' && result.currentVersion === expectedVersion) return { kind: 'gone' };
        return result;
      },
      async remind(timer, expectedVersion, effect, scheduled, at) {
        const [row] = await run<{ current: number; fired: number }>(REMIND, [
          timer.trajectoryId, expectedVersion, at.toISOString(), timer.id, JSON.stringify(effect), timerRecords(scheduled),
        ]);
        if (Number(row?.fired) === 1) return 'fired';
        return Number(row?.current) === 1 ? 'gone' : 'version-conflict';
      },
      async skip(timer, reason, at) {
        await run(SKIP, [timer.id, at.toISOString(), JSON.stringify(reason)]);
      },
      async signoffCounts(trajectoryId) {
        const rows = await run<{ key: string; n: number }>(SIGNOFF_COUNTS, [trajectoryId]);
        return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
      },
    };
    return work(batch);
  });
}
