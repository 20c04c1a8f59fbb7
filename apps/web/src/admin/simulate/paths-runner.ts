import type { TrajectoryPath } from '@koers/engine';
import type { Bundle } from '../model/bundle';

/** The paths of one bundle, or why they could not be walked. */
export type PathsOutcome = { bundle: Bundle; paths: TrajectoryPath[] } | { bundle: Bundle; error: string };

/** The last outcome, kept while the tab is not shown (it belongs to the bundle it was walked for). */
let last: PathsOutcome | undefined;

/** The last walked paths, if any. */
export const lastPaths = (): PathsOutcome | undefined => last;

/**
 * Walks the paths of a bundle in a worker of its own; `cancel` stops it (a newer walk or leaving the tab).
 * The answer is remembered for `lastPaths`.
 */
export function walkPaths(bundle: Bundle, done: (outcome: PathsOutcome) => void): { cancel: () => void } {
  const worker = new Worker(new URL('./paths.worker.ts', import.meta.url), { type: 'module' });
  const finish = (outcome: PathsOutcome) => {
    worker.terminate();
    last = outcome;
    done(outcome);
  };
  worker.onmessage = (event: MessageEvent<{ paths: TrajectoryPath[] } | { error: string }>) => finish({ bundle, ...event.data });
  worker.onerror = (event) => finish({ bundle, error: event.message || 'worker' });
  worker.postMessage(bundle);
  return { cancel: () => worker.terminate() };
}
