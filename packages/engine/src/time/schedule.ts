import type { JsonObject, Localized, ReminderSpec } from '../format/types';
import type { CompiledDefinition } from '../run/compile';
import { type StepView, describe } from '../run/engine';
import type { TrajectorySnapshot } from '../run/snapshot';
import { activeTimers } from '../run/timers';
import type { SchoolCalendar } from './calendar';
import { addDuration, addDurationTimes } from './duration';
import { durationText } from './duration-words';

/** Something that must happen at a moment: a timer event to send, a reminder or an escalation to deliver. */
export interface Scheduled {
  /** `${kind}:${step}:${name}:${dueAt}`; name = the event type, `before-P7D`, `due`, `overdue` or `escalate`. */
  key: string;
  kind: 'event' | 'reminder' | 'escalation';
  step: string;
  /** For `event`: the timer's event type. */
  event?: string;
  dueAt: string;
  /** Event: `{ label }`. Reminder/escalation: `{ roles, title (the step's), dueAt (the step's), label }`. */
  detail: JsonObject;
}

/**
 * Everything a trajectory has scheduled now, sorted by moment then key. Every timer of every active step (also
 * when its moment has passed: it must still fire); for each active step with a due date and `meta.reminders`:
 * each `before` reminder, the `onDue` one, the escalation (`escalate.after` past the due date, at once without
 * it), and for `overdueEvery` the last occurrence at or before `now` (if any) plus the next one after `now`.
 * Pure and deterministic: the same input gives the same keys, so a store can keep what it already has.
 * @example schedule(vl, snapshot, { now: clock.now(), calendar })
 */
export function schedule(
  def: CompiledDefinition, snapshot: TrajectorySnapshot,
  opts: {
    now: string; calendar?: SchoolCalendar;
    /** The step views of this snapshot on the same calendar, when the caller has them (`EngineResult.steps`): not worked out again. */
    steps?: readonly StepView[];
  },
): Scheduled[] {
  if (snapshot.status === 'done') return [];
  const calendar = opts.calendar ? { calendar: opts.calendar } : {};
  const out: Scheduled[] = [];
  for (const timer of activeTimers(def, snapshot, calendar)) {
    if (timer.dueAt === undefined) continue;
    out.push(item('event', timer.step, timer.type, timer.dueAt, { label: { ...timer.label } }, timer.type));
  }
  // Reminders hang on due dates, worked out on the school calendar: only for a type that has reminders at all.
  if ([...def.index.states.values()].some((state) => state.config.meta?.reminders !== undefined)) {
    for (const step of opts.steps ?? describe(def, snapshot, calendar).steps) {
      const reminders = def.index.states.get(step.path)?.config.meta?.reminders;
      if (!reminders || step.dueAt === undefined) continue;
      out.push(...remindersOf(reminders, { step: step.path, title: step.title, roles: step.roles, dueAt: step.dueAt }, opts.now));
    }
  }
  return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
}

interface DueStep {
  step: string;
  title: Localized;
  roles: string[];
  dueAt: string;
}

function remindersOf(spec: ReminderSpec, s: DueStep, now: string): Scheduled[] {
  const out: Scheduled[] = [];
  const detail = (roles: string[], label: Localized): JsonObject => ({ roles, title: { ...s.title }, dueAt: s.dueAt, label: { ...label } });
  for (const before of spec.before ?? []) {
    const at = addDurationTimes(s.dueAt, before, -1);
    out.push(item('reminder', s.step, `before-${before}`, at, detail(s.roles, {
      nl: `Herinnering: "${s.title.nl}" moet over ${durationText(before, 'nl')} klaar zijn`,
      en: `Reminder: "${s.title.en}" is due in ${durationText(before, 'en')}`,
    })));
  }
  if (spec.onDue) {
    out.push(item('reminder', s.step, 'due', s.dueAt, detail(s.roles, {
      nl: `Herinnering: "${s.title.nl}" moet nu klaar zijn`, en: `Reminder: "${s.title.en}" is due now`,
    })));
  }
  if (spec.overdueEvery) {
    const overdue = detail(s.roles, { nl: `Herinnering: "${s.title.nl}" is over tijd`, en: `Reminder: "${s.title.en}" is overdue` });
    for (const at of overdueMoments(s.dueAt, spec.overdueEvery, now)) out.push(item('reminder', s.step, 'overdue', at, overdue));
  }
  if (spec.escalate) {
    const at = spec.escalate.after ? addDuration(s.dueAt, spec.escalate.after) : s.dueAt;
    out.push(item('escalation', s.step, 'escalate', at, detail(spec.escalate.to, {
      nl: `Escalatie: "${s.title.nl}" is over tijd`, en: `Escalation: "${s.title.en}" is overdue`,
    })));
  }
  return out;
}

/** The occurrences due + k × every (k ≥ 1): the last at or before `now` (if any) and the first after it. */
export function overdueMoments(dueAt: string, every: string, now: string): string[] {
  const seen = new Map<number, string>();
  const at = (k: number): string => {
    let moment = seen.get(k);
    if (moment === undefined) seen.set(k, moment = addDurationTimes(dueAt, every, k));
    return moment;
  };
  const nowMs = Date.parse(now);
  const step = Math.max(1, Date.parse(at(1)) - Date.parse(dueAt));
  let k = Math.max(1, Math.floor((nowMs - Date.parse(dueAt)) / step));
  while (k > 1 && Date.parse(at(k)) > nowMs) k--;
  while (Date.parse(at(k + 1)) <= nowMs) k++;
  return Date.parse(at(k)) <= nowMs ? [at(k), at(k + 1)] : [at(k)];
}

function item(kind: Scheduled['kind'], step: string, name: string, dueAt: string, detail: JsonObject, event?: string): Scheduled {
  return { key: `${kind}:${step}:${name}:${dueAt}`, kind, step, ...(event ? { event } : {}), dueAt, detail };
}
