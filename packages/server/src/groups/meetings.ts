import { randomUUID } from 'node:crypto';
import {
  type CompiledDefinition, type JsonObject, type SchoolCalendar, SYSTEM_ACTOR, TransitionRejected, checkAttendance, handlesEvent, send,
} from '@koers/engine';
import { GROUP_KEY_PREFIX, type GroupMember, type GroupMeeting, type TrajectoryState, type NewEvent } from '@koers/store';
import type { Viewer } from '../context';
import { NotFound, Unprocessable, VersionConflict } from '../errors';
import type { TrajectoryDeps } from '../trajectories/service';
import { snapshotOf } from '../trajectories/state';
import { writePlan } from '../trajectories/outbox';
import { calendarFor } from '../time/calendar';
import { loadGroup } from './access';
import { factsOf, roleTitleIn } from './facts';
import { meetingView } from './view';

export interface MeetingRequest {
  kind: string;
  heldOn: string;
  data?: JsonObject;
  attendance: Array<{ trajectoryId: string; present: Array<{ name: string; role: string }> }>;
}

const RETRIES = 3;

type FieldProblem = { path: string; message: { nl: string; en: string } };
const refuse = (problems: FieldProblem[]) => new Unprocessable(problems[0]!.message, problems, problems[0]!.path);

/** The request checked against the type and the group's members: field problems, each with its pointer. */
function problemsOf(def: CompiledDefinition, request: MeetingRequest, members: GroupMember[]): FieldProblem[] {
  const spec = def.definition.groups!;
  const kind = spec.meetings?.[request.kind];
  if (!kind) {
    const known = Object.keys(spec.meetings ?? {}).join(', ') || '—';
    return [{ path: '/kind', message: { nl: `Soort bijeenkomst "${request.kind}" bestaat niet in deze trajectsoort (kies uit: ${known}).`, en: `Meeting kind "${request.kind}" does not exist in this type (choose from: ${known}).` } }];
  }
  const problems: FieldProblem[] = [];
  if (Number.isNaN(Date.parse(`${request.heldOn}T12:00:00Z`)) || new Date(`${request.heldOn}T12:00:00Z`).toISOString().slice(0, 10) !== request.heldOn) {
    problems.push({ path: '/heldOn', message: { nl: `"${request.heldOn}" is geen bestaande datum.`, en: `"${request.heldOn}" is not a valid date.` } });
  }
  const form = kind.form ? def.forms.get(kind.form) : undefined;
  if (form) {
    for (const e of form.validate(request.data ?? {})) problems.push({ path: `/data${e.path}`, message: e.message });
  } else if (request.data !== undefined && Object.keys(request.data).length > 0) {
    problems.push({ path: '/data', message: { nl: `${kind.title.nl} heeft geen formulier; stuur geen gegevens mee.`, en: `${kind.title.en} has no form; send no data.` } });
  }
  const seen = new Set<string>();
  request.attendance.forEach((a, i) => {
    if (!members.some((m) => m.trajectoryId === a.trajectoryId)) {
      problems.push({ path: `/attendance/${i}/trajectoryId`, message: { nl: 'Dit traject is geen lid van deze groep.', en: 'This trajectory is not a member of this group.' } });
    } else if (seen.has(a.trajectoryId)) {
      problems.push({ path: `/attendance/${i}/trajectoryId`, message: { nl: 'Deze school staat twee keer in de aanwezigheid.', en: 'This school is listed twice in the attendance.' } });
    }
    seen.add(a.trajectoryId);
    a.present.forEach((p, j) => {
      if (!Object.hasOwn(def.definition.roles, p.role)) {
        problems.push({ path: `/attendance/${i}/present/${j}/role`, message: { nl: `Rol "${p.role}" bestaat niet in deze trajectsoort.`, en: `Role "${p.role}" does not exist in this type.` } });
      }
    });
  });
  return problems;
}

/**
 * Records a shared meeting once for the group (its leads and administrators): one attendance row per member (a
 * member not listed was absent), checked against the kind's attendance rule. A rule with severity `error` that
 * does not hold for a school refuses the whole recording (422 naming the school, nothing written); a `warning`
 * flags that school's trajectory (source `attendance`). With the kind's `event`, the system then sends it to every
 * member whose current step accepts it (`{ meetingId, heldOn, present }`). All in one transaction; with an
 * `Idempotency-Key` a retried request answers the first meeting and writes nothing.
 */
export async function recordMeeting(deps: TrajectoryDeps, viewer: Viewer, groupId: string, request: MeetingRequest, idempotencyKey?: string) {
  const { group, def } = await loadGroup(deps, viewer, groupId);
  const spec = def.definition.groups!;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    const members = await deps.store.groups.members(group.id);
    const problems = problemsOf(def, request, members);
    if (problems.length > 0) throw refuse(problems);
    const kind = spec.meetings![request.kind]!;
    const presentOf = (trajectoryId: string) => request.attendance.find((a) => a.trajectoryId === trajectoryId)?.present ?? [];
    const checks = members.map((m) => ({ member: m, check: checkAttendance(kind.attendance, presentOf(m.trajectoryId), roleTitleIn(def)) }));
    const failing = checks.filter((c) => !c.check.holds);
    if (kind.attendance?.severity === 'error' && failing.length > 0) {
      throw refuse(failing.map(({ member, check }) => {
        const i = request.attendance.findIndex((a) => a.trajectoryId === member.trajectoryId);
        return { path: i < 0 ? '/attendance' : `/attendance/${i}/present`, message: { nl: `${member.school.name}: ${check.message!.nl}`, en: `${member.school.name}: ${check.message!.en}` } };
      }));
    }
    const now = deps.clock.now();
    const meetingId = randomUUID();
    const meeting: GroupMeeting = {
      id: meetingId, groupId: group.id, kind: request.kind, heldOn: request.heldOn, data: request.data ?? null, recordedAt: now.toISOString(),
      recordedBy: { id: viewer.userId, name: viewer.name }, attendance: members.map((m) => ({ trajectoryId: m.trajectoryId, schoolId: m.school.id, present: presentOf(m.trajectoryId) })),
    };
    const writes = kind.event ? await memberEvents(deps, def, group, meeting, members, kind.event, now) : [];
    const flagged = failing.map(({ member, check }) => ({
      trajectoryId: member.trajectoryId, school: member.school,
      message: { nl: `${kind.title.nl} van ${request.heldOn}: ${check.message!.nl}`, en: `${kind.title.en} of ${request.heldOn}: ${check.message!.en}` },
    }));
    const sent: Array<{ trajectoryId: string; seq: number }> = [];
    const recorded = await deps.store.groups.recordMeeting({
      id: meetingId, groupId: group.id, kind: request.kind, heldOn: request.heldOn, data: request.data ?? null, by: viewer.userId, at: now,
      idempotencyKey: idempotencyKey ?? null, attendance: meeting.attendance,
      flags: flagged.map((f) => ({ trajectoryId: f.trajectoryId, code: request.kind, message: f.message, detail: { heldOn: request.heldOn } })),
      events: async (run) => {
        for (const w of writes) {
          const written = await deps.store.trajectories.appendEvent(w.trajectoryId, w.version, w.state, w.event, run);
          if (written.kind !== 'appended') return false;
          sent.push({ trajectoryId: w.trajectoryId, seq: written.seq });
        }
        return true;
      },
    });
    const schools = new Map(members.map((m) => [m.trajectoryId, m.school]));
    switch (recorded.kind) {
      case 'recorded':
        return { status: 201 as const, meeting: meetingView(def, meeting, schools), replayed: false, sent, flagged };
      case 'replayed': {
        const earlier = (await deps.store.groups.meetings(group.id)).find((m) => m.id === recorded.meetingId)!;
        return { status: 200 as const, meeting: meetingView(def, earlier, schools), replayed: true, sent: [], flagged: [] };
      }
      case 'not-found':
        throw new NotFound({ nl: 'Deze groep bestaat niet meer.', en: 'This group no longer exists.' }, '/id');
      case 'version-conflict':
        continue;
    }
  }
  throw new VersionConflict({
    nl: 'Een traject van de groep veranderde steeds terwijl de bijeenkomst werd vastgelegd; probeer het opnieuw.',
    en: 'A trajectory of the group kept changing while the meeting was being recorded; try again.',
  }, '/attendance');
}

/**
 * The meeting's event for every member whose current step accepts it, computed with the group facts that include
 * this meeting; a member whose guard does not hold is passed over (it stays where it is).
 */
async function memberEvents(
  deps: TrajectoryDeps, def: CompiledDefinition, group: { id: string; name: string; programmeYear: string; size: number },
  meeting: GroupMeeting, members: GroupMember[], type: string, now: Date,
): Promise<Array<{ trajectoryId: string; version: number; state: TrajectoryState; event: NewEvent }>> {
  const earlier = await deps.store.groups.meetings(group.id);
  const out = [];
  for (const m of members) {
    const t = await deps.store.trajectories.get(m.trajectoryId);
    if (!t || t.status !== 'active') continue;
    const tDef = await deps.registry.get(t.typeId, t.typeVersion);
    if (!tDef.groupEvents.has(type) || !handlesEvent(tDef, t.steps, type)) continue;
    const calendar: SchoolCalendar = await calendarFor(deps, t.school.id);
    const present = meeting.attendance.find((a) => a.trajectoryId === m.trajectoryId)?.present ?? [];
    const data = { meetingId: meeting.id, heldOn: meeting.heldOn, present } as unknown as JsonObject;
    const facts = factsOf(tDef, { group: { ...group, typeId: def.definition.id, createdAt: '', createdBy: null, closedAt: null }, meetings: [...earlier, meeting] }, t.id);
    let result;
    try {
      result = send(tDef, snapshotOf(tDef, t), { type, data }, { actor: SYSTEM_ACTOR, now, calendar, facts });
    } catch (error) {
      if (error instanceof TransitionRejected) continue;
      throw error;
    }
    const { state, outbox } = writePlan(tDef, result, { now, calendar });
    out.push({
      trajectoryId: t.id, version: t.version, state,
      event: { type, actorId: null, actorRoles: [], data, at: now, stepsBefore: t.steps, idempotencyKey: `${GROUP_KEY_PREFIX}meeting:${meeting.id}`, ...outbox },
    });
  }
  return out;
}

