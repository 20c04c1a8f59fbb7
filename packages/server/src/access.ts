import { type RoleLevel, type RolePolicy, type TrajectoryDefinition, type TrajectorySubject, heldAtOf } from '@koers/engine';
import type { GroupPlace } from '@koers/store';
import type { Viewer, ViewerMembership } from './context';
import { Forbidden, Unauthenticated } from './errors';

/** Where a trajectory or school sits: the school and the bestuur above it. */
export interface SchoolRef {
  id: string;
  parentId: string | null;
}

/** Where a trajectory sits: its subject's organisation (a school, a bestuur for a bestuur type, a group for a group type). */
export interface Place extends SchoolRef {
  subject?: TrajectorySubject;
  /** For a group trajectory: its group's member schools (their besturen) and leads. */
  group?: GroupPlace;
}

/** What of a type decides where its roles count. */
export type RoleScope = Pick<TrajectoryDefinition, 'roles' | 'subject'>;

/**
 * At which level a membership reaches a place (and, if given, one trajectory there): narrowed to that trajectory,
 * at the place itself (a school, or the bestuur of a bestuur trajectory), or at the bestuur above a school; null when
 * it does not reach it.
 */
function levelAt(m: ViewerMembership, place: Place, trajectoryId?: string): RoleLevel | null {
  if (place.subject === 'group') return groupLevelAt(m, place.group, trajectoryId);
  const here = m.organisationId === place.id;
  const above = place.parentId !== null && m.organisationId === place.parentId;
  if (!here && !above) return null;
  if (m.trajectoryId !== null) return m.trajectoryId === trajectoryId ? 'trajectory' : null;
  return above || place.subject === 'bestuur' ? 'bestuur' : 'school';
}

/**
 * At which level a membership reaches a group trajectory: narrowed to it, at one of the group's member schools
 * (`school`), or at the bestuur of one (`bestuur`); being a lead of the group is no membership (see `rolesAt`).
 */
function groupLevelAt(m: ViewerMembership, group: GroupPlace | undefined, trajectoryId?: string): RoleLevel | null {
  if (m.trajectoryId !== null) return m.trajectoryId === trajectoryId ? 'trajectory' : null;
  if (group?.memberIds.includes(m.organisationId)) return 'school';
  if (group?.parentIds.includes(m.organisationId)) return 'bestuur';
  return null;
}

/**
 * The roles of a type a viewer holds at a place (and, if given, one trajectory there): each membership that reaches
 * it at a level the type lets the role be held at (`heldAtOf`). A role held at the bestuur counts in a school's
 * trajectory only when the type declares it with `bestuur` in `heldAt`; a role the type does not declare counts at the school
 * and for one trajectory (the default), never through the bestuur.
 * Admins hold no trajectory roles by being admin: they see everything but act only through memberships.
 */
export function rolesAt(viewer: Viewer, place: Place, trajectoryId: string | undefined, type: RoleScope): string[] {
  const roles = new Set<string>();
  for (const m of viewer.memberships) {
    const level = levelAt(m, place, trajectoryId);
    if (level !== null && levelsOf(type, m.role).includes(level)) roles.add(m.role);
  }
  // The leads of a group hold, in its trajectories, the roles the type lets be held at the group.
  if (place.subject === 'group' && place.group?.leadIds.includes(viewer.userId)) {
    for (const role of Object.keys(type.roles)) if (heldAtOf(type, role).includes('group')) roles.add(role);
  }
  return [...roles].sort();
}

/** Where a role the type does not declare (it acts in none of its steps) counts: at the school and for one trajectory. */
const UNDECLARED: readonly RoleLevel[] = ['school', 'trajectory'];

/** Where a role counts in a type's trajectories: where the type lets it be held; an undeclared role never through a bestuur. */
function levelsOf(type: RoleScope, role: string): readonly RoleLevel[] {
  return Object.hasOwn(type.roles, role) ? heldAtOf(type, role) : UNDECLARED;
}

/** Whether a membership at a bestuur opens its schools: its role is one some type lets be held at the bestuur. */
const heldAtBestuur = (m: ViewerMembership, policy: RolePolicy) => policy.held.get(m.role)?.has('bestuur') === true;

/**
 * Whether the viewer may see a school as a whole: all its trajectories, its audit log, starting one there. Admins,
 * memberships at the school, and memberships at its bestuur with a role some type lets be held at the bestuur; a
 * membership narrowed to one trajectory opens that trajectory only (see `canSeeTrajectory`), never the school.
 */
export function canSeeSchool(viewer: Viewer, school: SchoolRef, policy: RolePolicy): boolean {
  if (viewer.isAdmin) return true;
  return viewer.memberships.some((m) => m.trajectoryId === null && (m.organisationId === school.id
    || (school.parentId !== null && m.organisationId === school.parentId && heldAtBestuur(m, policy))));
}

/** Whether the viewer may see a bestuur's own page (its bestuur trajectories, starting one): admins and its bestuur-held roles. */
export function canSeeBestuur(viewer: Viewer, bestuurId: string, policy: RolePolicy): boolean {
  return viewer.isAdmin || viewer.memberships.some((m) => m.trajectoryId === null && m.organisationId === bestuurId && heldAtBestuur(m, policy));
}

/**
 * Whether the viewer may see one trajectory: admins; everyone with a membership at its school (a school
 * trajectory) or narrowed to it; and whoever holds a role of its type there (`rolesAt`), which is how a bestuur
 * membership reaches it, only for the roles the type lets be held at the bestuur.
 */
export function canSeeTrajectory(viewer: Viewer, trajectory: { id: string; school: Place; subject?: TrajectorySubject; group?: GroupPlace }, type: RoleScope): boolean {
  if (viewer.isAdmin) return true;
  const place = placeOf(trajectory);
  if (place.subject === 'group') return seesGroupTrajectory(viewer, place.group, trajectory.id) || rolesAt(viewer, place, trajectory.id, type).length > 0;
  if (viewer.memberships.some((m) => m.trajectoryId === trajectory.id && (m.organisationId === place.id || m.organisationId === place.parentId))) return true;
  if (place.subject !== 'bestuur' && viewer.memberships.some((m) => m.trajectoryId === null && m.organisationId === place.id)) return true;
  return rolesAt(viewer, place, trajectory.id, type).length > 0;
}

/**
 * Who sees a group trajectory besides the holders of its roles: its group's leads, everyone with a membership at one
 * of its member schools (as everyone at a school sees the school's trajectories), and a membership narrowed to it.
 */
function seesGroupTrajectory(viewer: Viewer, group: GroupPlace | undefined, trajectoryId: string): boolean {
  if (!group) return false;
  if (group.leadIds.includes(viewer.userId)) return true;
  return viewer.memberships.some((m) => m.trajectoryId === trajectoryId || (m.trajectoryId === null && group.memberIds.includes(m.organisationId)));
}

/** A trajectory's place: its school (or bestuur, or group) with its subject. */
export function placeOf(trajectory: { school: SchoolRef; subject?: TrajectorySubject; group?: GroupPlace }): Place {
  return {
    id: trajectory.school.id, parentId: trajectory.school.parentId, subject: trajectory.subject ?? 'school',
    ...(trajectory.group ? { group: trajectory.group } : {}),
  };
}

/** The viewer, or a 401 for an anonymous request. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) {
    throw new Unauthenticated({ nl: 'Log eerst in.', en: 'Please sign in first.' });
  }
  return viewer;
}

/** The viewer if they are an admin (programme staff), else 403. */
export function requireAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!v.isAdmin) throw new Forbidden({ nl: 'Alleen beheerders mogen dit.', en: 'Only administrators may do this.' });
  return v;
}
