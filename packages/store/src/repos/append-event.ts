import type { Connection } from '../create';
import { isUuid } from './database';
import { requestHash } from './request-hash';
import { pgArray, prepareStatement, sqlState } from './statement';
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
// idempotency key and its request's hash) and the submitted form's draft. If the version does not match, no CTE writes anything.
const APPEND = `
with updated as (
  update trajectories set
    snapshot = $3::text::jsonb, status = $4, steps = $5::text::text[], steps_due_at = $6::text::timestamptz[],
    waiting_roles = $7::text::text[], entered_at = $8::timestamptz, due_at = $9::timestamptz,
    last_activity_at = $10::timestamptz, version = version + 1
  where id = $1::uuid and version = $2::int
  returning id, version
), appended as (
  insert into events (trajectory_id, seq, type, actor_id, actor_roles, data, at, steps_before, steps_after, idempotency_key, request_hash)
  select id, version, $11, $12::uuid, $13::text::text[], $14::text::jsonb, $10::timestamptz, $15::text::text[], $5::text::text[], $16, $18
  from updated
  returning seq
), cleared as (
  delete from drafts where trajectory_id = $1::uuid and form_id = $17 and exists (select 1 from updated)
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
  const append = prepareStatement<{ seq: number }>(connection, APPEND);
  const whyNot = prepareStatement<{ version: number; replay: number | null; same: boolean | null }>(connection, WHY_NOT);

  return async function appendEvent(
    trajectoryId: string, expectedVersion: number, state: TrajectoryState, event: NewEvent,
  ): Promise<AppendResult> {
    if (!isUuid(trajectoryId)) return { kind: 'not-found' };
    const key = event.idempotencyKey ?? null;
    const hash = key === null ? null : requestHash(event.type, event.data);
    try {
      const [row] = await append([
        trajectoryId, expectedVersion, JSON.stringify(state.snapshot), state.status, pgArray(state.steps),
        pgArray(state.stepsDueAt), pgArray(state.waitingRoles), state.enteredAt, state.dueAt, event.at.toISOString(),
        event.type, event.actorId, pgArray(event.actorRoles), event.data === undefined ? null : JSON.stringify(event.data),
        pgArray(event.stepsBefore), key, event.submittedForm ?? null, hash,
      ]);
      if (row) return { kind: 'appended', seq: Number(row.seq) };
    } catch (error) {
      // A unique violation here is the idempotency key: the same request won on another connection.
      if (sqlState(error) !== '23505' || key === null) throw error;
    }
    const [current] = await whyNot([trajectoryId, key, hash]);
    if (!current) return { kind: 'not-found' };
    if (current.replay !== null) return { kind: current.same === false ? 'key-reused' : 'replayed', seq: Number(current.replay) };
    return { kind: 'version-conflict', currentVersion: Number(current.version) };
  };
}
