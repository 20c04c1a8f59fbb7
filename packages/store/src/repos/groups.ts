import { randomUUID } from 'node:crypto';
import type { Connection } from '../create';
import { isUuid, iso } from './database';
import { type TxRun, inTransaction, pgArray, prepareStatement } from './statement';
import {
  type Group, type GroupCandidate, type GroupMeeting, type GroupMember, type GroupRow, type MeetingRow, type PresentPerson,
  GROUP_COLUMNS, MEETING_COLUMNS, toGroup, toMeeting,
} from './group-rows';

export interface NewGroup {
  typeId: string;
  name: string;
  programmeYear: string;
  createdBy: string | null;
  leadUserIds: readonly string[];
  at: Date;
  /** At most this many groups of the type in the programme year (checked under a lock). */
  perYear?: number;
}

/**
 * Work done inside a group write's transaction, through `run` (e.g. `appendEvent(…, run)`): answering false
 * (someone else wrote the trajectory first) rolls the whole write back.
 */
export type InTransaction = (run: TxRun) => Promise<boolean>;

export interface NewMember {
  groupId: string;
  trajectoryId: string;
  schoolId: string;
  by: string | null;
  at: Date;
  /** "Vol = vol": refuse when the group already has this many members (checked under the group's row lock). */
  max?: number;
  /** The join event appended to the trajectory in the same transaction. */
  join: InTransaction;
}

export interface NewMeeting {
  /** The new meeting's id, when the caller needs it beforehand (its member events carry it); by default a new one. */
  id?: string;
  groupId: string;
  kind: string;
  heldOn: string;
  data: unknown;
  by: string | null;
  at: Date;
  idempotencyKey: string | null;
  attendance: ReadonlyArray<{ trajectoryId: string; schoolId: string; present: PresentPerson[] }>;
  /** Soft-rule flags for members whose attendance rule did not hold (source `attendance`); detail gets the meeting id. */
  flags: ReadonlyArray<{ trajectoryId: string; code: string; message: unknown; detail?: Record<string, unknown> }>;
  /** The member events (meeting held), appended in the same transaction once the meeting has its id. */
  events: (run: TxRun, meetingId: string) => Promise<boolean>;
}

export type CreateGroupResult = { kind: 'created'; group: Group } | { kind: 'capacity-full'; count: number };
export type AddMemberResult =
  | { kind: 'added' }
  | { kind: 'not-found' }
  | { kind: 'full'; size: number }
  /** The trajectory is in a group already: this one (`same`) or another. */
  | { kind: 'already-member'; groupId: string; same: boolean }
  | { kind: 'version-conflict' };
export type RecordMeetingResult =
  | { kind: 'recorded'; meetingId: string }
  | { kind: 'replayed'; meetingId: string }
  | { kind: 'not-found' }
  | { kind: 'version-conflict' };

/** Thrown inside a transaction to roll it back when a trajectory moved on meanwhile. */
class RolledBack extends Error {}

interface MemberRow {
  trajectory_id: string; school_id: string; school_name: string; joined_at: string;
  type_version: number; label: string | null; status: 'active' | 'done'; steps: string[]; open_flags: number;
}

const LOCK_GROUP = 'select id from groups where id = $1::uuid for update';

/**
 * Groups (cohorts) of schools: leads, members, shared meetings with attendance. Capacity (groups per type and
 * programme year) and size ("vol = vol" per group) hold under concurrent requests: forming a group takes an
 * advisory lock on its type and year, adding a member or recording a meeting locks the group's row, and the
 * member's event is appended in the same transaction (all or nothing).
 * @example await store.groups.addMember({ groupId, trajectoryId, schoolId, by, at, max: 7, join: (run) => … });
 */
export function createGroupsRepo(connection: Connection) {
  const byId = prepareStatement<GroupRow>(connection, `select ${GROUP_COLUMNS} from groups g where g.id = $1::uuid`);
  const listRows = prepareStatement<GroupRow>(connection, `select ${GROUP_COLUMNS} from groups g
    where ($1::text is null or g.type_id = $1) and ($2::text is null or g.programme_year = $2)
      and ($3::uuid is null or exists (select 1 from group_leads l where l.group_id = g.id and l.user_id = $3::uuid))
    order by g.programme_year desc, g.name, g.id`);
  const leadRows = prepareStatement<{ id: string; name: string | null; email: string }>(connection,
    'select u.id, u.name, u.email from group_leads l join users u on u.id = l.user_id where l.group_id = $1::uuid order by u.name, u.id');
  const memberRows = prepareStatement<MemberRow>(connection, `
    select m.trajectory_id, m.school_id, o.name as school_name, m.joined_at::text as joined_at,
      t.type_version, t.label, t.status, t.steps, t.open_flags
    from group_members m join organisations o on o.id = m.school_id join trajectories t on t.id = m.trajectory_id
    where m.group_id = $1::uuid order by o.name, t.label nulls first, m.trajectory_id`);
  const candidateRows = prepareStatement<Omit<MemberRow, 'joined_at' | 'status' | 'open_flags'>>(connection, `
    select t.id as trajectory_id, t.school_id, o.name as school_name, t.type_version, t.label, t.steps
    from trajectories t join organisations o on o.id = t.school_id
    where t.type_id = $1 and t.status = 'active' and not exists (select 1 from group_members m where m.trajectory_id = t.id)
    order by o.name, t.label nulls first, t.id limit 500`);
  const meetingRows = prepareStatement<MeetingRow>(connection, `select ${MEETING_COLUMNS}
    from group_meetings gm left join users u on u.id = gm.recorded_by where gm.group_id = $1::uuid order by gm.held_on, gm.recorded_at`);
  const groupOf = prepareStatement<{ group_id: string }>(connection, 'select group_id from group_members where trajectory_id = $1::uuid');
  const groupsOf = prepareStatement<GroupRow & { trajectory_id: string }>(connection, `select m.trajectory_id, ${GROUP_COLUMNS}
    from group_members m join groups g on g.id = m.group_id where m.trajectory_id = any($1::uuid[])`);
  const meetingsOf = prepareStatement<MeetingRow>(connection, `select ${MEETING_COLUMNS}
    from group_meetings gm left join users u on u.id = gm.recorded_by where gm.group_id = any($1::uuid[]) order by gm.held_on, gm.recorded_at`);

  const get = async (id: string): Promise<Group | undefined> => {
    if (!isUuid(id)) return undefined;
    const [row] = await byId([id]);
    return row && toGroup(row);
  };

  return {
    get,

    /** Groups, optionally of one type, programme year, or led by one user; newest year first, then by name. */
    async list(filter: { typeId?: string; programmeYear?: string; leadUserId?: string } = {}): Promise<Group[]> {
      if (filter.leadUserId !== undefined && !isUuid(filter.leadUserId)) return [];
      return (await listRows([filter.typeId ?? null, filter.programmeYear ?? null, filter.leadUserId ?? null])).map(toGroup);
    },

    /** The people leading a group. */
    async leads(groupId: string): Promise<Array<{ id: string; name: string | null; email: string }>> {
      return isUuid(groupId) ? leadRows([groupId]) : [];
    },

    /** A group's members (school trajectories), by school name. */
    async members(groupId: string): Promise<GroupMember[]> {
      if (!isUuid(groupId)) return [];
      return (await memberRows([groupId])).map((r) => ({
        trajectoryId: r.trajectory_id, school: { id: r.school_id, name: r.school_name }, joinedAt: iso(r.joined_at),
        typeVersion: Number(r.type_version), label: r.label, status: r.status, steps: r.steps, openFlags: Number(r.open_flags),
      }));
    },

    /** Active trajectories of a type in no group, by school: those the intake may place (the caller checks their step). */
    async candidates(typeId: string): Promise<GroupCandidate[]> {
      return (await candidateRows([typeId])).map((r) => ({
        trajectoryId: r.trajectory_id, school: { id: r.school_id, name: r.school_name }, typeVersion: Number(r.type_version), label: r.label, steps: r.steps,
      }));
    },

    /** A group's meetings in the order they were held, each with every member school's attendance. */
    async meetings(groupId: string): Promise<GroupMeeting[]> {
      return isUuid(groupId) ? (await meetingRows([groupId])).map(toMeeting) : [];
    },

    /** The group a trajectory is in, if any. */
    async ofTrajectory(trajectoryId: string): Promise<Group | undefined> {
      if (!isUuid(trajectoryId)) return undefined;
      const [row] = await groupOf([trajectoryId]);
      return row ? get(row.group_id) : undefined;
    },

    /**
     * For a list of trajectories at once: the group each is in (those in none are left out) with the group's
     * meetings, in two queries however long the list (the coach overview's "wacht op" reads their facts).
     */
    async contextsOf(trajectoryIds: readonly string[]): Promise<Map<string, { group: Group; meetings: GroupMeeting[] }>> {
      const ids = trajectoryIds.filter(isUuid);
      if (ids.length === 0) return new Map();
      const groups = await groupsOf([pgArray(ids)]);
      const groupIds = [...new Set(groups.map((g) => g.id))];
      const meetings = groupIds.length === 0 ? [] : (await meetingsOf([pgArray(groupIds)])).map(toMeeting);
      return new Map(groups.map((g) => [g.trajectory_id, { group: toGroup(g), meetings: meetings.filter((m) => m.groupId === g.id) }]));
    },

    /** Forms a group with its leads; refused when the type already has `perYear` groups that programme year. */
    async create(input: NewGroup): Promise<CreateGroupResult> {
      const id = await inTransaction(connection, async (run): Promise<string | { full: number }> => {
        if (input.perYear !== undefined) {
          // Groups of one type and year are formed one at a time, so two cannot both take the last place.
          await run('select pg_advisory_xact_lock(hashtext($1))', [`koers:groups:${input.typeId}:${input.programmeYear}`]);
          const [row] = await run<{ n: number }>('select count(*)::int as n from groups where type_id = $1 and programme_year = $2 and closed_at is null',
            [input.typeId, input.programmeYear]);
          if (Number(row?.n ?? 0) >= input.perYear) return { full: Number(row?.n ?? 0) };
        }
        const [group] = await run<{ id: string }>(
          'insert into groups (type_id, name, programme_year, created_at, created_by) values ($1, $2, $3, $4::timestamptz, $5::uuid) returning id',
          [input.typeId, input.name, input.programmeYear, input.at.toISOString(), input.createdBy]);
        // The group's place: a trajectory of a type whose subject is the group hangs at this row (see schema.ts).
        await run(`insert into organisations (id, kind, name, created_at) values ($1::uuid, 'group', $2, $3::timestamptz)`,
          [group!.id, input.name, input.at.toISOString()]);
        for (const userId of new Set(input.leadUserIds)) {
          await run('insert into group_leads (group_id, user_id, created_at) values ($1::uuid, $2::uuid, $3::timestamptz)', [group!.id, userId, input.at.toISOString()]);
        }
        return group!.id;
      });
      if (typeof id !== 'string') return { kind: 'capacity-full', count: id.full };
      return { kind: 'created', group: (await get(id))! };
    },

    /**
     * Adds a school's trajectory to a group and appends its join event, in one transaction under the group's row
     * lock: two schools registering for the last place cannot both get it, and nothing is written when the
     * trajectory moved on meanwhile (`version-conflict`).
     */
    async addMember(input: NewMember): Promise<AddMemberResult> {
      if (!isUuid(input.groupId) || !isUuid(input.trajectoryId)) return { kind: 'not-found' };
      try {
        return await inTransaction(connection, async (run): Promise<AddMemberResult> => {
          const [locked] = await run<{ id: string }>(LOCK_GROUP, [input.groupId]);
          if (!locked) return { kind: 'not-found' };
          const [member] = await run<{ group_id: string }>('select group_id from group_members where trajectory_id = $1::uuid', [input.trajectoryId]);
          if (member) return { kind: 'already-member', groupId: member.group_id, same: member.group_id === input.groupId };
          const [count] = await run<{ n: number }>('select count(*)::int as n from group_members where group_id = $1::uuid', [input.groupId]);
          const size = Number(count?.n ?? 0);
          if (input.max !== undefined && size >= input.max) return { kind: 'full', size };
          await run('insert into group_members (group_id, trajectory_id, school_id, joined_at, joined_by) values ($1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5::uuid)',
            [input.groupId, input.trajectoryId, input.schoolId, input.at.toISOString(), input.by]);
          if (!(await input.join(run))) throw new RolledBack();
          return { kind: 'added' };
        });
      } catch (error) {
        if (error instanceof RolledBack) return { kind: 'version-conflict' };
        throw error;
      }
    },

    /** Takes a trajectory out of a group (its recorded attendance stays); false when it was not a member. */
    async removeMember(groupId: string, trajectoryId: string): Promise<boolean> {
      if (!isUuid(groupId) || !isUuid(trajectoryId)) return false;
      return inTransaction(connection, async (run) => {
        await run(LOCK_GROUP, [groupId]);
        const rows = await run('delete from group_members where group_id = $1::uuid and trajectory_id = $2::uuid returning trajectory_id', [groupId, trajectoryId]);
        return rows.length > 0;
      });
    },

    /**
     * Records a shared meeting once for the group: the meeting, one attendance row per member, the attendance
     * flags (and each flagged trajectory's `open_flags`), and the member events, all in one transaction under the
     * group's row lock. A retried request with the same idempotency key answers the first meeting (`replayed`).
     */
    async recordMeeting(input: NewMeeting): Promise<RecordMeetingResult> {
      if (!isUuid(input.groupId)) return { kind: 'not-found' };
      const meetingId = input.id ?? randomUUID();
      try {
        return await inTransaction(connection, async (run): Promise<RecordMeetingResult> => {
          const [locked] = await run<{ id: string }>(LOCK_GROUP, [input.groupId]);
          if (!locked) return { kind: 'not-found' };
          if (input.idempotencyKey !== null) {
            const [earlier] = await run<{ id: string }>('select id from group_meetings where group_id = $1::uuid and idempotency_key = $2', [input.groupId, input.idempotencyKey]);
            if (earlier) return { kind: 'replayed', meetingId: earlier.id };
          }
          const at = input.at.toISOString();
          await run(`insert into group_meetings (id, group_id, kind, held_on, data, recorded_at, recorded_by, idempotency_key)
            values ($1::uuid, $2::uuid, $3, $4, $5::text::jsonb, $6::timestamptz, $7::uuid, $8)`,
          [meetingId, input.groupId, input.kind, input.heldOn, input.data === undefined || input.data === null ? null : JSON.stringify(input.data), at, input.by, input.idempotencyKey]);
          for (const a of input.attendance) {
            await run('insert into group_attendance (meeting_id, trajectory_id, school_id, present) values ($1::uuid, $2::uuid, $3::uuid, $4::text::jsonb)',
              [meetingId, a.trajectoryId, a.schoolId, JSON.stringify(a.present)]);
          }
          for (const f of input.flags) await raiseFlag(run, f, meetingId, at);
          if (!(await input.events(run, meetingId))) throw new RolledBack();
          return { kind: 'recorded', meetingId };
        });
      } catch (error) {
        if (error instanceof RolledBack) return { kind: 'version-conflict' };
        throw error;
      }
    },
  };
}

/** One attendance flag, and the trajectory's count of open flags, in the caller's transaction. */
async function raiseFlag(run: TxRun, f: NewMeeting['flags'][number], meetingId: string, at: string): Promise<void> {
  await run(`insert into flags (trajectory_id, seq, source, code, message, detail, raised_at)
    values ($1::uuid, null, 'attendance', $2, $3::text::jsonb, $4::text::jsonb, $5::timestamptz)`,
  [f.trajectoryId, f.code, JSON.stringify(f.message), JSON.stringify({ ...f.detail, meetingId }), at]);
  await run('update trajectories set open_flags = open_flags + 1 where id = $1::uuid', [f.trajectoryId]);
}

export type GroupsRepo = ReturnType<typeof createGroupsRepo>;
export type { Group, GroupCandidate, GroupMeeting, GroupMember, PresentPerson } from './group-rows';
