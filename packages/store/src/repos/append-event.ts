import type { Connection } from '../create';
import { isUuid } from './database';
import { requestHash } from './request-hash';
import { type TxRun, pgArray, prepareStatement, sqlState } from './statement';
import { type ScheduledTimer, TIMER_RECORD, TIMER_WRITTEN, timerRecords } from './timer-plan';
import type { TrajectoryState } from './trajectory-rows';

/** An event to append, with who sent it and what it carried. */
export interface NewEvent {
  type: string;
  actorId: string | null;
  actorRoles: string[];
  /** The form data or event payload (plain JSON), if any. */
  data?: unknown;
  /** The clock's time: also the trajectory's last activity. */
  at: Date;
  /** The steps the event was sent in (those of the snapshot at `expectedVersion`). */
  stepsBefore: string[];
  /**
   * A retried request with the same key on the same trajectory gets the first event back; the key is stored
   * with a hash of the request (type and data), so the same key with another request is refused.
   */
  idempotencyKey?: string | null;
  /** The form this event submits: its draft is deleted in the same statement. */
  submittedForm?: string | null;
  /**
   * What the engine asked to be done (plain JSON objects with a `type`): written to the `effects` outbox, and an audit
   * line each (`trajectory.<type>`, detail `{ seq, ...effect }`), in the same statement.
   */
  effects?: readonly unknown[];
  /**
   * Every timer and reminder the trajectory has after this event (the engine's `schedule()`): new ones are
   * added, unfired ones no longer scheduled (a step left) are deleted, in the same statement. Omitted: the
   * trajectory's timers stay as they are.
   */
  scheduled?: readonly ScheduledTimer[];
  /**
   * The timer this event fires (sent by the system): marked fired in the same statement; when it is fired or gone
   * already, nothing is written (answered as `version-conflict` at the expected version).
   */
  firedTimer?: number | null;
  /**
   * Soft rules that did not hold (the engine's `flags`): a `flags` row each with this event's seq, and the
   * trajectory's `open_flags` raised by as many, in the same statement.
   */
  flags?: readonly NewFlag[];
  /** The reason given with the event, where its definition asks for one. */
  reason?: string | null;
}

/** A flag to raise with an event: plain JSON, as the engine's `RaisedFlag`. */
export interface NewFlag {
  source: 'guard' | 'form-rule' | 'attendance';
  code: string;
  message: { nl: string; en: string };
  detail?: unknown;
}

/** What `appendEvent` did; only `appended` wrote anything. */
export type AppendResult =
  | { kind: 'appended'; seq: number }
  /** The idempotency key was used before on this trajectory: nothing written, here is that event's seq. */
  | { kind: 'replayed'; seq: number }
  /** The idempotency key was used before on this trajectory for another request (type or data): nothing written. */
  | { kind: 'key-reused'; seq: number }
  /** Someone else wrote first: the trajectory is at `currentVersion`, not at the expected one. */
  | { kind: 'version-conflict'; currentVersion: number }
  | { kind: 'not-found' };

// One statement, one round trip: the version check, the new state, the event (seq = new version, with the
// idempotency key and its request's hash), the submitted form's draft, the effects (the outbox, and an audit line
// each: `trajectory.<type>`), the trajectory's
// timers brought in line with its new schedule, the timer this event fires, and the flags it raised (with the
// trajectory's count of open flags). If the version does not match, no
// CTE writes anything. Unfired timers no longer scheduled are deleted unless a scheduler holds them right now
// (skip locked: it re-checks them itself), so a person's event never waits for, or deadlocks with, a firing.
const APPEND = `
with updated as (
  update trajectories set
    snapshot = $3::text::jsonb, status = $4, steps = $5::text::text[], steps_due_at = $6::text::timestamptz[],
    waiting_roles = $7::text::text[], entered_at = $8::timestamptz, due_at = $9::timestamptz,
    last_activity_at = $10::timestamptz, version = version + 1,
    open_flags = open_flags + jsonb_array_length($23::text::jsonb)
  where id = $1::uuid and version = $2::int
    and ($22::bigint is null or exists (select 1 from timers where id = $22::bigint and fired_at is null))
  returning id, version, type_version, school_id
), appended as (
  insert into events (trajectory_id, seq, type, actor_id, actor_roles, data, at, steps_before, steps_after, idempotency_key, request_hash, reason)
  select id, version, $11, $12::uuid, $13::text::text[], $14::text::jsonb, $10::timestamptz, $15::text::text[], $5::text::text[], $16, $18, $24::text
  from updated
  returning seq
), cleared as (
  delete from drafts where trajectory_id = $1::uuid and form_id = $17 and exists (select 1 from updated)
), outbox as (
  insert into effects (trajectory_id, seq, effect, at)
  select u.id, u.version, x.value, $10::timestamptz from updated u, jsonb_array_elements($19::text::jsonb) x
), audited as (
  insert into audit_log (at, actor_id, organisation_id, trajectory_id, action, detail)
  select $10::timestamptz, $12::uuid, u.school_id, u.id, 'trajectory.' || (x.value->>'type'), jsonb_build_object('seq', u.version) || x.value
  from updated u, jsonb_array_elements($19::text::jsonb) x
), planned as (
  insert into timers (trajectory_id, key, kind, step, event, due_at, detail, type_version)
  select u.id, x.key, x.kind, x.step, x.event, x.due_at, x.detail, u.type_version
  from updated u, jsonb_to_recordset($20::text::jsonb) as ${TIMER_RECORD}
  where ${TIMER_WRITTEN('$10::timestamptz')}
  on conflict (trajectory_id, key) do nothing
), cancelled as (
  delete from timers where id in (
    select id from timers
    where trajectory_id = $1::uuid and fired_at is null and $21::text::text[] is not null
      and not (key = any($21::text::text[])) and id is distinct from $22::bigint and exists (select 1 from updated)
    for update skip locked)
), fired as (
  update timers set fired_at = $10::timestamptz, outcome = 'fired', attempts = attempts + 1, last_error = null
  where id = $22::bigint and trajectory_id = $1::uuid and fired_at is null and exists (select 1 from updated)
), raised as (
  insert into flags (trajectory_id, seq, source, code, message, detail, raised_at)
  select u.id, u.version, x.source, x.code, x.message, x.detail, $10::timestamptz
  from updated u, jsonb_to_recordset($23::text::jsonb) as x(source text, code text, message jsonb, detail jsonb)
)
select seq from appended`;

// Only when nothing was appended: why not. Events stored before request hashes were kept match any request.
const WHY_NOT = `
select t.version, e.seq as replay, coalesce(e.request_hash = $3, true) as same
from trajectories t left join events e on e.trajectory_id = t.id and e.idempotency_key = $2
where t.id = $1::uuid`;

/**
 * Appends an event with an optimistic version check, in one statement. Concurrent calls with the same
 * `expectedVersion` get exactly one `appended`; the others get `version-conflict` with the version that won.
 */
export function createAppendEvent(connection: Connection) {
  const prepared = prepareStatement<{ seq: number }>(connection, APPEND);
  const preparedWhyNot = prepareStatement<{ version: number; replay: number | null; same: boolean | null }>(connection, WHY_NOT);

  /** With `run`, inside that open transaction (the scheduler's, which holds the timer it fires). */
  return async function appendEvent(
    trajectoryId: string, expectedVersion: number, state: TrajectoryState, event: NewEvent, run?: TxRun,
  ): Promise<AppendResult> {
    const append = run ? (params: readonly unknown[]) => run<{ seq: number }>(APPEND, params) : prepared;
    const whyNot = run ? (params: readonly unknown[]) => run<{ version: number; replay: number | null; same: boolean | null }>(WHY_NOT, params) : preparedWhyNot;
    if (!isUuid(trajectoryId)) return { kind: 'not-found' };
    const key = event.idempotencyKey ?? null;
    const hash = key === null ? null : requestHash(event.type, event.data);
    try {
      const [row] = await append([
        trajectoryId, expectedVersion, JSON.stringify(state.snapshot), state.status, pgArray(state.steps),
        pgArray(state.stepsDueAt), pgArray(state.waitingRoles), state.enteredAt, state.dueAt, event.at.toISOString(),
        event.type, event.actorId, pgArray(event.actorRoles), event.data === undefined ? null : JSON.stringify(event.data),
        pgArray(event.stepsBefore), key, event.submittedForm ?? null, hash, JSON.stringify(event.effects ?? []),
        timerRecords(event.scheduled ?? []), event.scheduled === undefined ? null : pgArray(event.scheduled.map((s) => s.key)),
        event.firedTimer ?? null, JSON.stringify(event.flags ?? []), event.reason ?? null,
      ]);
      if (row) return { kind: 'appended', seq: Number(row.seq) };
    } catch (error) {
      // A unique violation here is the idempotency key: the same request won on another connection. Inside a
      // transaction it has ended the transaction: the caller's to handle.
      if (run || sqlState(error) !== '23505' || key === null) throw error;
    }
    const [current] = await whyNot([trajectoryId, key, hash]);
    if (!current) return { kind: 'not-found' };
    if (current.replay !== null) return { kind: current.same === false ? 'key-reused' : 'replayed', seq: Number(current.replay) };
    return { kind: 'version-conflict', currentVersion: Number(current.version) };
  };
}
