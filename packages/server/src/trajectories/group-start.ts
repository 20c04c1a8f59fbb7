import { type Localized, subjectOf } from '@koers/engine';
import { type Place, rolesAt } from '../access';
import type { Viewer } from '../context';
import { Unprocessable } from '../errors';
import { loadGroup } from '../groups/access';
import type { TrajectoryDeps } from './service';
import { placeMissing } from './subject';

const refuse = (message: Localized) => new Unprocessable(message, [{ path: '/groupId', message }], '/groupId');

/**
 * A start for a group (`groupId`), for a type whose `subject` is group: the group must be one of the type's
 * `groupOf` and still open, and only administrators and the group's leads start it (404 for anyone else, as for a
 * group page). The place is the group's own row (its id), so the trajectory hangs at it as one at a school does.
 */
export async function groupPlace(deps: TrajectoryDeps, viewer: Viewer, input: { typeId: string; version?: number; groupId: string; schoolId?: string }) {
  const def = await deps.registry.get(input.typeId, input.version);
  if (subjectOf(def.definition) !== 'group' || input.schoolId !== undefined) throw placeMissing(def.definition);
  const { group, def: groupType, leads } = await loadGroup(deps, viewer, input.groupId, '/groupId');
  const title = def.definition.title;
  if (group.typeId !== def.definition.groupOf) {
    const other = groupType.definition.title;
    const wanted = await typeTitle(deps, def.definition.groupOf ?? '');
    throw refuse({
      nl: `"${title.nl}" loopt voor groepen van "${wanted.nl}"; ${group.name} is een groep van "${other.nl}".`,
      en: `"${title.en}" runs for groups of "${wanted.en}"; ${group.name} is a group of "${other.en}".`,
    });
  }
  if (group.closedAt !== null) {
    throw refuse({ nl: `${group.name} is gesloten: er start geen traject meer voor.`, en: `${group.name} is closed: no trajectory starts for it any more.` });
  }
  const members = await deps.store.groups.members(group.id);
  const place: Place & { name: string; kind: 'group' } = {
    id: group.id, parentId: null, name: group.name, kind: 'group', subject: 'group',
    group: { memberIds: members.map((m) => m.school.id), parentIds: [], leadIds: leads.map((l) => l.id) },
  };
  const typeRoles = rolesAt(viewer, place, undefined, def.definition);
  return { place, def, typeRoles };
}

/** A type's title, or its id when it is not (or no longer) published. */
async function typeTitle(deps: TrajectoryDeps, typeId: string): Promise<Localized> {
  try {
    return (await deps.registry.get(typeId)).definition.title;
  } catch {
    return { nl: typeId, en: typeId };
  }
}
