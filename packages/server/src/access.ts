import type { Viewer } from './context';
import { Forbidden, Unauthenticated } from './errors';

/** Where a trajectory or school sits: the school and the bestuur above it. */
export interface SchoolRef {
  id: string;
  parentId: string | null;
}

/**
 * The roles a viewer holds for a school (and, if given, one trajectory there): memberships at the school,
 * at its bestuur (bestuur-wide roles such as bestuurder), and those narrowed to this trajectory.
 * Admins hold no trajectory roles by being admin: they see everything but act only through memberships.
 */
export function rolesAt(viewer: Viewer, school: SchoolRef, trajectoryId?: string): string[] {
  const roles = new Set<string>();
  for (const m of viewer.memberships) {
    const here = m.organisationId === school.id || (school.parentId !== null && m.organisationId === school.parentId);
    if (!here) continue;
    if (m.trajectoryId !== null && m.trajectoryId !== trajectoryId) continue;
    roles.add(m.role);
  }
  return [...roles].sort();
}

/**
 * Whether the viewer may see a school as a whole: all its trajectories, its audit log, starting one
 * there. Admins, and memberships at the school or its bestuur; a membership narrowed to one trajectory
 * opens that trajectory only (see `canSeeTrajectory`), never the rest of the school.
 */
export function canSeeSchool(viewer: Viewer, school: SchoolRef): boolean {
  if (viewer.isAdmin) return true;
  return viewer.memberships.some((m) => m.trajectoryId === null && (m.organisationId === school.id || (school.parentId !== null && m.organisationId === school.parentId)));
}

/** Whether the viewer may see one trajectory: its whole school, or through a membership narrowed to it. */
export function canSeeTrajectory(viewer: Viewer, trajectory: { id: string; school: SchoolRef }): boolean {
  return canSeeSchool(viewer, trajectory.school) || viewer.memberships.some((m) => m.trajectoryId === trajectory.id);
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
