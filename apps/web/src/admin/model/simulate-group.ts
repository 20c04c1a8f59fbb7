import type { Facts, JsonObject, Localized, TrajectoryDefinition } from '@koers/engine';

/** The `groups` block as the simulator reads it (the engine's `GroupsSpec`). */
type WithGroups = { groups?: { join?: { step: string; event: string }; meetings?: Record<string, { title: Localized; event?: string }> } };

/*
 * A simulated group (issue 13) around the one simulated school: the group's name and how many schools it has,
 * and its shared meetings as moments of the simulation. From them come the facts the server passes with every
 * event of a member (`group.meetings.<kind>.held/attended/complete/last`), so guards on them can be tried.
 */

/** The simulated group: a name and the number of member schools (the simulated school among them). */
export interface SimGroup { name: string; schools: number }

/** A shared meeting recorded in the simulation: whether the simulated school was there, and kept the rule. */
export interface SimMeeting { kind: string; attended: boolean; complete: boolean }

/** The type's meeting kinds with their titles and events (none when it has no groups). */
export function meetingKinds(def: TrajectoryDefinition): Array<{ kind: string; title: Localized; event?: string }> {
  return Object.entries((def as WithGroups).groups?.meetings ?? {}).map(([kind, spec]) => ({ kind, title: spec.title, ...(spec.event ? { event: spec.event } : {}) }));
}

/**
 * The facts of the simulated school's group after these meetings (in order; `heldOn` is each meeting's day),
 * as the server computes them: per kind how many were held, attended, kept the rule, and the last date.
 */
export function groupFacts(group: SimGroup | undefined, def: TrajectoryDefinition, meetings: ReadonlyArray<SimMeeting & { at: string }>): Facts | undefined {
  if (!group) return undefined;
  const byKind: Record<string, JsonObject> = {};
  for (const { kind } of meetingKinds(def)) byKind[kind] = { held: 0, attended: 0, complete: 0, last: null };
  for (const m of meetings) {
    const facts = byKind[m.kind] ??= { held: 0, attended: 0, complete: 0, last: null };
    facts.held = Number(facts.held) + 1;
    if (m.attended) facts.attended = Number(facts.attended) + 1;
    if (m.attended && m.complete) facts.complete = Number(facts.complete) + 1;
    facts.last = m.at.slice(0, 10);
  }
  return { group: { id: 'simulatie', name: group.name, programmeYear: schoolYear(meetings.at(-1)?.at), size: group.schools, meetings: byKind } };
}

function schoolYear(at: string | undefined): string {
  const day = at ? new Date(at) : new Date('2026-09-01T12:00:00Z');
  const first = day.getUTCMonth() >= 7 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  return `${first}-${first + 1}`;
}

/** The event that places a trajectory in a group (`groups.join.event`), when the type has groups. */
export const joinEventOf = (def: TrajectoryDefinition): string | undefined => (def as WithGroups).groups?.join?.event || undefined;
