/** Placeholder of EditorPage while it is being built in this session. */
export default function EditorPage() {
  return <p>EditorPage</p>;
}
