import type { JsonObject, JsonValue, Localized } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';
import { getIn, setInState, stateAt } from './edit';

/*
 * A step's timers as the admin edits them: an event the system sends (`meta.timers[name]`: label + moment) with
 * its transition in `on[name]`, edited there by the transitions editor like any other branch.
 */

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The timer events of a step, in the order of `meta.timers`. */
export function timerNames(state: JsonObject | undefined): string[] {
  const timers = getIn(state, ['meta', 'timers']);
  return isObject(timers) ? Object.keys(timers) : [];
}

/** A timer's spec (`meta.timers[name]`), when there is one. */
export function timerSpec(state: JsonObject | undefined, name: string): JsonObject | undefined {
  const spec = getIn(state, ['meta', 'timers', name]);
  return isObject(spec) ? spec : undefined;
}

/**
 * A bundle with a new timer on the step: `meta.timers[name]` with the label and `after` (default one month
 * after entering the step), and a transition to `target` in `on` (none: it stays, an empty list).
 */
export function addTimer(bundle: Bundle, path: StatePath, name: string, label: Localized, target: string | undefined, after = 'P1M'): Bundle {
  const next = setInState(bundle, path, ['on', name], target === undefined ? [] : target);
  return setInState(next, path, ['meta', 'timers', name], { label: { nl: label.nl, en: label.en }, after });
}

/** A bundle with a timer's spec replaced (its transition in `on` stays). */
export function setTimer(bundle: Bundle, path: StatePath, name: string, spec: JsonValue): Bundle {
  return setInState(bundle, path, ['meta', 'timers', name], spec);
}

/**
 * A bundle without the timer: its spec and its `on` entry go (unless people may send the same event: then its
 * `on` entry stays for them); an emptied `on` or `meta.timers` goes too.
 */
export function deleteTimer(bundle: Bundle, path: StatePath, name: string): Bundle {
  const people = getIn(stateAt(bundle, path), ['meta', 'events', name]) !== undefined;
  let next = setInState(bundle, path, ['meta', 'timers', name], undefined);
  if (!people) next = setInState(next, path, ['on', name], undefined);
  const state = stateAt(next, path);
  if (isObject(state?.on) && Object.keys(state.on).length === 0) next = setInState(next, path, ['on'], undefined);
  const timers = getIn(state, ['meta', 'timers']);
  if (isObject(timers) && Object.keys(timers).length === 0) next = setInState(next, path, ['meta', 'timers'], undefined);
  return next;
}

/** Whether an `on` event of the step is only a timer (no people may send it): the events list leaves it to "Tijd". */
export function isTimerOnly(state: JsonObject | undefined, name: string): boolean {
  return timerNames(state).includes(name) && getIn(state, ['meta', 'events', name]) === undefined;
}
