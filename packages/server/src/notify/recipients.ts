import type { Candidate } from '@koers/store';
import { type Place, type RoleScope, canSeeTrajectory, rolesAt } from '../access';
import type { Viewer } from '../context';

/**
 * Who is told: of the candidates (enabled users with one of the roles at the school or its bestuur), those
 * whose roles for this trajectory include one of `roles` and who may see it — the same rules as the API's
 * (access.ts), so no one is told about a school they cannot open.
 */
export function recipientsOf(candidates: readonly Candidate[], trajectory: { id: string; school: Place }, type: RoleScope, roles: readonly string[]): Candidate[] {
  return candidates.filter((c) => {
    const viewer: Viewer = { userId: c.id, email: c.email, name: c.name, isAdmin: false, memberships: c.memberships, via: 'session' };
    return rolesAt(viewer, trajectory.school, trajectory.id, type).some((r) => roles.includes(r)) && canSeeTrajectory(viewer, trajectory, type);
  });
}
