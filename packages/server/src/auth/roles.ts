import type { RolePolicy } from '@koers/engine';
import type { Organisation } from '@koers/store';
import type { Viewer } from '../context';

// Which roles invite and which only administrators grant is what the published types declare (`rolePolicy`).

/** Whether a viewer leads `organisationId` as a whole: an inviting role there (schoolleider, directie), not for one trajectory only. */
function leads(viewer: Viewer, organisationId: string, policy: RolePolicy): boolean {
  return viewer.memberships.some((m) => m.organisationId === organisationId && m.trajectoryId === null && policy.inviting.has(m.role));
}

/** Whether a viewer may invite anyone to `organisation` at all: admins anywhere, a school's leadership at that school. */
export function mayInviteTo(viewer: Viewer, organisation: Pick<Organisation, 'id' | 'kind'>, policy: RolePolicy): boolean {
  return viewer.isAdmin || (organisation.kind === 'school' && leads(viewer, organisation.id, policy));
}

/**
 * Whether a viewer may invite someone to `organisation` with `role`: admins anywhere, with any role;
 * an inviting role at that very school, for roles a type lets the school grant (`grantedBy` school, held at the
 * school) and no type reserves for administrators.
 */
export function mayInvite(viewer: Viewer, organisation: Pick<Organisation, 'id' | 'kind'>, role: string, policy: RolePolicy): boolean {
  return mayInviteTo(viewer, organisation, policy) && (viewer.isAdmin || (policy.schoolGranted.has(role) && !policy.adminGranted.has(role)));
}

/** Whether a viewer may invite anyone anywhere (the "Uitnodigen" link): admins, and the leadership of a whole school. */
export function mayInviteSomewhere(viewer: Viewer, policy: RolePolicy): boolean {
  return viewer.isAdmin || viewer.memberships.some((m) => m.trajectoryId === null && policy.inviting.has(m.role));
}

/** Roles held for a bestuur as a whole (its leadership): never offered at a school. */
export const BESTUUR_ROLES: ReadonlySet<string> = new Set(['bestuurder']);

/** Whether a role is one to hold at an organisation of this kind: where some type lets it be held (`heldAt`), never the bestuur's own at a school. */
function belongsAt(kind: Organisation['kind'], role: string, policy: RolePolicy): boolean {
  const held = policy.held.get(role);
  return kind === 'bestuur' ? held?.has('bestuur') === true : held?.has('school') === true && !BESTUUR_ROLES.has(role);
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
 * @example invitationOptions(schoolleider, organisations, ['ib', 'procesbegeleider'], policy) // [{ name: 'De Esch', roles: ['ib'], ... }]
 */
export function invitationOptions(viewer: Viewer, organisations: readonly Organisation[], roles: readonly string[], policy: RolePolicy): InvitationOption[] {
  const known = [...new Set(roles)];
  return organisations
    .filter((o) => mayInviteTo(viewer, o, policy))
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'nl') : a.kind === 'bestuur' ? -1 : 1))
    .map((o) => ({ organisationId: o.id, name: o.name, kind: o.kind, roles: known.filter((r) => belongsAt(o.kind, r, policy) && mayInvite(viewer, o, r, policy)) }));
}
