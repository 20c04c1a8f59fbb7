import type { MachineConfig, Ref, StateConfig, TransitionConfig, TransitionSpec } from './types';
import { escapePointer } from '../load/json';

/** One state of a definition, with where it sits. `path` is dot-joined from the root (`uitvoering.voortgang`). */
export interface StateInfo {
  path: string;
  key: string;
  parent: string | undefined;
  /** JSON pointer of this state inside the definition file. */
  pointer: string;
  config: StateConfig;
  kind: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  children: string[];
  depth: number;
}

/** A transition, flattened: where it starts, why (event, `always`, `onDone`), and where it goes. */
export interface TransitionInfo {
  source: string;
  /** The event type, `always` for eventless transitions, `done` for onDone. */
  event: string;
  kind: 'event' | 'always' | 'done';
  config: TransitionConfig;
  /** Targets as written. */
  targets: string[];
  /** Resolved state paths; `undefined` where a target does not resolve. */
  resolved: Array<string | undefined>;
  pointer: string;
}

export interface StructureIndex {
  machineId: string;
  states: Map<string, StateInfo>;
  /** Explicit and default (`machineId.path`) ids to paths. */
  ids: Map<string, string>;
  transitions: TransitionInfo[];
}

/** Normalises a reference list (`"a"`, `{type}`, or arrays of those) to an array. */
/** Whether the state at `path` lies inside `ancestor` or is it; everything lies inside the root (`''`). */
export function isWithin(path: string, ancestor: string): boolean {
  return ancestor === '' || path === ancestor || path.startsWith(`${ancestor}.`);
}

/**
 * Whether a step is a decision point: a leaf step with only automatic transitions (`always`) and no events, which
 * a trajectory passes in the moment it enters it. Nobody waits there; it is only "current" when stuck.
 */
export function isDecisionPoint(info: Pick<StateInfo, 'kind' | 'config'>): boolean {
  return info.kind === 'atomic' && info.config.always !== undefined && Object.keys(info.config.on ?? {}).length === 0;
}

export function refList(refs: Ref | Ref[] | undefined): Ref[] {
  if (refs === undefined) return [];
  return Array.isArray(refs) ? refs : [refs];
}

export function refType(ref: Ref): string {
  return typeof ref === 'string' ? ref : ref.type;
}

/** Normalises a transition spec to a list of transition objects. */
export function transitionList(spec: TransitionSpec | undefined): TransitionConfig[] {
  if (spec === undefined) return [];
  const items = Array.isArray(spec) ? spec : [spec];
  return items.map((item) => (typeof item === 'string' ? { target: item } : item));
}

function kindOf(config: StateConfig): StateInfo['kind'] {
  if (config.type) return config.type;
  return config.states && Object.keys(config.states).length > 0 ? 'compound' : 'atomic';
}

/**
 * Builds the index of states and transitions of a machine, resolving targets the way XState does:
 * `#id` (explicit or default `machineId.path` ids), `.child`, or a sibling name (`a.b` for deeper).
 */
export function buildIndex(machine: MachineConfig, basePointer = '/machine'): StructureIndex {
  const states = new Map<string, StateInfo>();
  const ids = new Map<string, string>();
  const walk = (config: StateConfig, key: string, path: string, parent: string | undefined, pointer: string, depth: number) => {
    const children = Object.keys(config.states ?? {});
    states.set(path, { path, key, parent, pointer, config, kind: kindOf(config), children, depth });
    ids.set(path === '' ? machine.id : `${machine.id}.${path}`, path);
    if (config.id && path !== '') ids.set(config.id, path);
    for (const child of children) {
      const childPath = path === '' ? child : `${path}.${child}`;
      walk(config.states![child]!, child, childPath, path, `${pointer}/states/${escapePointer(child)}`, depth + 1);
    }
  };
  walk(machine, machine.id, '', undefined, basePointer, 0);

  const transitions: TransitionInfo[] = [];
  for (const info of states.values()) {
    const add = (event: string, kind: TransitionInfo['kind'], spec: TransitionSpec | undefined, pointer: string) => {
      transitionList(spec).forEach((config, i) => {
        const targets = config.target === undefined ? [] : Array.isArray(config.target) ? config.target : [config.target];
        transitions.push({
          source: info.path,
          event,
          kind,
          config,
          targets,
          resolved: targets.map((t) => resolveTarget(states, ids, info.path, t)),
          pointer: Array.isArray(spec) ? `${pointer}/${i}` : pointer,
        });
      });
    };
    for (const [event, spec] of Object.entries(info.config.on ?? {})) {
      add(event, 'event', spec, `${info.pointer}/on/${escapePointer(event)}`);
    }
    add('always', 'always', info.config.always, `${info.pointer}/always`);
    add('done', 'done', info.config.onDone, `${info.pointer}/onDone`);
  }
  return { machineId: machine.id, states, ids, transitions };
}

/** Resolves a target as written in the state at `source`: `#id`, `.child` or a sibling path. */
export function resolveTarget(states: Map<string, StateInfo>, ids: Map<string, string>, source: string, target: string): string | undefined {
  if (target.startsWith('#')) {
    const body = target.slice(1);
    if (ids.has(body)) return ids.get(body);
    // `#id.child.path`: an id followed by a relative path.
    const parts = body.split('.');
    for (let n = parts.length - 1; n > 0; n--) {
      const base = ids.get(parts.slice(0, n).join('.'));
      if (base !== undefined) return descend(states, base, parts.slice(n));
    }
    return undefined;
  }
  if (target.startsWith('.')) return descend(states, source, target.slice(1).split('.'));
  const parent = states.get(source)?.parent;
  return descend(states, parent ?? '', target.split('.'));
}

function descend(states: Map<string, StateInfo>, from: string, keys: string[]): string | undefined {
  let path = from;
  for (const key of keys) {
    path = path === '' ? key : `${path}.${key}`;
    if (!states.has(path)) return undefined;
  }
  return path;
}

/** The active leaf paths of an XState state value (`{ uitvoering: { a: 'x', b: 'y' } }`). */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix === '' ? value : `${prefix}.${value}`];
  if (value === null || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const leaves = leafPaths(child, path);
    out.push(...(leaves.length > 0 ? leaves : [path]));
  }
  return out;
}

/** A path and all its ancestors, deepest first (excluding the root ''). */
export function ancestry(path: string): string[] {
  const parts = path.split('.');
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join('.'));
  return out;
}
