import {
  type AttendanceRule, type CompiledDefinition, type JsonObject, type Localized, checkAttendance, meetingFields, isWithin,
} from '@koers/engine';
import type { Group, GroupMeeting, Store } from '@koers/store';
import { roleRef, stepRef } from '../trajectories/labels';
import { formShape } from '../trajectories/documents';
import { roleTitleIn } from './facts';

type Lead = { id: string; name: string | null };

/** A group in a list: its type, size and leads. */
export function groupSummary(def: CompiledDefinition, group: Group, leads: Lead[]) {
  const spec = def.definition.groups!;
  return {
    id: group.id, name: group.name, programmeYear: group.programmeYear,
    type: { id: def.definition.id, version: def.definition.version, title: def.definition.title }, groupTitle: spec.title,
    size: group.size, max: spec.size?.max ?? null, min: spec.size?.min ?? null, leads, createdAt: group.createdAt, closedAt: group.closedAt,
  };
}

/** An attendance rule in words: "minstens 2 vertegenwoordigers, onder wie Schoolleider". */
export function ruleText(def: CompiledDefinition, rule: AttendanceRule): Localized {
  const roles = (rule.roles ?? []).map((r) => roleRef(def, r).title);
  const nl: string[] = [];
  const en: string[] = [];
  if (rule.min !== undefined) {
    nl.push(`minstens ${rule.min} ${rule.min === 1 ? 'vertegenwoordiger' : 'vertegenwoordigers'} per school`);
    en.push(`at least ${rule.min} ${rule.min === 1 ? 'representative' : 'representatives'} per school`);
  }
  if (roles.length > 0) {
    nl.push(`${rule.min === undefined ? 'met' : 'onder wie'} ${roles.map((r) => r.nl.toLowerCase()).join(' en ')}`);
    en.push(`${rule.min === undefined ? 'with' : 'including'} ${roles.map((r) => r.en.toLowerCase()).join(' and ')}`);
  }
  return { nl: nl.join(', ') || 'geen eisen', en: en.join(', ') || 'no requirements' };
}

/** The meeting kinds of a type with their forms and attendance rules. */
export function meetingKinds(def: CompiledDefinition) {
  return Object.entries(def.definition.groups?.meetings ?? {}).map(([kind, m]) => ({
    kind, title: m.title, description: m.description ?? null,
    form: m.form && def.forms.has(m.form) ? formShape(def, m.form) : null,
    attendance: m.attendance ? {
      min: m.attendance.min ?? null, roles: (m.attendance.roles ?? []).map((r) => roleRef(def, r)), severity: m.attendance.severity ?? 'warning',
      message: m.attendance.message ?? null, text: ruleText(def, m.attendance),
    } : null,
  }));
}

/** A recorded meeting with every member school's attendance and whether its rule held. */
export function meetingView(def: CompiledDefinition, m: GroupMeeting, schools: Map<string, { id: string; name: string }>) {
  const kind = def.definition.groups?.meetings?.[m.kind];
  return {
    id: m.id, kind: m.kind, title: kind?.title ?? { nl: m.kind, en: m.kind }, heldOn: m.heldOn,
    data: (m.data ?? null) as JsonObject | null, recordedAt: m.recordedAt,
    recordedBy: m.recordedBy ? { id: m.recordedBy.id, name: m.recordedBy.name } : null,
    attendance: m.attendance.map((a) => ({ a, school: schools.get(a.trajectoryId) ?? { id: a.schoolId, name: '' } }))
      .sort((x, y) => x.school.name.localeCompare(y.school.name, 'nl')).map(({ a, school }) => {
      const check = checkAttendance(kind?.attendance, a.present, roleTitleIn(def));
      return {
        trajectoryId: a.trajectoryId, school, present: a.present,
        complete: check.holds, message: check.message ?? null,
      };
    }),
  };
}

/** The first meeting date (a form field marked `meeting`) in a recorded meeting's data that is today or later. */
function nextMeeting(def: CompiledDefinition, meetings: GroupMeeting[], today: string) {
  let next: { kind: string; title: Localized; date: string } | null = null;
  for (const m of meetings) {
    const spec = def.definition.groups?.meetings?.[m.kind];
    const form = spec?.form ? def.forms.get(spec.form)?.definition : undefined;
    if (!form || m.data === null || typeof m.data !== 'object') continue;
    for (const field of meetingFields(form)) {
      const value = field.pointer.split('/').slice(1).reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), m.data);
      if (typeof value !== 'string' || value.slice(0, 10) < today) continue;
      if (next === null || value < next.date) next = { kind: m.kind, title: field.title, date: value };
    }
  }
  return next;
}

/** The group page: members and where each stands, meetings with attendance, candidates, capacity, the next meeting. */
export async function groupView(store: Store, def: CompiledDefinition, group: Group, leads: Lead[], opts: { canManage: boolean; today: string }) {
  const spec = def.definition.groups!;
  const [members, meetings, candidates, sameYear] = await Promise.all([
    store.groups.members(group.id), store.groups.meetings(group.id), store.groups.candidates(group.typeId),
    store.groups.list({ typeId: group.typeId, programmeYear: group.programmeYear }),
  ]);
  const schools = new Map(members.map((m) => [m.trajectoryId, m.school]));
  for (const m of meetings) for (const a of m.attendance) if (!schools.has(a.trajectoryId)) schools.set(a.trajectoryId, { id: a.schoolId, name: '' });
  return {
    ...groupSummary(def, group, leads),
    members: members.map((m) => ({
      trajectoryId: m.trajectoryId, school: m.school, label: m.label, status: m.status,
      steps: m.steps.map((s) => stepRef(def, s)), openFlags: m.openFlags, joinedAt: m.joinedAt,
    })),
    meetingKinds: meetingKinds(def),
    meetings: meetings.map((m) => meetingView(def, m, schools)),
    eligible: candidates.filter((c) => c.steps.some((s) => isWithin(s, spec.join.step))).map((c) => ({
      trajectoryId: c.trajectoryId, school: c.school, label: c.label, steps: c.steps.map((s) => stepRef(def, s)),
    })),
    capacity: {
      perYear: spec.capacity?.perYear ?? null, groupsThisYear: sameYear.filter((g) => g.closedAt === null).length,
      full: spec.size?.max !== undefined && group.size >= spec.size.max, fullMessage: spec.full ?? null,
    },
    nextMeeting: nextMeeting(def, meetings, opts.today),
    canManage: opts.canManage,
  };
}

