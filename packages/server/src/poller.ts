/** A worker that runs `tick` every `intervalMs`, never two ticks at once; `stop` waits for the running one. */
export interface Poller {
  start(): void;
  stop(): Promise<void>;
}

/**
 * Polls: runs `tick`, then waits `intervalMs`, again until stopped. A failing tick is reported and the next one
 * runs on time (a database that is briefly away must not end the worker).
 */
export function poller(tick: () => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void): Poller {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  const run = () => {
    running = tick().then(() => undefined, onError).finally(() => {
      running = undefined;
      if (!stopped) timer = setTimeout(run, intervalMs);
    });
  };
  return {
    start() {
      if (!stopped) return;
      stopped = false;
      run();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
