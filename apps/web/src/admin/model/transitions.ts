import type { JsonObject, JsonValue } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';
import { getIn, setIn, setInState, stateAt } from './edit';

/*
 * The transitions of one step as the admin edits them: its events (`on` + `meta.events`), its automatic choices
 * (`always`) and what happens when it is done (`onDone`). A transition spec may be a target string, an object or a
 * list; reading gives a list of branch objects, writing puts back the shape that was there wherever it still fits,
 * so reading and writing an untouched step gives the very same JSON.
 */

/** Where a list of branches lives in a step: an event's `on` entry, `always` or `onDone`. */
export type BranchSource = { kind: 'event'; event: string } | { kind: 'always' } | { kind: 'done' };

/** One branch (transition) as an object; `short` says it was (and may again be) written as a bare target. */
export interface Branch {
  config: JsonObject;
  short: boolean;
}

/** The branches of a spec, and whether the spec was a list (a single branch stays a single value). */
export interface Branches {
  list: boolean;
  branches: Branch[];
}

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The keys of a branch source in its step. */
export function sourceKeys(source: BranchSource): string[] {
  if (source.kind === 'event') return ['on', source.event];
  return [source.kind === 'always' ? 'always' : 'onDone'];
}

/** The event name a `Selection` uses for a source: the event, `''` for `always`, `'onDone'` for `onDone`. */
export function selectionEvent(source: BranchSource): string {
  return source.kind === 'event' ? source.event : source.kind === 'always' ? '' : 'onDone';
}

/** Reads a transition spec (string, object, list or nothing) into branch objects. */
export function readBranches(spec: JsonValue | undefined): Branches {
  if (spec === undefined || spec === null) return { list: false, branches: [] };
  const items = Array.isArray(spec) ? spec : [spec];
  const branches = items.map((item): Branch => (typeof item === 'string' ? { config: { target: item }, short: true } : { config: isObject(item) ? item : {}, short: false }));
  return { list: Array.isArray(spec), branches };
}

/** A branch that is nothing but a single target can be written as that target. */
function fitsShort(config: JsonObject): boolean {
  const keys = Object.keys(config);
  return keys.length === 1 && keys[0] === 'target' && typeof config.target === 'string';
}

/** Writes branches back in the shape they were read in; undefined when there are none (the key goes away). */
export function writeBranches({ list, branches }: Branches): JsonValue | undefined {
  const items = branches.map(({ config, short }) => (short && fitsShort(config) ? (config.target as string) : config));
  if (items.length === 0) return undefined;
  if (items.length === 1 && !list) return items[0];
  return items;
}

/** The branches of a source in the step at `path`. */
export function branchesAt(bundle: Bundle, path: StatePath, source: BranchSource): Branches {
  return readBranches(getIn(stateAt(bundle, path), sourceKeys(source)));
}

/** A bundle with the branches of a source replaced; nothing else in the step changes. */
export function setBranches(bundle: Bundle, path: StatePath, source: BranchSource, branches: Branches): Bundle {
  const next = writeBranches(branches);
  if (source.kind === 'event' && next === undefined) {
    // An event keeps its entry: an event without a branch has an empty list (it stays in the step, going nowhere).
    return setInState(bundle, path, sourceKeys(source), []);
  }
  return setInState(bundle, path, sourceKeys(source), next);
}

/** A bundle with one branch's config replaced (by index). */
export function setBranch(bundle: Bundle, path: StatePath, source: BranchSource, index: number, config: JsonObject): Bundle {
  const current = branchesAt(bundle, path, source);
  const branches = current.branches.map((b, i) => (i === index ? { ...b, config } : b));
  return setBranches(bundle, path, source, { ...current, branches });
}

/** The event names of a step: those in `on` in order, then those only described in `meta.events`. */
export function eventNames(state: JsonObject | undefined): string[] {
  const on = isObject(state?.on) ? Object.keys(state.on) : [];
  const described = getIn(state, ['meta', 'events']);
  const extra = isObject(described) ? Object.keys(described).filter((name) => !on.includes(name)) : [];
  return [...on, ...extra];
}

/** An event's description (`meta.events[name]`), when there is one. */
export function eventSpec(state: JsonObject | undefined, name: string): JsonObject | undefined {
  const spec = getIn(state, ['meta', 'events', name]);
  return isObject(spec) ? spec : undefined;
}

/**
 * Whether an event's description starts unfolded on screen: a first-time user must find where the button text,
 * who may send it and its form go, so it is open while any of these is missing or when the step has only this
 * event; folded only when complete and one of several.
 */
export function eventSpecStartsOpen(state: JsonObject | undefined, name: string): boolean {
  const spec = eventSpec(state, name);
  if (!spec || eventNames(state).length <= 1) return true;
  const roles = Array.isArray(spec.roles) ? spec.roles : [];
  return typeof spec.form !== 'string' || spec.form === '' || roles.length === 0 || !isObject(spec.label);
}

/** Event names are capitals with underscores (`PLAN_VASTSTELLEN`). */
export const EVENT_NAME = /^[A-Z][A-Z0-9_]*$/;

/** The name an admin typed, made into an event name: `plan vaststellen` → `PLAN_VASTSTELLEN`. */
export function toEventName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'E_$1');
}

/** A copy of an object with one key renamed in its place (the order of keys stays). */
export function renameKey(object: JsonObject, from: string, to: string): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) out[key === from ? to : key] = value;
  return out;
}

/** A bundle with an event renamed in the step's `on` and `meta.events`, each keeping its place. */
export function renameEvent(bundle: Bundle, path: StatePath, from: string, to: string): Bundle {
  const state = stateAt(bundle, path);
  let next = bundle;
  if (isObject(state?.on) && Object.hasOwn(state.on, from)) next = setInState(next, path, ['on'], renameKey(state.on, from, to));
  const events = getIn(state, ['meta', 'events']);
  if (isObject(events) && Object.hasOwn(events, from)) next = setInState(next, path, ['meta', 'events'], renameKey(events, from, to));
  return next;
}

/** A bundle without the event: its `on` entry and its description go; an emptied `on` or `meta.events` goes too. */
export function deleteEvent(bundle: Bundle, path: StatePath, name: string): Bundle {
  let next = setInState(bundle, path, ['on', name], undefined);
  next = setInState(next, path, ['meta', 'events', name], undefined);
  const state = stateAt(next, path);
  if (isObject(state?.on) && Object.keys(state.on).length === 0) next = setInState(next, path, ['on'], undefined);
  const events = getIn(state, ['meta', 'events']);
  if (isObject(events) && Object.keys(events).length === 0) next = setInState(next, path, ['meta', 'events'], undefined);
  return next;
}

/**
 * A bundle with a new event on the step: a branch to `target` (written as a bare target) and a description with
 * a label and the roles that may send it.
 */
export function addEvent(bundle: Bundle, path: StatePath, name: string, spec: JsonObject, target: string | undefined): Bundle {
  const next = setInState(bundle, path, ['on', name], target === undefined ? [] : target);
  return setInState(next, path, ['meta', 'events', name], spec);
}

/** A branch config with one key set (or removed with undefined), keeping the order of the others. */
export function withKey(config: JsonObject, key: string, value: JsonValue | undefined): JsonObject {
  return setIn(config, [key], value);
}

/**
 * A bundle where the event carries `formId` (none with `''`): required fields the new form does not have go, and
 * the step shows the form too (an event may only carry a form its step shows; lint `form-not-shown`).
 * `hasField` says whether the new form has a field at a pointer.
 */
export function setEventForm(bundle: Bundle, path: StatePath, name: string, formId: string, hasField: (pointer: string) => boolean): Bundle {
  const spec = eventSpec(stateAt(bundle, path), name);
  let next = setInState(bundle, path, ['meta', 'events', name, 'form'], formId || undefined);
  if (spec?.requiredFields !== undefined) {
    const keep = formId && Array.isArray(spec.requiredFields) ? spec.requiredFields.filter((p) => typeof p === 'string' && hasField(p)) : [];
    next = setInState(next, path, ['meta', 'events', name, 'requiredFields'], keep.length ? keep : undefined);
  }
  const shown = getIn(stateAt(bundle, path), ['meta', 'forms']);
  const list = Array.isArray(shown) ? shown : [];
  if (formId && !list.includes(formId)) next = setInState(next, path, ['meta', 'forms'], [...list, formId]);
  return next;
}
