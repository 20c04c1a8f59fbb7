import { buildIndex, resolveTarget, type JsonObject, type JsonValue, type MachineConfig, type StructureIndex } from '@koers/engine';
import type { StatePath } from './bundle';
import { getIn, stateKeys } from './edit';

/*
 * The places in a definition that name a state, and how to write a name so that it still means the same state
 * after the steps moved: transition targets (`on`, `always`, `onDone`: a sibling `"planning"`, a child
 * `".eerste"`, an id `"#pd.eindevaluatie"`), a history step's default `target`, and each `initial`.
 */

/** One place that names a state: where the text is, which state it is read from, and what it says. */
export interface StateRef {
  /** Keys from the definition's root to the string. */
  at: (string | number)[];
  /** The state whose point of view resolves the text (the transition's or history step's own state). */
  from: StatePath;
  kind: 'target' | 'initial';
  text: string;
}

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every place in the definition's machine that names a state, in document order. */
export function collectRefs(definition: JsonObject): StateRef[] {
  const refs: StateRef[] = [];
  const targetsIn = (value: JsonValue | undefined, at: (string | number)[], from: StatePath) => {
    if (typeof value === 'string') refs.push({ at, from, kind: 'target', text: value });
    else if (Array.isArray(value)) value.forEach((item, i) => targetsIn(item, [...at, i], from));
    else if (isObject(value)) {
      const target = value.target;
      if (typeof target === 'string') refs.push({ at: [...at, 'target'], from, kind: 'target', text: target });
      else if (Array.isArray(target)) target.forEach((t, i) => typeof t === 'string' && refs.push({ at: [...at, 'target', i], from, kind: 'target', text: t }));
    }
  };
  const walk = (state: JsonObject, path: StatePath) => {
    const at = stateKeys(path);
    if (typeof state.initial === 'string') refs.push({ at: [...at, 'initial'], from: path, kind: 'initial', text: state.initial });
    if (state.type === 'history' && typeof state.target === 'string') refs.push({ at: [...at, 'target'], from: path, kind: 'target', text: state.target });
    if (isObject(state.on)) for (const [event, spec] of Object.entries(state.on)) targetsIn(spec, [...at, 'on', event], path);
    if (state.always !== undefined) targetsIn(state.always, [...at, 'always'], path);
    if (state.onDone !== undefined) targetsIn(state.onDone, [...at, 'onDone'], path);
    if (isObject(state.states)) for (const [key, child] of Object.entries(state.states)) if (isObject(child)) walk(child, [...path, key]);
  };
  const machine = definition.machine;
  if (isObject(machine)) walk(machine, []);
  return refs;
}

/** The engine's index of a draft's states, or undefined when the draft is too broken to walk. */
export function indexOf(definition: JsonObject): StructureIndex | undefined {
  try {
    return isObject(definition.machine) ? buildIndex(definition.machine as unknown as MachineConfig) : undefined;
  } catch {
    return undefined;
  }
}

const split = (path: string | undefined): StatePath | undefined => (path === undefined ? undefined : path === '' ? [] : path.split('.'));

/** The state a reference names, as the engine resolves it (an `initial` names a child). */
export function resolveRef(index: StructureIndex, ref: Pick<StateRef, 'from' | 'kind' | 'text'>): StatePath | undefined {
  if (ref.kind === 'initial') {
    const path = [...ref.from, ref.text];
    return index.states.has(path.join('.')) ? path : undefined;
  }
  return split(resolveTarget(index.states, index.ids, ref.from.join('.'), ref.text));
}

const within = (path: StatePath, ancestor: StatePath) => ancestor.length <= path.length && ancestor.every((k, i) => path[i] === k);

/**
 * A text that names `target` from the state `from`, in the style of `previous` where it can: a sibling path,
 * a `.child` path, or an id (the nearest explicit `id` on the way, else the default `#machineId.path`).
 */
export function writeTarget(definition: JsonObject, index: StructureIndex, from: StatePath, target: StatePath, previous: string): string {
  const parent = from.slice(0, -1);
  const sibling = within(target, parent) && target.length > parent.length ? target.slice(parent.length).join('.') : undefined;
  const child = within(target, from) && target.length > from.length ? `.${target.slice(from.length).join('.')}` : undefined;
  const byId = () => {
    for (let n = target.length; n > 0; n--) {
      const id = getIn(definition, [...stateKeys(target.slice(0, n)), 'id']);
      if (typeof id === 'string' && index.ids.get(id) === target.slice(0, n).join('.')) {
        return `#${[id, ...target.slice(n)].join('.')}`;
      }
    }
    return `#${[index.machineId, ...target].join('.')}`;
  };
  // `#id…` naming a step's own id stays that way; `#machineId.path` was only the way to reach a step far away,
  // so once a shorter name reaches it that one is used (nesting and lifting out again gives the same text).
  if (previous.startsWith('#') && !previous.startsWith(`#${index.machineId}.`)) return byId();
  if (previous.startsWith('.')) return child ?? sibling ?? byId();
  return sibling ?? child ?? byId();
}
