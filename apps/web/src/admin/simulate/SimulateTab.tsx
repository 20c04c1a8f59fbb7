import type { EditorProps } from '../model/bundle';

/** Placeholder of the SimulateTab while it is being built in this session. */
export default function SimulateTab(_props: EditorProps) {
  return <p>SimulateTab</p>;
}
