import { useEffect, useRef, useState } from 'react';
import type { Problem } from '@koers/engine';
import type { Bundle } from '../model/bundle';
import { lintBundle } from '../model/lint';

export interface LintRequest { id: number; bundle: Bundle }
export interface LintAnswer { id: number; problems: Problem[]; ms: number }

/** The problems of the bundle as it is now, and whether they are still being found for its latest change. */
export interface LintState {
  problems: readonly Problem[];
  /** The lint of the latest bundle has not answered yet (the problems shown are of an earlier one). */
  pending: boolean;
  /** From a change to its lint result, in ms: how responsive the editor is (shown for the curious, measured in tests). */
  lastMs: number | undefined;
}

/**
 * Lints `bundle` live in a worker, so typing never waits for it: one lint at a time, and while one runs only the
 * newest bundle waits (those in between are skipped). Without workers (tests in Node) it lints in place.
 */
export function useLint(bundle: Bundle): LintState {
  // With a worker the first lint runs there too (the page opens without waiting for it; publishing waits).
  const [state, setState] = useState<LintState>(() => (typeof Worker === 'undefined'
    ? { problems: lintBundle(bundle).problems, pending: false, lastMs: undefined }
    : { problems: [], pending: true, lastMs: undefined }));
  const worker = useRef<Worker | undefined>(undefined);
  const queue = useRef<{ running?: { id: number; at: number }; waiting?: { bundle: Bundle; at: number } }>({});
  const nextId = useRef(0);
  // The bundle last sent to be linted: an effect run again for the same bundle (React may re-run effects of a
  // tree it hid and showed again) asks nothing.
  const linted = useRef(bundle);

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<LintAnswer>) => {
      const { running, waiting } = queue.current;
      if (running?.id !== event.data.id) return;
      const lastMs = performance.now() - running.at;
      queue.current = {};
      if (waiting) send(waiting.bundle, waiting.at);
      setState({ problems: event.data.problems, pending: waiting !== undefined, lastMs });
    };
    const send = (b: Bundle, at: number) => {
      const id = ++nextId.current;
      queue.current.running = { id, at };
      w.postMessage({ id, bundle: b } satisfies LintRequest);
    };
    sendRef.current = send;
    send(linted.current, performance.now());
    return () => {
      w.terminate();
      worker.current = undefined;
      queue.current = {};
    };
  }, []);
  const sendRef = useRef<(b: Bundle, at: number) => void>(() => {});

  useEffect(() => {
    if (linted.current === bundle) return;
    linted.current = bundle;
    const at = performance.now();
    if (!worker.current) {
      setState({ problems: lintBundle(bundle).problems, pending: false, lastMs: performance.now() - at });
      return;
    }
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    if (queue.current.running) queue.current.waiting = { bundle, at };
    else sendRef.current(bundle, at);
  }, [bundle]);
  return state;
}
