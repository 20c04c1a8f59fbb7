import type { EditorProps } from '../model/bundle';

/** Placeholder of the FormsTab while it is being built in this session. */
export default function FormsTab(_props: EditorProps) {
  return <p>FormsTab</p>;
}
