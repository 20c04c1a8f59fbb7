import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonObject } from '@koers/engine';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

/**
 * Saves `data` with `save` once it has not changed for `delay` ms. `cancel` drops a pending save (before a
 * submit, which removes the draft on the server); `skipNext` leaves the next change unsaved (data that came
 * from the server); `saveNow` saves the current data at once.
 */
export function useAutosave(data: JsonObject, save: (data: JsonObject) => Promise<unknown>, enabled: boolean, delay = 1000) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const first = useRef(true);
  const skip = useRef(false);
  const latest = useRef(data);
  latest.current = data;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    // The data the page opened with is already stored; only changes need saving.
    if (first.current || skip.current) {
      first.current = false;
      skip.current = false;
      return;
    }
    if (!enabled) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      setState({ kind: 'saving' });
      saveRef.current(data).then(() => setState({ kind: 'saved' }),
        (error: unknown) => setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
    }, delay);
    return () => clearTimeout(timer.current);
  }, [data, enabled, delay]);

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const skipNext = useCallback(() => {
    skip.current = true;
  }, []);
  const saveNow = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setState({ kind: 'saving' });
    saveRef.current(latest.current).then(() => setState({ kind: 'saved' }),
      (error: unknown) => setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  }, []);
  return { state, cancel, skipNext, saveNow };
}
