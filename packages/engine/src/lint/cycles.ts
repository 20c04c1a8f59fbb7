import { type StructureIndex, type TransitionInfo, isWithin } from '../format/structure';

type Report = (pointer: string, code: string, nl: string, en: string) => void;

interface Edge {
  to: string;
  /** The eventless transition taken; undefined when the edge is entering an initial child or a region. */
  via?: TransitionInfo;
}

/**
 * Refuses cycles of eventless (`always`) transitions. XState takes them without waiting for anything, so
 * such a cycle would spin forever inside one `send()`; a guard cannot be proven to break it, so the loop
 * must pass through a step that waits for an event. Checked on resolved targets, so run it on a
 * definition whose targets all exist.
 */
export function checkEventlessCycles(index: StructureIndex, report: Report): void {
  const always = index.transitions.filter((t) => t.kind === 'always');
  if (always.length === 0) return;
  const edges = (path: string): Edge[] => {
    const info = index.states.get(path);
    if (!info) return [];
    const out: Edge[] = [];
    // Entering a state enters its initial child, or every region of a parallel state.
    if (info.kind === 'compound' && info.config.initial) out.push({ to: join(path, info.config.initial) });
    if (info.kind === 'parallel') for (const child of info.children) out.push({ to: join(path, child) });
    // While a state is active, the eventless transitions of its ancestors apply too.
    for (const t of always) {
      if (!isWithin(path, t.source)) continue;
      for (const to of t.resolved) {
        if (to === undefined) continue;
        // XState stops when a step changes nothing: going to a state that is already active, without
        // actions or re-entering, is such a step. With actions it changes the context and goes round again.
        const active = isWithin(path, to);
        if (active && t.config.actions === undefined && !t.config.reenter) continue;
        out.push({ to, via: t });
      }
    }
    return out;
  };

  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  for (const start of index.states.keys()) {
    if (state.has(start)) continue;
    // Iterative depth-first search; `stack` holds the path from `start` with the edge that led to each node.
    const stack: Array<{ path: string; edges: Edge[]; next: number; via?: TransitionInfo }> = [];
    const open = (path: string, via?: TransitionInfo) => {
      state.set(path, 'open');
      stack.push({ path, edges: edges(path), next: 0, via });
    };
    open(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edge = top.edges[top.next++];
      if (!edge) {
        state.set(top.path, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(edge.to);
      if (seen === undefined) open(edge.to, edge.via);
      else if (seen === 'open') {
        const from = stack.findIndex((frame) => frame.path === edge.to);
        const cycle = [...stack.slice(from).map((frame) => frame.path), edge.to];
        const closing = edge.via ?? [...stack.slice(from + 1)].reverse().find((frame) => frame.via)?.via;
        if (closing && !reported.has(closing.pointer)) {
          reported.add(closing.pointer);
          const shown = cycle.map((p) => `"${p}"`).join(' → ');
          report(closing.pointer, 'eventless-cycle',
            `automatische overgangen vormen een kring zonder gebeurtenis (${shown}): het traject zou eindeloos rondgaan`,
            `eventless transitions form a cycle with no event (${shown}): the trajectory would loop forever`);
        }
      }
    }
  }
}

function join(parent: string, child: string): string {
  return parent === '' ? child : `${parent}.${child}`;
}
