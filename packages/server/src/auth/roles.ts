import type { Organisation } from '@koers/store';
import type { Viewer } from '../context';

/** Roles of programme and bestuur staff: only administrators grant them, never a school. */
export const ADMIN_GRANTED_ROLES: ReadonlySet<string> = new Set(['procesbegeleider', 'casemanager', 'projectteam', 'bestuurder']);

/** School roles that may invite colleagues to their own school. */
export const INVITING_ROLES: ReadonlySet<string> = new Set(['schoolleider', 'directie']);

/** Whether a viewer leads `organisationId` as a whole: schoolleider or directie there, not for one trajectory only. */
function leads(viewer: Viewer, organisationId: string): boolean {
  return viewer.memberships.some((m) => m.organisationId === organisationId && m.trajectoryId === null && INVITING_ROLES.has(m.role));
}

/** Whether a viewer may invite anyone to `organisation` at all: admins anywhere, a school's leadership at that school. */
export function mayInviteTo(viewer: Viewer, organisation: Pick<Organisation, 'id' | 'kind'>): boolean {
  return viewer.isAdmin || (organisation.kind === 'school' && leads(viewer, organisation.id));
}

/**
 * Whether a viewer may invite someone to `organisation` with `role`: admins anywhere, with any role;
 * a schoolleider or directie at that very school, for school roles.
 */
export function mayInvite(viewer: Viewer, organisation: Pick<Organisation, 'id' | 'kind'>, role: string): boolean {
  return mayInviteTo(viewer, organisation) && (viewer.isAdmin || !ADMIN_GRANTED_ROLES.has(role));
}

/** Whether a viewer may invite anyone anywhere (the "Uitnodigen" link): admins, and the leadership of a whole school. */
export function mayInviteSomewhere(viewer: Viewer): boolean {
  return viewer.isAdmin || viewer.memberships.some((m) => m.trajectoryId === null && INVITING_ROLES.has(m.role));
}

/** Roles held for a bestuur as a whole: never offered at a school. */
const BESTUUR_ROLES: ReadonlySet<string> = new Set(['bestuurder']);

/** Whether a role is one to hold at an organisation of this kind: at a bestuur programme and bestuur roles, at a school all but the bestuur's own. */
function belongsAt(kind: Organisation['kind'], role: string): boolean {
  return kind === 'bestuur' ? ADMIN_GRANTED_ROLES.has(role) : !BESTUUR_ROLES.has(role);
}

/** An organisation a viewer may invite to, with the roles to offer there. */
export interface InvitationOption {
  organisationId: string;
  name: string;
  kind: Organisation['kind'];
  roles: string[];
}

/**
 * What to offer a viewer when inviting: the organisations they may invite to (besturen first, then by Dutch name),
 * each with the roles, out of `roles` (those the published trajectory types declare, in their order), that
 * `mayInvite` allows there and that belong at that kind of organisation.
 * @example invitationOptions(schoolleider, organisations, ['ib', 'procesbegeleider']) // [{ name: 'De Esch', roles: ['ib'], ... }]
 */
export function invitationOptions(viewer: Viewer, organisations: readonly Organisation[], roles: readonly string[]): InvitationOption[] {
  const known = [...new Set(roles)];
  return organisations
    .filter((o) => mayInviteTo(viewer, o))
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'nl') : a.kind === 'bestuur' ? -1 : 1))
    .map((o) => ({ organisationId: o.id, name: o.name, kind: o.kind, roles: known.filter((r) => belongsAt(o.kind, r) && mayInvite(viewer, o, r)) }));
}
