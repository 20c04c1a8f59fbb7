import { SYSTEM_ACTOR, TransitionRejected, handlesEvent, isWithin, send } from '@koers/engine';
import { GROUP_KEY_PREFIX } from '@koers/store';
import type { Viewer } from '../context';
import { Conflict, NotFound, Unprocessable, VersionConflict } from '../errors';
import type { TrajectoryDeps } from '../trajectories/service';
import { snapshotOf } from '../trajectories/state';
import { writePlan } from '../trajectories/outbox';
import { stepRef } from '../trajectories/labels';
import { calendarFor } from '../time/calendar';
import { loadGroup } from './access';
import { factsOf } from './facts';

/** How often placing a school reads its trajectory again when someone wrote to it at the same moment. */
const RETRIES = 3;

const notPlaceable = (nl: string, en: string) => new Unprocessable({ nl, en }, [{ path: '/trajectoryId', message: { nl, en } }], '/trajectoryId');

function alreadyMember(school: string, groupId: string, same: boolean): Conflict {
  return new Conflict('already-member', same ? { nl: `${school} zit al in deze groep.`, en: `${school} is already in this group.` } : {
    nl: `${school} zit al in een andere groep; haal de school daar eerst weg.`, en: `${school} is already in another group; take it out there first.`,
  }, '/trajectoryId', { groupId });
}

/**
 * Places a school's trajectory in a group (its leads and administrators): it must be of the group's type, active,
 * in the type's join step and in no group yet; the group must have room ("vol = vol", checked under the group's
 * row lock). The join event is sent to the trajectory as the system, with `{ group: { id, name } }`, and appended
 * in the same transaction as the membership: both or neither.
 */
export async function addMember(deps: TrajectoryDeps, viewer: Viewer, groupId: string, trajectoryId: string) {
  const { group, def } = await loadGroup(deps, viewer, groupId);
  const spec = def.definition.groups!;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    const t = await deps.store.trajectories.get(trajectoryId);
    if (!t) throw notPlaceable('Dit traject bestaat niet.', 'This trajectory does not exist.');
    if (t.typeId !== group.typeId) {
      throw notPlaceable(`Het traject van ${t.school.name} is van een andere soort dan deze groep.`, `${t.school.name}'s trajectory is of another type than this group.`);
    }
    const current = await deps.store.groups.ofTrajectory(t.id);
    if (current) throw alreadyMember(t.school.name, current.id, current.id === group.id);
    const tDef = await deps.registry.get(t.typeId, t.typeVersion);
    const step = stepRef(def, spec.join.step).title;
    if (t.status !== 'active' || !t.steps.some((s) => isWithin(s, spec.join.step)) || !handlesEvent(tDef, t.steps, spec.join.event)) {
      throw notPlaceable(`Het traject van ${t.school.name} staat niet in de stap "${step.nl}"; alleen dan kan het in een groep worden geplaatst.`,
        `${t.school.name}'s trajectory is not in the step "${step.en}"; only then can it be placed in a group.`);
    }
    const now = deps.clock.now();
    const calendar = await calendarFor(deps, t.school.id);
    const facts = factsOf(tDef, { group: { ...group, size: group.size + 1 }, meetings: [] }, t.id);
    let result;
    try {
      result = send(tDef, snapshotOf(tDef, t), { type: spec.join.event, data: { group: { id: group.id, name: group.name } } }, { actor: SYSTEM_ACTOR, now, calendar, facts });
    } catch (error) {
      if (error instanceof TransitionRejected) throw notPlaceable(`${t.school.name}: ${error.messageText.nl}`, `${t.school.name}: ${error.messageText.en}`);
      throw error;
    }
    const { state, outbox } = writePlan(tDef, result, { now, calendar });
    const added = await deps.store.groups.addMember({
      groupId: group.id, trajectoryId: t.id, schoolId: t.school.id, by: viewer.userId, at: now, ...(spec.size?.max !== undefined ? { max: spec.size.max } : {}),
      join: async (run) => (await deps.store.trajectories.appendEvent(t.id, t.version, state, {
        type: spec.join.event, actorId: null, actorRoles: [], data: { group: { id: group.id, name: group.name } }, at: now, stepsBefore: t.steps,
        idempotencyKey: `${GROUP_KEY_PREFIX}${group.id}:join:${t.version}`, ...outbox,
      }, run)).kind === 'appended',
    });
    switch (added.kind) {
      case 'added':
        deps.cache?.set({ ...t, ...state, version: t.version + 1, lastActivityAt: now.toISOString() });
        return { trajectoryId: t.id, school: { id: t.school.id, name: t.school.name }, steps: state.steps.map((s) => stepRef(tDef, s)) };
      case 'not-found':
        throw new NotFound({ nl: 'Deze groep bestaat niet meer.', en: 'This group no longer exists.' }, '/id');
      case 'full': {
        const full = spec.full ?? { nl: 'Deze groep is vol (vol = vol).', en: 'This group is full.' };
        throw new Conflict('group-full', {
          nl: `${full.nl} ${group.name} heeft al ${added.size} ${added.size === 1 ? 'school' : 'scholen'}.`,
          en: `${full.en} ${group.name} already has ${added.size} ${added.size === 1 ? 'school' : 'schools'}.`,
        }, '/trajectoryId', { size: added.size });
      }
      case 'already-member':
        throw alreadyMember(t.school.name, added.groupId, added.same);
      case 'version-conflict':
        continue;
    }
  }
  throw new VersionConflict({
    nl: 'Het traject veranderde steeds terwijl het werd ingedeeld; probeer het opnieuw.', en: 'The trajectory kept changing while it was being placed; try again.',
  }, '/trajectoryId');
}

/**
 * Takes a school's trajectory out of a group (its leads and administrators). Its recorded attendance stays with
 * the meetings; its trajectory is not moved back (a step it reached stays reached).
 */
export async function removeMember(deps: TrajectoryDeps, viewer: Viewer, groupId: string, trajectoryId: string): Promise<void> {
  const { group } = await loadGroup(deps, viewer, groupId);
  if (!(await deps.store.groups.removeMember(group.id, trajectoryId))) {
    throw new NotFound({ nl: 'Dit traject zit niet in deze groep.', en: 'This trajectory is not in this group.' }, '/trajectoryId');
  }
}
