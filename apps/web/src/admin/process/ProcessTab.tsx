import type { EditorProps } from '../model/bundle';

/** Placeholder of the ProcessTab while it is being built in this session. */
export default function ProcessTab(_props: EditorProps) {
  return <p>ProcessTab</p>;
}
