import type { StructureIndex, TransitionInfo } from '../format/structure';

const bySource = new WeakMap<StructureIndex, Map<string, TransitionInfo[]>>();

/** The transitions written on one state, looked up in a map built once per index (large machines stay fast). */
export function transitionsFrom(index: StructureIndex, source: string): TransitionInfo[] {
  let map = bySource.get(index);
  if (!map) {
    map = new Map();
    for (const t of index.transitions) {
      const list = map.get(t.source);
      if (list) list.push(t);
      else map.set(t.source, [t]);
    }
    bySource.set(index, map);
  }
  return map.get(source) ?? [];
}

/**
 * The states that can ever be active: start at the root, enter initial children of compound states and
 * every region of parallel ones, follow transitions from every reachable state (including ancestors'
 * transitions, which apply to their descendants), and enter a target's ancestors with it.
 */
export function reachableStates(index: StructureIndex): Set<string> {
  const reached = new Set<string>();
  const queue: string[] = [];
  const enter = (path: string): void => {
    // Entering a state enters its ancestors too.
    const parts = path === '' ? [] : path.split('.');
    for (let n = 0; n <= parts.length; n++) {
      const p = parts.slice(0, n).join('.');
      if (!reached.has(p)) {
        reached.add(p);
        queue.push(p);
      }
    }
  };
  enter('');
  while (queue.length > 0) {
    const path = queue.shift()!;
    const info = index.states.get(path);
    if (!info) continue;
    if (info.kind === 'compound' && info.config.initial) enter(join(path, info.config.initial));
    if (info.kind === 'parallel') for (const child of info.children) enter(join(path, child));
    if (info.kind === 'history' && info.parent !== undefined) {
      // A history state returns to a previously active child: those are reached through other routes.
      const target = info.config.target;
      if (target) enter(join(info.parent, target));
    }
    for (const t of transitionsFrom(index, path)) {
      for (const target of t.resolved) if (target !== undefined) enter(target);
    }
  }
  return reached;
}

function join(parent: string, child: string): string {
  return parent === '' ? child : `${parent}.${child}`;
}
