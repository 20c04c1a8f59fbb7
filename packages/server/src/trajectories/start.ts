import { type TrajectoryDefinition, start, subjectOf } from '@koers/engine';
import type { Organisation } from '@koers/store';
import { type SchoolRef, canSeeBestuur, canSeeSchool, rolesAt } from '../access';
import type { Viewer } from '../context';
import { Forbidden, NotFound } from '../errors';
import { rolePolicy } from '../role-policy';
import { calendarFor } from '../time/calendar';
import { type TrajectoryDeps, viewFor } from './service';
import { writePlan } from './outbox';
import { labelTaken, placeMissing, startLabel, subjectMismatch } from './subject';
import { groupPlace } from './group-start';

/**
 * The roles of a type the viewer holds at the organisation a trajectory of it would belong to (a school, or a
 * bestuur for a bestuur type), where the type lets them be held: with one of them (or as an admin) they may start
 * one there. The one rule, for starting and for offering to start.
 */
export function startRolesAt(viewer: Viewer, place: SchoolRef, definition: Pick<TrajectoryDefinition, 'roles' | 'subject'>): string[] {
  return rolesAt(viewer, { ...place, subject: subjectOf(definition) }, undefined, definition).filter((r) => Object.hasOwn(definition.roles, r));
}

/** The organisation a start or its options are about, if the viewer may see it as a whole: 404 otherwise. */
export async function startPlace(deps: TrajectoryDeps, viewer: Viewer, id: string, path = '/schoolId'): Promise<Organisation> {
  const organisation = await deps.store.organisations.get(id);
  const policy = await rolePolicy(deps.registry);
  const visible = organisation && (organisation.kind === 'school' ? canSeeSchool(viewer, organisation, policy) : canSeeBestuur(viewer, organisation.id, policy));
  if (!organisation || !visible) {
    throw new NotFound({ nl: 'Deze school bestaat niet of u heeft er geen toegang toe.', en: 'This school does not exist or you have no access to it.' }, path);
  }
  return organisation;
}

/**
 * Starts a trajectory of a type for a school, or for a bestuur when the type's `subject` is bestuur (`schoolId`
 * then holds the bestuur's id; the other way round is refused with 422). Admins may start one anywhere; others need a
 * role the type lets them hold there. A `label` tells it apart from the type's other active trajectories there (422
 * when one has the same label). A type with a capacity refuses the start when it is full ("vol = vol"): the counts
 * are checked again under a lock while writing, so racing starts cannot both take the last place or the same label.
 */
export async function startTrajectory(deps: TrajectoryDeps, viewer: Viewer, input: { typeId: string; version?: number; schoolId?: string; groupId?: string; label?: string }) {
  const { place, def, typeRoles } = input.groupId !== undefined
    ? await groupPlace(deps, viewer, { ...input, groupId: input.groupId })
    : await organisationPlace(deps, viewer, input);
  const subject = subjectOf(def.definition);
  const label = startLabel(def.definition, input.label);
  const now = deps.clock.now();
  const capacity = def.definition.capacity?.max;
  const calendar = await calendarFor(deps, place.id);
  // The engine refuses a full type with the type's own message.
  const result = start(def, { now, calendar, activeCount: capacity === undefined ? 0 : await deps.store.trajectories.countActive(def.definition.id) });
  // The effects (outbox) and the timers are written in the start's own transaction.
  const { state, outbox } = writePlan(def, result, { now, calendar });
  const created = await deps.store.trajectories.create({
    typeId: def.definition.id, typeVersion: def.definition.version, schoolId: place.id, createdBy: viewer.userId,
    actorRoles: typeRoles, at: now, ...state, ...outbox, ...(capacity === undefined ? {} : { capacity }),
    subject, label, distinctLabels: { unlabelledClash: def.definition.label !== undefined },
  });
  if (created.kind === 'capacity-full') start(def, { now, activeCount: created.active });
  if (created.kind === 'label-taken') throw labelTaken(def.definition, place, created.label);
  if (created.kind !== 'created') throw new Error('unreachable: a full type was refused above');
  const t = created.trajectory;
  return { view: await viewFor(deps, viewer, t, def), effects: result.effects };
}

/** A start at a school or bestuur (`schoolId`): the place, the type and the viewer's roles there; 403 without one. */
async function organisationPlace(deps: TrajectoryDeps, viewer: Viewer, input: { typeId: string; version?: number; schoolId?: string }) {
  if (input.schoolId === undefined) {
    const def = await deps.registry.get(input.typeId, input.version);
    throw placeMissing(def.definition);
  }
  const place = await startPlace(deps, viewer, input.schoolId);
  const def = await deps.registry.get(input.typeId, input.version);
  const subject = subjectOf(def.definition);
  if (place.kind !== subject) throw subjectMismatch(def.definition, place);
  const typeRoles = startRolesAt(viewer, place, def.definition);
  if (!viewer.isAdmin && typeRoles.length === 0) {
    throw new Forbidden({
      nl: `Alleen een beheerder of iemand met een rol uit deze trajectsoort ${subject === 'bestuur' ? 'bij dit bestuur' : 'op deze school'} mag een traject starten.`,
      en: `Only an administrator or someone with a role of this trajectory type at this ${subject === 'bestuur' ? 'bestuur' : 'school'} may start a trajectory.`,
    }, '/schoolId');
  }
  return { place, def, typeRoles };
}
