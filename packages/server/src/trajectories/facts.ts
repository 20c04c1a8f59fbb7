import { type CompiledDefinition, type Facts, groupFacts, subjectOf } from '@koers/engine';
import type { Store, Trajectory } from '@koers/store';
import { type GroupContext, factsOf } from '../groups/facts';
import type { TypeRegistry } from '../registry';

/** Whether some step of the type asks for a sign-off: only then are sign-offs counted for its trajectories. */
const asksForSignoff = new WeakMap<CompiledDefinition, boolean>();
function signsOff(def: CompiledDefinition): boolean {
  let known = asksForSignoff.get(def);
  if (known === undefined) {
    known = [...def.index.states.values()].some((info) => Object.keys(info.config.meta?.signoff ?? {}).length > 0);
    asksForSignoff.set(def, known);
  }
  return known;
}

/** The trajectory itself, as expressions read it: `trajectory.subject`, `trajectory.name` (school or bestuur), `trajectory.label`. */
export function trajectoryFact(t: Pick<Trajectory, 'subject' | 'label' | 'school'>) {
  return { subject: t.subject, name: t.school.name, label: t.label };
}

/**
 * What the server knows beyond the snapshot, passed with every send and view (issue 13): the trajectory, per
 * sign-off key the number signed and not revoked (only counted when the type asks for sign-offs), and for a type
 * with groups the trajectory's group and its shared meetings (`loaded.group` when the caller read it already).
 */
export async function factsFor(
  deps: { store: Store; registry: TypeRegistry }, def: CompiledDefinition, t: Pick<Trajectory, 'id' | 'subject' | 'label' | 'school'>,
  loaded?: { group: GroupContext | undefined },
): Promise<Facts> {
  const one = await factsForList(deps, [{ def, t }], loaded ? new Map([[t.id, loaded.group]]) : undefined);
  return one.get(t.id)!;
}

/**
 * `factsFor` for a whole list of trajectories (of any types): the sign-off counts and the groups with their meetings
 * are read in one query each for the list, however long (the coach overview, the school page's list). `loadedGroups`
 * holds group contexts the caller read already (undefined: the trajectory is in no group); those are not read again.
 */
export async function factsForList(
  deps: { store: Store; registry: TypeRegistry }, list: ReadonlyArray<{ def: CompiledDefinition; t: Pick<Trajectory, 'id' | 'subject' | 'label' | 'school'> }>,
  loadedGroups?: ReadonlyMap<string, GroupContext | undefined>,
): Promise<Map<string, Facts>> {
  const signing = list.filter((x) => signsOff(x.def)).map((x) => x.t.id);
  const grouped = list.filter((x) => x.def.definition.groups !== undefined && !loadedGroups?.has(x.t.id)).map((x) => x.t.id);
  const [signoffs, read, ownGroups] = await Promise.all([
    signing.length > 0 ? deps.store.signoffs.countsOf(signing) : new Map<string, Record<string, number>>(),
    grouped.length > 0 ? deps.store.groups.contextsOf(grouped) : new Map<string, GroupContext>(),
    // Group trajectories are few (one or two per group): each reads its group's fact on its own.
    Promise.all(list.filter((x) => subjectOf(x.def.definition) === 'group')
      .map(async (x) => [x.t.id, await groupTrajectoryFact(deps, x.def, x.t.school.id)] as const)).then((pairs) => new Map(pairs)),
  ]);
  const groups = (id: string) => (loadedGroups?.has(id) ? loadedGroups.get(id) : read.get(id));
  return new Map(list.map(({ def, t }) => [t.id, {
    trajectory: trajectoryFact(t),
    ...(signsOff(def) ? { signoffs: signoffs.get(t.id) ?? {} } : {}),
    ...(def.definition.groups !== undefined ? factsOf(def, groups(t.id), t.id) : {}),
    ...(ownGroups.has(t.id) ? { group: ownGroups.get(t.id)! } : {}),
  }]));
}

/**
 * The `group` fact of a group trajectory (subject group): the group it belongs to with its shared meetings per kind
 * of its `groupOf` type, counted for the whole group: `held` and `last` (attendance is per school, so a group
 * trajectory reads no `attended` or `complete`). Null when the group or its type is gone.
 */
async function groupTrajectoryFact(deps: { store: Store; registry: TypeRegistry }, def: CompiledDefinition, groupId: string) {
  const group = await deps.store.groups.get(groupId);
  if (!group || group.typeId !== def.definition.groupOf) return null;
  const spec = (await deps.registry.get(group.typeId).catch(() => undefined))?.definition.groups;
  if (!spec) return null;
  const facts = groupFacts(spec, group, (await deps.store.groups.meetings(group.id)).map((m) => ({ kind: m.kind, heldOn: m.heldOn })));
  const meetings = Object.fromEntries(Object.entries(facts.meetings as Record<string, { held: number; last: string | null }>)
    .map(([kind, m]) => [kind, { held: m.held, last: m.last }]));
  return { ...facts, meetings };
}
