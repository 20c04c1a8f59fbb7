/*
 * Undo and redo over the bundle's changes. Keystrokes that follow each other quickly (typing a title) make one
 * step, so undo takes back a word, not a letter; a change from elsewhere (the server's version) starts afresh.
 */

/** The bundles before and after the present one, newest nearest. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** When the present was last changed by an edit (ms), to merge quick edits into one step. */
  editedAt: number;
}

/** How long after an edit the next one still counts as the same step. */
export const MERGE_MS = 800;
/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

export const historyOf = <T>(present: T): History<T> => ({ past: [], present, future: [], editedAt: 0 });

/** After an edit at time `now`: the old present goes on the past (unless it merges with the previous edit). */
export function edit<T>(history: History<T>, next: T, now: number): History<T> {
  if (next === history.present) return history;
  const merge = now - history.editedAt < MERGE_MS && history.past.length > 0;
  const past = merge ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], editedAt: now };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], editedAt: 0 };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, editedAt: 0 };
}
