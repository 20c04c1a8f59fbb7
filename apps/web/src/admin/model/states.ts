import type { JsonObject, JsonValue } from '@koers/engine';
import type { Bundle, StatePath } from './bundle';
import { getIn, setIn, stateAt, stateKeys } from './edit';
import { movePrefix, restructure } from './restructure';

/*
 * The process editor's edits of the step tree. The order of steps is the order of keys in `states`; every edit
 * rebuilds only the `states` objects it changes and keeps each key's place, and moves repair the references
 * to the steps they move (restructure.ts).
 */

/** A state key as the format allows it (letters, digits, `_`; starting with a letter). */
export const STATE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The child states of the state at `path` (`[]` is the machine), in order. */
export function childrenOf(bundle: Bundle, path: StatePath): [string, JsonObject][] {
  const states = stateAt(bundle, path)?.states;
  return isObject(states) ? Object.entries(states).filter((entry): entry is [string, JsonObject] => isObject(entry[1])) : [];
}

/** What kind of state this is, as the engine reads it. */
export function kindOf(state: JsonObject | undefined): 'atomic' | 'compound' | 'parallel' | 'final' | 'history' {
  const type = state?.type;
  if (type === 'parallel' || type === 'final' || type === 'history') return type;
  return isObject(state?.states) && Object.keys(state.states).length > 0 ? 'compound' : 'atomic';
}

/** The `states` object of `parent` with its entries replaced by `entries` (the `states` key keeps its place). */
function withStates(definition: JsonObject, parent: StatePath, entries: [string, JsonValue][]): JsonObject {
  return setIn(definition, [...stateKeys(parent), 'states'], Object.fromEntries(entries));
}

/** A key not yet used among the children of `parent`: `base`, `base2`, `base3`… */
export function freeKey(bundle: Bundle, parent: StatePath, base = 'stap'): string {
  const used = new Set(childrenOf(bundle, parent).map(([key]) => key));
  for (let n = 1; ; n++) if (!used.has(n === 1 ? base : `${base}${n}`)) return n === 1 ? base : `${base}${n}`;
}

const newStep = (): JsonObject => ({ meta: { title: { nl: 'Nieuwe stap', en: 'New step' } } });

/** Adds a new step right after the step at `after` (its sibling); returns the bundle and the new step's path. */
export function addStepAfter(bundle: Bundle, after: StatePath): { bundle: Bundle; path: StatePath } {
  const parent = after.slice(0, -1);
  const key = freeKey(bundle, parent);
  const entries: [string, JsonValue][] = [];
  for (const entry of childrenOf(bundle, parent)) {
    entries.push(entry);
    if (entry[0] === after.at(-1)) entries.push([key, newStep()]);
  }
  if (!entries.some(([k]) => k === key)) entries.push([key, newStep()]);
  let definition = withStates(bundle.definition, parent, entries);
  // The machine's first step starts it.
  if (parent.length === 0 && getIn(definition, ['machine', 'initial']) === undefined) definition = setIn(definition, ['machine', 'initial'], key);
  return { bundle: { ...bundle, definition }, path: [...parent, key] };
}

/**
 * Adds a new step inside the step at `parent`, last. A step that had no substeps becomes a group step that
 * begins with it (a parallel step gets a new track instead).
 */
export function addSubstep(bundle: Bundle, parent: StatePath): { bundle: Bundle; path: StatePath } {
  const key = freeKey(bundle, parent);
  let definition = withStates(bundle.definition, parent, [...childrenOf(bundle, parent), [key, newStep()]]);
  const state = stateAt({ ...bundle, definition }, parent);
  if (state?.type !== 'parallel' && state?.initial === undefined) definition = setIn(definition, [...stateKeys(parent), 'initial'], key);
  return { bundle: { ...bundle, definition }, path: [...parent, key] };
}

/** Moves the step one place up (-1) or down (+1) among its siblings; the order of keys is the order of steps. */
export function moveStep(bundle: Bundle, path: StatePath, delta: -1 | 1): Bundle {
  const parent = path.slice(0, -1);
  const entries: [string, JsonValue][] = childrenOf(bundle, parent);
  const i = entries.findIndex(([key]) => key === path.at(-1));
  const j = i + delta;
  if (i < 0 || j < 0 || j >= entries.length) return bundle;
  [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  return { ...bundle, definition: withStates(bundle.definition, parent, entries) };
}

/** Why the step cannot be renamed to `key`, or undefined when it can. */
export function renameProblem(bundle: Bundle, path: StatePath, key: string): { nl: string; en: string } | undefined {
  if (!STATE_KEY.test(key)) return { nl: 'Een sleutel begint met een letter en heeft alleen letters, cijfers en _.', en: 'A key starts with a letter and has only letters, digits and _.' };
  if (key !== path.at(-1) && childrenOf(bundle, path.slice(0, -1)).some(([k]) => k === key)) return { nl: `Er is al een stap "${key}" op deze plek.`, en: `There is already a step "${key}" here.` };
  return undefined;
}

/** Renames a step's key in place and rewrites every target, `initial` and history default that named it. */
export function renameStep(bundle: Bundle, path: StatePath, key: string): Bundle {
  const old = path.at(-1);
  if (old === undefined || old === key || renameProblem(bundle, path, key)) return bundle;
  const parent = path.slice(0, -1);
  const entries = childrenOf(bundle, parent).map(([k, v]): [string, JsonValue] => [k === old ? key : k, v]);
  return restructure(bundle, (d) => withStates(d, parent, entries), movePrefix(path, [...parent, key]));
}

/** The sibling before the step, when the step can go into it (not a final or history step, no key clash). */
export function nestTarget(bundle: Bundle, path: StatePath): StatePath | undefined {
  const parent = path.slice(0, -1);
  const siblings = childrenOf(bundle, parent);
  const i = siblings.findIndex(([key]) => key === path.at(-1));
  const previous = siblings[i - 1];
  if (i < 1 || !previous) return undefined;
  const kind = kindOf(previous[1]);
  if (kind === 'final' || kind === 'history') return undefined;
  if (isObject(previous[1].states) && Object.hasOwn(previous[1].states, path.at(-1)!)) return undefined;
  return [...parent, previous[0]];
}

/** Puts the step inside the step before it (last); that step becomes a group step beginning with it if it had no substeps. */
export function nestIntoPrevious(bundle: Bundle, path: StatePath): { bundle: Bundle; path: StatePath } {
  const into = nestTarget(bundle, path);
  const key = path.at(-1);
  if (!into || key === undefined) return { bundle, path };
  const state = stateAt(bundle, path)!;
  const edit = (d: JsonObject) => {
    const parent = path.slice(0, -1);
    let next = withStates(d, parent, childrenOf({ ...bundle, definition: d }, parent).filter(([k]) => k !== key));
    next = withStates(next, into, [...childrenOf({ ...bundle, definition: next }, into), [key, state]]);
    const host = getIn(next, stateKeys(into)) as JsonObject;
    if (host.type !== 'parallel' && host.initial === undefined) next = setIn(next, [...stateKeys(into), 'initial'], key);
    return next;
  };
  const to = [...into, key];
  return { bundle: restructure(bundle, edit, movePrefix(path, to)), path: to };
}

/** Whether the step can be lifted out of its group step (it has one, and no sibling there has its key). */
export function canLiftOut(bundle: Bundle, path: StatePath): boolean {
  if (path.length < 2) return false;
  return !childrenOf(bundle, path.slice(0, -2)).some(([k]) => k === path.at(-1));
}

/** Takes the step out of its group step, right after it; a group left empty becomes a plain step. */
export function liftOut(bundle: Bundle, path: StatePath): { bundle: Bundle; path: StatePath } {
  if (!canLiftOut(bundle, path)) return { bundle, path };
  const key = path.at(-1)!;
  const group = path.slice(0, -1);
  const outer = path.slice(0, -2);
  const state = stateAt(bundle, path)!;
  const edit = (d: JsonObject) => {
    const rest = childrenOf({ ...bundle, definition: d }, group).filter(([k]) => k !== key);
    let next = rest.length > 0 ? withStates(d, group, rest) : setIn(d, [...stateKeys(group), 'states'], undefined);
    const entries: [string, JsonValue][] = [];
    for (const entry of childrenOf({ ...bundle, definition: next }, outer)) {
      entries.push(entry);
      if (entry[0] === group.at(-1)) entries.push([key, state]);
    }
    next = withStates(next, outer, entries);
    // A parallel step without tracks is no longer parallel.
    if (rest.length === 0 && getIn(next, [...stateKeys(group), 'type']) === 'parallel') next = setIn(next, [...stateKeys(group), 'type'], undefined);
    return next;
  };
  const to = [...outer, key];
  return { bundle: restructure(bundle, edit, movePrefix(path, to)), path: to };
}

/** Deletes the step (and its substeps); a group's `initial` moves to its first remaining step. */
export function deleteStep(bundle: Bundle, path: StatePath): Bundle {
  const parent = path.slice(0, -1);
  const key = path.at(-1);
  const rest = childrenOf(bundle, parent).filter(([k]) => k !== key);
  const edit = (d: JsonObject) => (rest.length > 0 || parent.length === 0 ? withStates(d, parent, rest) : setIn(d, [...stateKeys(parent), 'states'], undefined));
  return restructure(bundle, edit, movePrefix(path, undefined));
}
