/**
 * The idempotency key of the event a timer sends is `timer:<id>`: it makes the firing exactly once, and with no
 * actor it marks the event as sent by the system (history and audit show "Systeem / System").
 */
export const TIMER_KEY_PREFIX = 'timer:';

/**
 * The idempotency key of an event the system sends for a group (placed in a group, a shared meeting recorded) starts
 * with `group:`: with no actor it marks the event as sent by the system too.
 */
export const GROUP_KEY_PREFIX = 'group:';

/** Whether a stored event was sent by the system (a timer, a group event): no actor and a system idempotency key. */
export const sentBySystem = (actorId: string | null, idempotencyKey: string | null): boolean =>
  actorId === null && idempotencyKey !== null && (idempotencyKey.startsWith(TIMER_KEY_PREFIX) || idempotencyKey.startsWith(GROUP_KEY_PREFIX));

/**
 * A timer or reminder the engine scheduled for a trajectory (the engine's `Scheduled`, as the store needs it):
 * `key` is stable per moment (`<kind>:<step>:<name>:<dueAt>`), so an unchanged timer keeps its row.
 */
export interface ScheduledTimer {
  key: string;
  kind: 'event' | 'reminder' | 'escalation';
  /** The step (state path) it belongs to. */
  step: string;
  /** For `event`: the event type it sends. */
  event?: string;
  /** ISO 8601. */
  dueAt: string;
  /** Plain JSON: label, roles to remind, the step's due date. */
  detail: unknown;
}

/**
 * The JSON the SQL reads with `jsonb_to_recordset(...) as x(key text, kind text, step text, event text,
 * due_at timestamptz, detail jsonb)`.
 */
export function timerRecords(scheduled: readonly ScheduledTimer[]): string {
  return JSON.stringify(scheduled.map((s) => ({ key: s.key, kind: s.kind, step: s.step, event: s.event ?? null, due_at: s.dueAt, detail: s.detail ?? {} })));
}

/** The record shape of `timerRecords` for `jsonb_to_recordset`. */
export const TIMER_RECORD = 'x(key text, kind text, step text, event text, due_at timestamptz, detail jsonb)';

/**
 * Which scheduled rows are written (the one rule, used by every statement that plans timers): an `event` timer
 * always (a moment that passed must still fire), a reminder or escalation only when it is not in the past
 * (a reminder about a moment already gone is not sent late). `$at` is the write's time.
 */
export const TIMER_WRITTEN = (at: string) => `(x.kind = 'event' or x.due_at >= ${at})`;
