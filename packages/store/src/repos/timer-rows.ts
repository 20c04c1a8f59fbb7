import { iso } from './database';
import { nullableTime } from './statement';
import type { Trajectory } from './trajectory-rows';

/** A timer row as stored (see `schema.timers`). */
export interface Timer {
  id: number;
  trajectoryId: string;
  key: string;
  kind: 'event' | 'reminder' | 'escalation';
  step: string;
  event: string | null;
  dueAt: string;
  detail: unknown;
  typeVersion: number;
  createdAt: string;
  firedAt: string | null;
  outcome: 'fired' | 'skipped' | null;
  lastError: unknown;
  attempts: number;
}

/** The timer columns as the hand-written statements select them: times as text, read back by `iso`. */
export const TIMER_COLUMNS = `tm.id, tm.trajectory_id, tm.key, tm.kind, tm.step, tm.event, tm.due_at::text as due_at, tm.detail,
  tm.type_version, tm.created_at::text as created_at, tm.fired_at::text as fired_at, tm.outcome, tm.last_error, tm.attempts`;

export interface TimerRow {
  id: number | string; trajectory_id: string; key: string; kind: Timer['kind']; step: string; event: string | null; due_at: string;
  detail: unknown; type_version: number; created_at: string; fired_at: string | null; outcome: Timer['outcome']; last_error: unknown;
  attempts: number;
}

export function toTimer(r: TimerRow): Timer {
  return {
    id: Number(r.id), trajectoryId: r.trajectory_id, key: r.key, kind: r.kind, step: r.step, event: r.event, dueAt: iso(r.due_at),
    detail: r.detail, typeVersion: Number(r.type_version), createdAt: iso(r.created_at), firedAt: iso(r.fired_at), outcome: r.outcome,
    lastError: r.last_error ?? null, attempts: Number(r.attempts),
  };
}

/** A trajectory's columns (alias `tr`, its school `o`) for hand-written statements: times as text. */
export const TRAJECTORY_COLUMNS = `tr.id as t_id, tr.type_id, tr.type_version as t_type_version, tr.school_id, o.name as school_name,
  o.parent_id as school_parent_id, tr.status, tr.steps, tr.steps_due_at::text[] as steps_due_at, tr.waiting_roles, tr.snapshot,
  tr.version, tr.entered_at::text as entered_at, tr.due_at::text as t_due_at, tr.last_activity_at::text as last_activity_at,
  tr.created_at::text as t_created_at, tr.created_by, tr.subject as t_subject, tr.label as t_label`;

export interface TrajectoryRow {
  t_id: string; type_id: string; t_type_version: number; school_id: string; school_name: string; school_parent_id: string | null;
  status: 'active' | 'done'; steps: string[]; steps_due_at: Array<string | null>; waiting_roles: string[]; snapshot: unknown;
  version: number; entered_at: string; t_due_at: string | null; last_activity_at: string; t_created_at: string; created_by: string | null;
  t_subject: 'school' | 'bestuur' | 'group'; t_label: string | null;
}

export function rowToTrajectory(r: TrajectoryRow): Trajectory {
  return {
    id: r.t_id, typeId: r.type_id, typeVersion: Number(r.t_type_version), status: r.status, snapshot: r.snapshot, steps: r.steps,
    stepsDueAt: r.steps_due_at.map((d) => iso(nullableTime(d))), waitingRoles: r.waiting_roles, enteredAt: iso(r.entered_at),
    dueAt: iso(r.t_due_at), version: Number(r.version), lastActivityAt: iso(r.last_activity_at), createdAt: iso(r.t_created_at),
    createdBy: r.created_by, school: { id: r.school_id, name: r.school_name, parentId: r.school_parent_id },
    subject: r.t_subject, label: r.t_label,
  };
}
