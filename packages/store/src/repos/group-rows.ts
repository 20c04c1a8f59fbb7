import { iso } from './database';

/** A group (cohort) of schools in one programme year, with how many members it has. */
export interface Group {
  id: string;
  typeId: string;
  name: string;
  programmeYear: string;
  createdAt: string;
  createdBy: string | null;
  closedAt: string | null;
  /** How many member trajectories it has now. */
  size: number;
}

/** A member of a group: a school's trajectory. */
export interface GroupMember {
  trajectoryId: string;
  school: { id: string; name: string };
  joinedAt: string;
  /** The member trajectory as the group page shows it. */
  typeVersion: number;
  label: string | null;
  status: 'active' | 'done';
  steps: string[];
  openFlags: number;
}

/** A trajectory of a group's type that is in no group (yet): a candidate for the intake to place. */
export interface GroupCandidate {
  trajectoryId: string;
  school: { id: string; name: string };
  typeVersion: number;
  label: string | null;
  steps: string[];
}

/** One person of a school at a group meeting. */
export interface PresentPerson {
  name: string;
  role: string;
}

/** A group meeting as recorded, with each member school's attendance. */
export interface GroupMeeting {
  id: string;
  groupId: string;
  kind: string;
  heldOn: string;
  data: unknown;
  recordedAt: string;
  recordedBy: { id: string; name: string | null } | null;
  attendance: Array<{ trajectoryId: string; schoolId: string; present: PresentPerson[] }>;
}

export interface GroupRow {
  id: string; type_id: string; name: string; programme_year: string; created_at: string; created_by: string | null; closed_at: string | null; size: number | string;
}

export const GROUP_COLUMNS = `g.id, g.type_id, g.name, g.programme_year, g.created_at::text as created_at, g.created_by, g.closed_at::text as closed_at,
  (select count(*) from group_members m where m.group_id = g.id)::int as size`;

export const toGroup = (r: GroupRow): Group => ({
  id: r.id, typeId: r.type_id, name: r.name, programmeYear: r.programme_year, createdAt: iso(r.created_at), createdBy: r.created_by,
  closedAt: iso(r.closed_at), size: Number(r.size),
});

export interface MeetingRow {
  id: string; group_id: string; kind: string; held_on: string; data: unknown; recorded_at: string; recorded_by: string | null;
  recorder_name: string | null; attendance: Array<{ trajectoryId: string; schoolId: string; present: PresentPerson[] }> | null;
}

export const MEETING_COLUMNS = `gm.id, gm.group_id, gm.kind, gm.held_on, gm.data, gm.recorded_at::text as recorded_at, gm.recorded_by, u.name as recorder_name,
  (select coalesce(jsonb_agg(jsonb_build_object('trajectoryId', a.trajectory_id, 'schoolId', a.school_id, 'present', a.present) order by a.trajectory_id), '[]'::jsonb)
   from group_attendance a where a.meeting_id = gm.id) as attendance`;

export const toMeeting = (r: MeetingRow): GroupMeeting => ({
  id: r.id, groupId: r.group_id, kind: r.kind, heldOn: r.held_on, data: r.data ?? null, recordedAt: iso(r.recorded_at),
  recordedBy: r.recorded_by ? { id: r.recorded_by, name: r.recorder_name } : null, attendance: r.attendance ?? [],
});
