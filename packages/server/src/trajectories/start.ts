import { type TrajectoryDefinition, start } from '@koers/engine';
import { type SchoolRef, canSeeSchool, rolesAt } from '../access';
import type { Viewer } from '../context';
import { Forbidden, NotFound } from '../errors';
import { calendarFor } from '../time/calendar';
import { type TrajectoryDeps, viewFor } from './service';
import { writePlan } from './outbox';

/**
 * The roles of a type the viewer holds at a school: with one of them (or as an admin) they may start a
 * trajectory of that type there. The one rule, for starting and for offering to start.
 */
export function startRolesAt(viewer: Viewer, school: SchoolRef, definition: Pick<TrajectoryDefinition, 'roles'>): string[] {
  return rolesAt(viewer, school).filter((r) => Object.hasOwn(definition.roles, r));
}

/**
 * Starts a trajectory of a type for a school. Admins may start one anywhere; others need a role the type
 * declares at that school. A type with a capacity refuses the start when it is full ("vol = vol"): the
 * count is checked again under a lock while writing, so two racing starts cannot both take the last place.
 */
export async function startTrajectory(deps: TrajectoryDeps, viewer: Viewer, input: { typeId: string; version?: number; schoolId: string }) {
  const school = await deps.store.organisations.get(input.schoolId);
  if (!school || school.kind !== 'school' || !canSeeSchool(viewer, school)) {
    throw new NotFound({ nl: 'Deze school bestaat niet of u heeft er geen toegang toe.', en: 'This school does not exist or you have no access to it.' }, '/schoolId');
  }
  const def = await deps.registry.get(input.typeId, input.version);
  const typeRoles = startRolesAt(viewer, school, def.definition);
  if (!viewer.isAdmin && typeRoles.length === 0) {
    throw new Forbidden({
      nl: 'Alleen een beheerder of iemand met een rol uit deze trajectsoort op deze school mag een traject starten.',
      en: 'Only an administrator or someone with a role of this trajectory type at this school may start a trajectory.',
    }, '/schoolId');
  }
  const now = deps.clock.now();
  const capacity = def.definition.capacity?.max;
  const calendar = await calendarFor(deps, school.id);
  // The engine refuses a full type with the type's own message.
  const result = start(def, { now, calendar, activeCount: capacity === undefined ? 0 : await deps.store.trajectories.countActive(def.definition.id) });
  // The effects (outbox) and the timers are written in the start's own transaction.
  const { state, outbox } = writePlan(def, result, { now, calendar });
  const created = await deps.store.trajectories.create({
    typeId: def.definition.id, typeVersion: def.definition.version, schoolId: school.id, createdBy: viewer.userId,
    actorRoles: typeRoles, at: now, ...state, ...outbox, ...(capacity === undefined ? {} : { capacity }),
  });
  if (created.kind === 'capacity-full') start(def, { now, activeCount: created.active });
  if (created.kind !== 'created') throw new Error('unreachable: a full type was refused above');
  const t = created.trajectory;
  return { view: await viewFor(deps, viewer, t, def), effects: result.effects };
}
