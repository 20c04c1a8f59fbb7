import { SCHOOL_AUDIT_CURSOR, type SchoolAuditEntry } from '@koers/store';
import { canSeeBestuur, canSeeSchool } from '../access';
import { rolePolicy } from '../role-policy';
import type { Viewer } from '../context';
import { InvalidRequest, NotFound } from '../errors';
import { eventLabel, roleRef, stepRef } from '../trajectories/labels';
import type { TrajectoryDeps } from '../trajectories/service';
import { eventActor } from '../trajectories/actor';

/**
 * The audit of a school, newest first, a page at a time: every event of its trajectories (with the
 * event's label and the step titles of its type version) and every audit-log entry about the school
 * (memberships, invitations, notifications). Only for viewers who may see the school; 404 otherwise,
 * as if it did not exist. Form data is in each trajectory's own event log.
 */
export async function schoolAudit(deps: TrajectoryDeps, viewer: Viewer, schoolId: string, page: { before?: string; limit?: number }) {
  const school = await deps.store.organisations.get(schoolId);
  const policy = await rolePolicy(deps.registry);
  // A bestuur's page is its own trajectories (subject bestuur) and what happened at the bestuur.
  if (!school || !(school.kind === 'school' ? canSeeSchool(viewer, school, policy) : canSeeBestuur(viewer, school.id, policy))) {
    throw new NotFound({ nl: 'Deze school bestaat niet of u heeft er geen toegang toe.', en: 'This school does not exist or you have no access to it.' }, '/id');
  }
  if (page.before !== undefined && !SCHOOL_AUDIT_CURSOR.test(page.before)) {
    throw new InvalidRequest({ nl: 'before is geen cursor uit een eerdere pagina (nextCursor).', en: 'before is not a cursor from an earlier page (nextCursor).' }, '/before');
  }
  const { entries, nextCursor } = await deps.store.schoolAudit.list(school.id, page);
  const described = await Promise.all(entries.map((e) => describeEntry(deps, e)));
  return { school: { id: school.id, name: school.name }, entries: described, nextCursor };
}

async function describeEntry(deps: TrajectoryDeps, e: SchoolAuditEntry) {
  if (e.kind === 'audit') return e;
  const def = await deps.registry.get(e.typeId, e.typeVersion);
  return {
    kind: e.kind, at: e.at, trajectory: { id: e.trajectoryId, type: { id: e.typeId, version: e.typeVersion, title: def.definition.title } },
    seq: e.seq, type: e.type, label: eventLabel(def, e.type), actor: eventActor(e), roles: e.actorRoles.map((r) => roleRef(def, r)),
    from: e.stepsBefore.map((p) => stepRef(def, p)), to: e.stepsAfter.map((p) => stepRef(def, p)),
  };
}
