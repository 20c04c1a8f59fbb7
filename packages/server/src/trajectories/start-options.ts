import { type TrajectoryDefinition, rejectionMessage, subjectOf } from '@koers/engine';
import type { Viewer } from '../context';
import { newestVersions } from '../published';
import type { TrajectoryDeps } from './service';
import { startPlace, startRolesAt } from './start';

/**
 * What the viewer may start at a school (or a bestuur: its bestuur types): the newest version of each published type whose roles they hold
 * there (every type for an admin), each with its room ("vol = vol": the running trajectories of the type in
 * all versions and at all schools, as the start counts them). The start itself decides again.
 */
export async function startOptions(deps: TrajectoryDeps, viewer: Viewer, schoolId: string) {
  const school = await startPlace(deps, viewer, schoolId, '/id');
  const options = [];
  for (const version of await newestVersions(deps.registry)) {
    const definition = version.definition as TrajectoryDefinition;
    // A school starts school types, a bestuur bestuur types.
    if (subjectOf(definition) !== school.kind) continue;
    const roles = startRolesAt(viewer, school, definition);
    if (!viewer.isAdmin && roles.length === 0) continue;
    const capacity = definition.capacity;
    const active = capacity === undefined ? 0 : await deps.store.trajectories.countActive(definition.id);
    options.push({
      typeId: definition.id, version: definition.version, title: definition.title, description: definition.description,
      roles,
      ...(definition.label ? { label: definition.label } : {}),
      capacity: capacity === undefined ? null : {
        max: capacity.max, active, left: Math.max(0, capacity.max - active),
        message: capacity.message ?? rejectionMessage('capacity-full'),
      },
    });
  }
  options.sort((a, b) => a.title.nl.localeCompare(b.title.nl, 'nl'));
  return { school: { id: school.id, name: school.name }, options };
}
