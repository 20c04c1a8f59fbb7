import type { GroupsSpec, JsonObject } from '../format/types';
import { type PresentPerson, checkAttendance } from './attendance';

/** A meeting of the group as the facts count it: its kind, its date, and who of this school was there (if recorded). */
export interface MeetingRecord {
  kind: string;
  heldOn: string;
  /** This school's people present; undefined when the school has no attendance row (it joined later). */
  present?: readonly PresentPerson[];
}

/**
 * The fact `group` for one member trajectory, as its guards read it:
 * `{ id, name, programmeYear, size, meetings: { <kind>: { held, attended, complete, last } } }`, where `held` counts
 * the group's meetings of that kind, `attended` those where this school had anyone present, `complete` those where
 * its attendance rule held, and `last` is the latest date (YYYY-MM-DD) or null. Every declared kind is there, also
 * before its first meeting.
 * @example groupFacts(spec, { id, name: 'Groep Noord', programmeYear: '2026-2027', size: 5 }, meetings).meetings.startdag.held // 1
 */
export function groupFacts(
  spec: GroupsSpec, group: { id: string; name: string; programmeYear: string; size: number }, meetings: readonly MeetingRecord[],
): JsonObject {
  const kinds: JsonObject = {};
  for (const [kind, meeting] of Object.entries(spec.meetings ?? {})) {
    const own = meetings.filter((m) => m.kind === kind);
    const attended = own.filter((m) => (m.present?.length ?? 0) > 0);
    const complete = own.filter((m) => m.present !== undefined && checkAttendance(meeting.attendance, m.present).holds);
    const last = own.map((m) => m.heldOn).sort().at(-1) ?? null;
    kinds[kind] = { held: own.length, attended: attended.length, complete: complete.length, last };
  }
  return { id: group.id, name: group.name, programmeYear: group.programmeYear, size: group.size, meetings: kinds };
}
