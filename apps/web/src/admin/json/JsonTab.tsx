import type { EditorProps } from '../model/bundle';

/** Placeholder of the JsonTab while it is being built in this session. */
export default function JsonTab(_props: EditorProps) {
  return <p>JsonTab</p>;
}
