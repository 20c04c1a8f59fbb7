/** Placeholder of TypesAdminPage while it is being built in this session. */
export default function TypesAdminPage() {
  return <p>TypesAdminPage</p>;
}
