import type { Organisation } from '@koers/store';
import type { Viewer } from '../context';

/** How a role name looks: the keys of a definition's `roles` (`ib`, `schoolleider`, `procesbegeleider`). */
export const ROLE_PATTERN = '^[a-z][a-z0-9-]{0,39}$';

/** Roles of programme and bestuur staff: only administrators grant them, never a school. */
export const ADMIN_GRANTED_ROLES: ReadonlySet<string> = new Set(['procesbegeleider', 'casemanager', 'projectteam', 'bestuurder']);

/** School roles that may invite colleagues to their own school. */
export const INVITING_ROLES: ReadonlySet<string> = new Set(['schoolleider', 'directie']);

/**
 * Whether a viewer may invite someone to `organisation` with `role`: admins anywhere, with any role;
 * a schoolleider or directie at that very school, for school roles.
 */
export function mayInvite(viewer: Viewer, organisation: Organisation, role: string): boolean {
  if (viewer.isAdmin) return true;
  if (organisation.kind !== 'school' || ADMIN_GRANTED_ROLES.has(role)) return false;
  return viewer.memberships.some((m) => m.organisationId === organisation.id && m.trajectoryId === null && INVITING_ROLES.has(m.role));
}
