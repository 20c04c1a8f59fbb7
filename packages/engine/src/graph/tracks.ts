import { ancestry, leafPaths } from '../format/structure';
import type { CompiledDefinition } from '../run/compile';
import { declarationsIn } from '../run/declarations';
import type { TrajectorySnapshot } from '../run/snapshot';

/**
 * Keeps the moves of one track per active parallel step: the first track (in the definition's order) that can
 * move. Tracks of a parallel step run independently, so every ordering of their events reaches the same join;
 * walking them one after another checks each track's own routes and the join without listing the orderings
 * (n tracks of k events have (nk)!/(k!)^n). A track that cannot move (it waits or is finished) lets the next
 * one go, so a track that waits for another still gets its turn. Events declared on the parallel step itself,
 * outside it or in more than one of its tracks are always kept.
 */
export function oneTrackAtATime<M extends { type: string }>(def: CompiledDefinition, s: TrajectorySnapshot, moves: M[]): M[] {
  const leaves = leafPaths(s.value);
  const parallels = [...new Set(leaves.flatMap(ancestry))]
    .filter((path) => def.index.states.get(path)?.kind === 'parallel')
    .sort((a, b) => a.split('.').length - b.split('.').length);
  let kept = moves;
  for (const parallel of parallels) {
    const trackOf = (m: M): string | undefined => {
      const tracks = new Set(declarationsIn(def, leaves, m.type)
        .filter((d) => d.path.startsWith(`${parallel}.`))
        .map((d) => d.path.slice(parallel.length + 1).split('.')[0]!));
      return tracks.size === 1 ? [...tracks][0] : undefined;
    };
    const order = def.index.states.get(parallel)!.children;
    const chosen = order.find((track) => kept.some((m) => trackOf(m) === track));
    kept = kept.filter((m) => { const track = trackOf(m); return track === undefined || track === chosen; });
  }
  return kept;
}
