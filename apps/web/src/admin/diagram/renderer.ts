/**
 * Turns DOT into SVG in a worker, coalescing: while one layout runs, only the newest request waits; older
 * waiting ones are dropped (the admin only ever wants to see the latest draft). `onResult` gets each finished
 * layout, in order.
 */
export interface DiagramRenderer {
  render(dot: string): void;
  dispose(): void;
}

export type RenderResult = { svg: string } | { error: string };

/** Starts a worker-backed renderer; the worker (and with it Graphviz) loads on the first call to `render`. */
export function createRenderer(onResult: (result: RenderResult) => void): DiagramRenderer {
  let worker: Worker | undefined;
  let busy = false;
  let waiting: string | undefined;
  let disposed = false;

  const send = (dot: string) => {
    busy = true;
    worker!.postMessage(dot);
  };
  const start = () => {
    const next = new Worker(new URL('./graphviz.worker.ts', import.meta.url), { type: 'module' });
    next.onmessage = (event: MessageEvent<RenderResult>) => {
      busy = false;
      if (disposed) return;
      // Answers come in the order asked, so each is newer than the one on screen: show it, then lay out the
      // newest waiting draft (the ones typed in between were never sent).
      onResult(event.data);
      if (waiting !== undefined) {
        const dot = waiting;
        waiting = undefined;
        send(dot);
      }
    };
    next.onerror = (event) => {
      busy = false;
      if (!disposed) onResult({ error: event.message || 'worker' });
    };
    return next;
  };

  return {
    render(dot) {
      if (disposed) return;
      worker ??= start();
      if (busy) waiting = dot;
      else send(dot);
    },
    dispose() {
      disposed = true;
      worker?.terminate();
    },
  };
}
