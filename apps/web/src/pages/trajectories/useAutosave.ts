import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonObject } from '@koers/engine';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

/**
 * Saves `data` with `save` once it has not changed for `delay` ms. `cancel` drops a pending save (before a
 * submit, which removes the draft on the server); `skipNext` leaves the next change unsaved (data that came
 * from the server); `saveNow` saves the current data at once. `unsaved` holds while a change is not stored yet
 * (waiting, saving, or its save failed); `flush` stores it now and says whether that worked (leaving the page).
 */
export function useAutosave(data: JsonObject, save: (data: JsonObject) => Promise<unknown>, enabled: boolean, delay = 1000) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [unsaved, setUnsaved] = useState(false);
  // The data the last effect run saw: React's strict mode runs each effect twice on mount, so "the first run"
  // is not a safe sign of the opening data; the same data seen again is not a change.
  const seen = useRef(data);
  const skip = useRef(false);
  const interrupted = useRef(false);
  const latest = useRef(data);
  latest.current = data;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const inflight = useRef<{ data: JsonObject; done: Promise<boolean> } | undefined>(undefined);

  const store = useCallback((d: JsonObject): Promise<boolean> => {
    setState({ kind: 'saving' });
    const done = saveRef.current(d).then(() => {
      setState({ kind: 'saved' });
      // Stored, unless it changed again while saving (that change has its own save coming).
      if (latest.current === d) setUnsaved(false);
      return true;
    }, (error: unknown) => {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
    }).finally(() => {
      if (inflight.current?.done === done) inflight.current = undefined;
    });
    inflight.current = { data: d, done };
    return done;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    // The data the page opened with is already stored; only changes need saving (and a wait cut short by a
    // re-run of this effect, e.g. after it was paused, goes on).
    const changed = seen.current !== data;
    seen.current = data;
    if (changed && skip.current) {
      skip.current = false;
      interrupted.current = false;
      return;
    }
    if (!changed && !interrupted.current) return;
    interrupted.current = false;
    setUnsaved(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void store(data);
    }, delay);
    return () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      interrupted.current = true;
    };
  }, [data, enabled, delay, store]);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const skipNext = useCallback(() => {
    skip.current = true;
    setUnsaved(false);
  }, []);
  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    return store(latest.current);
  }, [store]);
  /** Stores the latest data now, after a save already under way for it (two at once would clash with each other). */
  const flush = useCallback(async (): Promise<boolean> => {
    const running = inflight.current;
    if (running) {
      const ok = await running.done;
      if (running.data === latest.current && !timer.current) return ok;
    }
    return saveNow();
  }, [saveNow]);
  return { state, unsaved, cancel, skipNext, saveNow, flush };
}
