import type { JsonObject, JsonValue } from '@koers/engine';

/*
 * The reminders of a step (`meta.reminders`) as the Tijd section edits them: durations before the due date, one
 * on the due date, one every so often while overdue, and an escalation to other roles. Fields the admin empties
 * go away; an emptied spec is removed.
 */

/** The reminder settings as the form holds them. */
export interface ReminderChoice {
  before: string[];
  onDue: boolean;
  overdueEvery?: string;
  escalate?: { after?: string; to: string[] };
}

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const strings = (value: JsonValue | undefined): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);

/** Reads `meta.reminders` (anything else: no reminders). */
export function readReminders(value: JsonValue | undefined): ReminderChoice {
  if (!isObject(value)) return { before: [], onDue: false };
  const escalate = isObject(value.escalate) ? value.escalate : undefined;
  return {
    before: strings(value.before),
    onDue: value.onDue === true,
    ...(typeof value.overdueEvery === 'string' ? { overdueEvery: value.overdueEvery } : {}),
    ...(escalate ? { escalate: { ...(typeof escalate.after === 'string' ? { after: escalate.after } : {}), to: strings(escalate.to) } } : {}),
  };
}

/**
 * The `meta.reminders` value of a choice, keys in the format's order; undefined when nothing is set (the key
 * goes away).
 */
export function writeReminders(choice: ReminderChoice): JsonObject | undefined {
  const out: JsonObject = {};
  if (choice.before.length > 0) out.before = [...choice.before];
  if (choice.onDue) out.onDue = true;
  if (choice.overdueEvery !== undefined) out.overdueEvery = choice.overdueEvery;
  if (choice.escalate) out.escalate = { ...(choice.escalate.after !== undefined ? { after: choice.escalate.after } : {}), to: [...choice.escalate.to] };
  return Object.keys(out).length > 0 ? out : undefined;
}
