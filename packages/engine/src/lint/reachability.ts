import type { StructureIndex } from '../format/structure';

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
    for (const t of index.transitions) {
      if (t.source !== path) continue;
      for (const target of t.resolved) if (target !== undefined) enter(target);
    }
  }
  return reached;
}

function join(parent: string, child: string): string {
  return parent === '' ? child : `${parent}.${child}`;
}
