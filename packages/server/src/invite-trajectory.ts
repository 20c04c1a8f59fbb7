import { heldAtOf } from '@koers/engine';
import type { Organisation } from '@koers/store';
import { canSeeTrajectory } from './access';
import type { Viewer } from './context';
import { Unprocessable } from './errors';
import type { TypeRegistry } from './registry';
import type { Store } from '@koers/store';

/**
 * An invitation for one trajectory only: it must be a trajectory of the organisation (its school, or the bestuur of a
 * bestuur trajectory) that the inviter sees, and its type must let the role be held per trajectory (`heldAt` with
 * `trajectory`); 422 at `/trajectoryId` otherwise.
 */
export async function requireTrajectoryFor(deps: { store: Store; registry: TypeRegistry }, viewer: Viewer, organisation: Pick<Organisation, 'id'>, role: string, trajectoryId: string): Promise<void> {
  const t = await deps.store.trajectories.get(trajectoryId);
  const def = t && await deps.registry.get(t.typeId, t.typeVersion);
  if (!t || !def || t.school.id !== organisation.id || !canSeeTrajectory(viewer, t, def.definition)) {
    const message = { nl: 'Dit traject bestaat niet of hoort niet bij deze organisatie.', en: 'This trajectory does not exist or does not belong to this organisation.' };
    throw new Unprocessable(message, [{ path: '/trajectoryId', message }], '/trajectoryId');
  }
  if (!heldAtOf(def.definition, role).includes('trajectory')) {
    const message = {
      nl: `De rol "${role}" kan in "${def.definition.title.nl}" niet voor één traject gegeven worden (heldAt van de soort).`,
      en: `The role "${role}" cannot be given for one trajectory in "${def.definition.title.en}" (the type's heldAt).`,
    };
    throw new Unprocessable(message, [{ path: '/trajectoryId', message }], '/trajectoryId');
  }
}
