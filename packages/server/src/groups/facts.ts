import { type CompiledDefinition, type Facts, type Localized, checkAttendance, groupFacts } from '@koers/engine';
import type { Group, GroupMeeting, Store } from '@koers/store';
import { roleRef } from '../trajectories/labels';

/** A trajectory's group and the group's meetings, for its facts and its view; undefined when it is in none. */
export interface GroupContext {
  group: Group;
  meetings: GroupMeeting[];
}

/** The group a trajectory of a type with `groups` is in, with its meetings (two reads); undefined otherwise. */
export async function groupContextOf(store: Store, def: CompiledDefinition, trajectoryId: string): Promise<GroupContext | undefined> {
  if (!def.definition.groups) return undefined;
  const group = await store.groups.ofTrajectory(trajectoryId);
  if (!group) return undefined;
  return { group, meetings: await store.groups.meetings(group.id) };
}

/** The role titles of a type, for attendance messages. */
export const roleTitleIn = (def: CompiledDefinition) => (role: string): Localized => roleRef(def, role).title;

/**
 * The facts the engine reads for a member trajectory: `group` with its meetings counted for this school (see the
 * engine's `groupFacts`). Without a group the fact is null, so a guard on it does not hold.
 */
export function factsOf(def: CompiledDefinition, context: GroupContext | undefined, trajectoryId: string): Facts {
  const spec = def.definition.groups;
  if (!spec || !context) return { group: null };
  const { group, meetings } = context;
  return {
    group: groupFacts(spec, group, meetings.map((m) => {
      const own = m.attendance.find((a) => a.trajectoryId === trajectoryId);
      return { kind: m.kind, heldOn: m.heldOn, ...(own ? { present: own.present } : {}) };
    })),
  };
}

/** The facts for one member trajectory, read from the store (none for a type without groups). */
export async function factsFor(store: Store, def: CompiledDefinition, trajectoryId: string): Promise<Facts | undefined> {
  if (!def.definition.groups) return undefined;
  return factsOf(def, await groupContextOf(store, def, trajectoryId), trajectoryId);
}

/** What a member trajectory's view shows of its group: the meetings, and who of this school was at each. */
export function trajectoryGroupView(def: CompiledDefinition, context: GroupContext, trajectoryId: string) {
  const spec = def.definition.groups!;
  return {
    id: context.group.id, name: context.group.name, title: spec.title, programmeYear: context.group.programmeYear,
    meetings: context.meetings.flatMap((m) => {
      const own = m.attendance.find((a) => a.trajectoryId === trajectoryId);
      if (!own) return [];
      const kind = spec.meetings?.[m.kind];
      const check = checkAttendance(kind?.attendance, own.present, roleTitleIn(def));
      return [{
        kind: m.kind, title: kind?.title ?? { nl: m.kind, en: m.kind }, heldOn: m.heldOn, present: own.present,
        complete: check.holds, message: check.message ?? null,
      }];
    }),
  };
}
