import type { EditorProps, StatePath } from '../model/bundle';

/** Placeholder: the transitions of one step (its `on`, `always` and `onDone`) while it is being built in this session. */
export function TransitionsEditor(_props: EditorProps & { path: StatePath }) {
  return null;
}
