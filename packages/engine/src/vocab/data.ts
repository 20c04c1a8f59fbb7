import type { JsonObject, JsonValue, TrajectoryContext } from '../format/types';

/** The event as the engine hands it to XState: the admin's event type plus data, time and actor. */
export interface EngineEvent {
  type: string;
  data?: JsonObject;
  now?: string;
  actor?: { id?: string; roles: string[] };
  input?: { now?: string };
  /** What the server knows beyond the snapshot (`SendOptions.facts`), readable in expressions by its top-level names. */
  facts?: Facts;
}

/**
 * Facts the server supplies with an event, beyond the snapshot (issue 13): the trajectory's group and its shared
 * meetings (`group`), the trajectory itself (`trajectory`: subject, school or bestuur name, label) and its
 * sign-offs (`signoffs`). Expressions read them as `{ "var": "group.meetings.startdag.held" }`; absent facts are null.
 */
export interface Facts {
  group?: JsonObject | null;
  trajectory?: JsonObject | null;
  signoffs?: JsonObject | null;
}

/** The time of an event; the init event carries it in its input. */
export function eventNow(event: EngineEvent): string {
  return event.now ?? event.input?.now ?? new Date(0).toISOString();
}

/** What expressions can read: the context, this event's data as `event`, and `now`. */
export function expressionData(context: TrajectoryContext, event: EngineEvent): Record<string, unknown> {
  return {
    forms: context.forms,
    counters: context.counters,
    budgets: context.budgets,
    dates: context.dates,
    vars: context.vars,
    period: context.period,
    startedAt: context.startedAt,
    event: event.data ?? {},
    now: eventNow(event),
    group: event.facts?.group ?? null,
    trajectory: event.facts?.trajectory ?? null,
    signoffs: event.facts?.signoffs ?? null,
  };
}

/** Structural equality for JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export type Params = Record<string, JsonValue | undefined>;
