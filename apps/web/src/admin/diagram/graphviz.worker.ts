import { toSvg } from '@koers/diagram/browser';

/*
 * Lays out DOT off the main thread: Graphviz (WASM) takes tens of milliseconds for a large type, and the admin
 * keeps typing while it works. One DOT text in, one answer out, in order.
 */

// The app's program has the DOM library, not the worker one (they clash): name the two members used.
const scope = self as unknown as { onmessage: (event: MessageEvent<string>) => void; postMessage: (message: unknown) => void };
scope.onmessage = async (event: MessageEvent<string>) => {
  try {
    scope.postMessage({ svg: await toSvg(event.data) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
