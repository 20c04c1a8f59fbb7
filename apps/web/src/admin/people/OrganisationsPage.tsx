/** Placeholder of OrganisationsPage while it is being built in this session. */
export default function OrganisationsPage() {
  return <p>OrganisationsPage</p>;
}
