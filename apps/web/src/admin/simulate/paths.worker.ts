import { lintBundle } from '../model/lint';
import { pathsOf } from '../model/simulate-paths';
import type { Bundle } from '../model/bundle';

/*
 * Walks every path of a draft off the main thread: for a large type the walk takes a second or more, and the
 * admin can keep simulating meanwhile. A bundle in (plain JSON), the engine's paths out (plain JSON).
 */

// The app's program has the DOM library, not the worker one (they clash): name the two members used.
const scope = self as unknown as { onmessage: (event: MessageEvent<Bundle>) => void; postMessage: (message: unknown) => void };
scope.onmessage = (event: MessageEvent<Bundle>) => {
  try {
    const { compiled, problems } = lintBundle(event.data);
    if (!compiled) scope.postMessage({ error: problems[0]?.message.nl ?? 'lint' });
    else scope.postMessage({ paths: pathsOf(compiled) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
