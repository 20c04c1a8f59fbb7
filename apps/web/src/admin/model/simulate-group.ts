import { type Facts, type GroupsSpec, type Localized, type PresentPerson, type TrajectoryDefinition, groupFacts as factsOfGroup, schoolYearOf } from '@koers/engine';

/*
 * A simulated group (issue 13) around the one simulated school: the group's name and how many schools it has,
 * and its shared meetings as moments of the simulation. From them come the facts the server passes with every
 * event of a member (`group.meetings.<kind>.held/attended/complete/last`, the engine's `groupFacts`), so guards on
 * them can be tried.
 */

/** The simulated group: a name and the number of member schools (the simulated school among them). */
export interface SimGroup { name: string; schools: number }

/** A shared meeting recorded in the simulation: whether the simulated school was there, and kept the rule. */
export interface SimMeeting { kind: string; attended: boolean; complete: boolean }

/** The type's meeting kinds with their titles and events (none when it has no groups). */
export function meetingKinds(def: TrajectoryDefinition): Array<{ kind: string; title: Localized; event?: string }> {
  return Object.entries(def.groups?.meetings ?? {}).map(([kind, spec]) => ({ kind, title: spec.title, ...(spec.event ? { event: spec.event } : {}) }));
}

/** The event that places a trajectory in a group (`groups.join.event`), when the type has groups. */
export const joinEventOf = (def: TrajectoryDefinition): string | undefined => def.groups?.join.event || undefined;

/**
 * Who of the simulated school "was there": nobody; people who keep the kind's rule (one per required role, up
 * to its minimum); or one person who does not (without a required role, or too few) where the rule allows that.
 */
function presentFor(spec: GroupsSpec, { kind, attended, complete }: SimMeeting): PresentPerson[] {
  if (!attended) return [];
  const rule = spec.meetings?.[kind]?.attendance;
  if (!complete) return [{ name: 'Simulatie', role: '' }];
  const people = (rule?.roles ?? []).map((role, i) => ({ name: `Simulatie ${i + 1}`, role }));
  while (people.length < Math.max(rule?.min ?? 1, 1)) people.push({ name: `Simulatie ${people.length + 1}`, role: '' });
  return people;
}

/** The facts of the simulated school's group after these meetings (in order; `at` is each meeting's moment). */
export function groupFacts(group: SimGroup | undefined, def: TrajectoryDefinition, meetings: ReadonlyArray<SimMeeting & { at: string }>): Facts | undefined {
  if (!group || !def.groups) return undefined;
  const spec = def.groups;
  const records = meetings.map((m) => ({ kind: m.kind, heldOn: m.at.slice(0, 10), present: presentFor(spec, m) }));
  return { group: factsOfGroup(spec, { id: 'simulatie', name: group.name, programmeYear: schoolYearOf(meetings.at(-1)?.at ?? SIM_START)!, size: group.schools }, records) };
}

/** The programme year of a group without meetings yet: the simulation's first school year. */
const SIM_START = '2026-09-01';
