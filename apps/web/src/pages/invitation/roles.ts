import type { Membership, SessionUser } from '../../session/session';
import type { OrganisationRow } from './api';

/**
 * The server's rules for invitations (packages/server/src/auth/roles.ts), mirrored here because the web app
 * imports the server only as types. The server stays the judge: anything it refuses shows next to its field.
 */
export const ADMIN_GRANTED_ROLES: readonly string[] = ['procesbegeleider', 'casemanager', 'projectteam', 'bestuurder'];
export const INVITING_ROLES: readonly string[] = ['schoolleider', 'directie'];

interface Me { user: SessionUser; memberships: Array<Membership & { trajectoryId?: string | null }> }

/** The schools where this person leads (schoolleider or directie for the whole school, not one trajectory). */
function leadingAt(me: Me): Set<string> {
  return new Set(me.memberships.filter((m) => (m.trajectoryId ?? null) === null && INVITING_ROLES.includes(m.role)).map((m) => m.organisationId));
}

/** Whether the header shows "Uitnodigen": administrators, and a school's schoolleider or directie. */
export function mayInviteAnyone(me: Me | null | undefined): boolean {
  return !!me && (me.user.isAdmin || leadingAt(me).size > 0);
}

/** The organisations this person may invite to: all for an administrator, else the schools they lead. */
export function invitableOrganisations(me: Me, all: readonly OrganisationRow[]): OrganisationRow[] {
  const lead = leadingAt(me);
  const list = me.user.isAdmin ? [...all] : all.filter((o) => o.kind === 'school' && lead.has(o.id));
  return list.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'nl') : a.kind === 'bestuur' ? -1 : 1));
}

/**
 * The roles to offer for one organisation, out of the roles the published trajectory types use: at a school the
 * school roles (and, for administrators, the programme roles, which are held per school too); at a bestuur the
 * programme and bestuur roles, which only administrators grant.
 */
export function rolesFor(me: Me, organisation: OrganisationRow, typeRoles: readonly string[]): string[] {
  const known = [...new Set(typeRoles)];
  if (organisation.kind === 'bestuur') return me.user.isAdmin ? known.filter((r) => ADMIN_GRANTED_ROLES.includes(r)) : [];
  if (me.user.isAdmin) return known.filter((r) => r !== 'bestuurder');
  return known.filter((r) => !ADMIN_GRANTED_ROLES.includes(r));
}
