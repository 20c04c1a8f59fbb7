import type { JsonObject, JsonValue, TimeSpec } from '@koers/engine';

/*
 * The moment picker's model (timers and deadlines in the "Tijd" section): a TimeSpec read as one of three shapes
 * the admin chooses between, and written back as the very same JSON when nothing was changed.
 * - `after`:  "na 6 maanden" — a duration from entering the step (`{ after }`, `from` absent or `step`);
 * - `from`:   "18 maanden na het startgesprek" — a duration (or none: on the day itself) after a recorded date
 *             or the trajectory's start (`{ from, after? }`);
 * - `anchor`: "voor de herfstvakantie" — a school-calendar moment, optionally not before a duration after a
 *             starting point (`{ at, from?, after? }`).
 * Every TimeSpec the format allows is one of these three, so every valid value reads back and writes unchanged.
 */

/** The picker's three ways of saying when. */
export type TimeShape = 'after' | 'from' | 'anchor';

/** A moment as the picker holds it. */
export interface TimeChoice {
  shape: TimeShape;
  /** `step` (entering the step), `start` (the trajectory's start) or a key of the type's `dates`. */
  from: string;
  /** An ISO 8601 duration, kept as written (`P1Y6M` stays `P1Y6M`). */
  after?: string;
  /** A school-calendar anchor (`voor-herfstvakantie`). */
  at?: string;
  /** The spec said `"from": "step"` out loud; written back so that an untouched value stays the same JSON. */
  statedStep?: boolean;
}

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads a TimeSpec (also a timer's spec: other keys such as `label` are ignored) into the picker's choice;
 * undefined when the value is not an object.
 * @example readTime({ from: 'startgesprek', after: 'P18M' }) // { shape: 'from', from: 'startgesprek', after: 'P18M' }
 */
export function readTime(value: JsonValue | undefined): TimeChoice | undefined {
  if (!isObject(value)) return undefined;
  const from = typeof value.from === 'string' ? value.from : 'step';
  const after = typeof value.after === 'string' ? value.after : undefined;
  const at = typeof value.at === 'string' ? value.at : undefined;
  const shape: TimeShape = at !== undefined ? 'anchor' : from === 'step' ? 'after' : 'from';
  return {
    shape, from,
    ...(after !== undefined ? { after } : {}),
    ...(at !== undefined ? { at } : {}),
    ...(value.from === 'step' ? { statedStep: true } : {}),
  };
}

/**
 * The TimeSpec of a choice, keys in the format's order (`from`, `after`, `at`); `from` is left out when it is
 * the default (`step`) unless the spec said it.
 * @example writeTime({ shape: 'anchor', from: 'step', at: 'voor-herfstvakantie' }) // { at: 'voor-herfstvakantie' }
 */
export function writeTime(choice: TimeChoice): TimeSpec {
  const from = choice.shape === 'after' ? 'step' : choice.from;
  const spec: TimeSpec = {};
  if (from !== 'step' || choice.statedStep) spec.from = from;
  if (choice.after !== undefined) spec.after = choice.after;
  if (choice.shape === 'anchor' && choice.at !== undefined) spec.at = choice.at as TimeSpec['at'];
  return spec;
}

/**
 * The choice after the admin picks another shape: what still fits is kept (a duration stays; a starting date
 * is the trajectory's start when there was none), so switching back and forth loses nothing the new shape shows.
 */
export function switchShape(choice: TimeChoice, shape: TimeShape, firstAnchor: string): TimeChoice {
  if (shape === choice.shape) return choice;
  const { statedStep: _dropped, ...rest } = choice;
  if (shape === 'after') return { ...rest, shape, from: 'step', at: undefined, after: choice.after ?? 'P1M' };
  if (shape === 'from') return { ...rest, shape, from: choice.from === 'step' ? 'start' : choice.from, at: undefined };
  return { ...rest, shape, at: choice.at ?? firstAnchor };
}

/** A timer's spec with its moment replaced: its label and description stay, the moment keys are rewritten. */
export function withTime(spec: JsonObject, choice: TimeChoice): JsonObject {
  const { from: _f, after: _a, at: _t, ...others } = spec;
  return { ...others, ...(writeTime(choice) as JsonObject) };
}
