import { inArray, sql } from 'drizzle-orm';
import { events, groupLeads, groupMembers, organisations, trajectories, users } from '../schema';
import type { Executor } from './database';
import { isUuid, iso } from './database';
import { nullableTime } from './statement';
import { sentBySystem } from './timer-plan';

/**
 * The columns derived from the engine's snapshot on every write, so lists and the coach overview are
 * answered from the row (and its indexes) without reading the snapshot.
 */
export interface TrajectoryState {
  status: 'active' | 'done';
  /** The engine's snapshot (plain JSON). */
  snapshot: unknown;
  /** Active leaf steps. */
  steps: string[];
  /** When each step becomes overdue, same order as `steps`; null without an expected duration. */
  stepsDueAt: Array<string | null>;
  /** Roles the active steps wait for. */
  waitingRoles: string[];
  /** When the current step was entered (the earliest, for parallel steps). */
  enteredAt: string;
  /** The earliest due time of the active steps. */
  dueAt: string | null;
}

/** A trajectory as stored, with the school it belongs to. */
export interface Trajectory extends TrajectoryState {
  id: string;
  typeId: string;
  typeVersion: number;
  /** The organisation the trajectory belongs to: a school, or for a bestuur type (`subject` bestuur) the bestuur. */
  school: { id: string; name: string; parentId: string | null };
  /** Whom the trajectory belongs to: a school (the default), a bestuur or a group (`school` then holds the bestuur or group). */
  subject: 'school' | 'bestuur' | 'group';
  /** For a group trajectory (`subject` group): who is in its group now, for access. Absent otherwise. */
  group?: GroupPlace;
  /** What tells it apart from other trajectories of its type at the same subject (a class, a theme); null when none. */
  label: string | null;
  /** Optimistic concurrency: the seq of the last event. */
  version: number;
  lastActivityAt: string;
  createdAt: string;
  createdBy: string | null;
}

/** The people a group trajectory reaches: its group's member schools (and their besturen) and its leads. */
export interface GroupPlace {
  memberIds: string[];
  parentIds: string[];
  leadIds: string[];
}

/**
 * Adds `group` (its members and leads as they are now) to the group trajectories among these rows: two reads for
 * all of them, none when there is no group trajectory.
 */
export async function withGroupPlaces<T extends Trajectory>(db: Executor, rows: T[]): Promise<T[]> {
  const ids = [...new Set(rows.filter((t) => t.subject === 'group').map((t) => t.school.id))];
  if (ids.length === 0) return rows;
  const [members, leads] = await Promise.all([
    db.select({ groupId: groupMembers.groupId, schoolId: groupMembers.schoolId, parentId: organisations.parentId })
      .from(groupMembers).innerJoin(organisations, sql`${organisations.id} = ${groupMembers.schoolId}`).where(inArray(groupMembers.groupId, ids)),
    db.select({ groupId: groupLeads.groupId, userId: groupLeads.userId }).from(groupLeads).where(inArray(groupLeads.groupId, ids)),
  ]);
  const places = new Map<string, GroupPlace>(ids.map((id) => [id, { memberIds: [], parentIds: [], leadIds: [] }]));
  for (const m of members) {
    const place = places.get(m.groupId)!;
    place.memberIds.push(m.schoolId);
    if (m.parentId !== null) place.parentIds.push(m.parentId);
  }
  for (const l of leads) places.get(l.groupId)!.leadIds.push(l.userId);
  return rows.map((t) => (t.subject === 'group' ? { ...t, group: places.get(t.school.id)! } : t));
}

/** An event without the data it carried: what the trajectory page reads of every event (steps, who, when). */
export type EventSummary = Omit<StoredEvent, 'data'>;

/** One entry of a trajectory's append-only event log. */
export interface StoredEvent {
  trajectoryId: string;
  seq: number;
  type: string;
  actor: { id: string; name: string | null } | null;
  /** Sent by the system (a timer), not by a person: `actor` is null. */
  system: boolean;
  actorRoles: string[];
  data: unknown;
  at: string;
  stepsBefore: string[];
  stepsAfter: string[];
  idempotencyKey: string | null;
  /** The hash of the request the idempotency key came with (`requestHash`); null without a key. */
  requestHash: string | null;
  /** The reason given with the event (`meta.events.<E>.reason`); null when none was asked or given. */
  reason?: string | null;
}

/** The select list of a trajectory joined with its school. */
export const trajectoryColumns = {
  t: trajectories,
  schoolName: organisations.name,
  schoolParentId: organisations.parentId,
};

type TrajectorySelect = { t: typeof trajectories.$inferSelect; schoolName: string; schoolParentId: string | null };

export function toTrajectory({ t, schoolName, schoolParentId }: TrajectorySelect): Trajectory {
  return {
    id: t.id, typeId: t.typeId, typeVersion: t.typeVersion, status: t.status, snapshot: t.snapshot,
    steps: t.steps, stepsDueAt: t.stepsDueAt.map((d) => iso(nullableTime(d))), waitingRoles: t.waitingRoles,
    enteredAt: iso(t.enteredAt), dueAt: iso(t.dueAt), version: t.version, lastActivityAt: iso(t.lastActivityAt),
    createdAt: iso(t.createdAt), createdBy: t.createdBy,
    school: { id: t.schoolId, name: schoolName, parentId: schoolParentId }, subject: t.subject, label: t.label,
  };
}

/** The select list of an event with its actor's name. */
export const eventColumns = { e: events, actorName: users.name };

export function toEventSummary({ e, actorName }: { e: Omit<typeof events.$inferSelect, 'data'>; actorName: string | null }): EventSummary {
  return {
    trajectoryId: e.trajectoryId, seq: e.seq, type: e.type,
    actor: e.actorId === null ? null : { id: e.actorId, name: actorName }, system: sentBySystem(e.actorId, e.idempotencyKey),
    actorRoles: e.actorRoles, at: iso(e.at), stepsBefore: e.stepsBefore, stepsAfter: e.stepsAfter,
    idempotencyKey: e.idempotencyKey, requestHash: e.requestHash, reason: e.reason,
  };
}

export function toEvent(row: { e: typeof events.$inferSelect; actorName: string | null }): StoredEvent {
  return { ...toEventSummary(row), data: row.e.data };
}

/**
 * Which trajectories a query may reach: all of them (admins), or those of a viewer's school-wide
 * memberships (a school itself, or every school under a bestuur) plus single trajectories a membership
 * is narrowed to.
 */
export type SchoolScope = { all: true } | {
  organisationIds: readonly string[];
  trajectoryIds?: readonly string[];
  /** The viewer: the trajectories of the groups they lead are in scope. */
  userId?: string;
  /**
   * Memberships at a bestuur that reach only some types: the trajectories of these type versions at the bestuur
   * itself or at its schools (a role the type lets be held at the bestuur).
   */
  bestuurTypes?: ReadonlyArray<{ organisationId: string; types: ReadonlyArray<{ typeId: string; typeVersion: number }> }>;
};

const uuidList = (ids: readonly string[]) => sql.join([...new Set(ids)].filter(isUuid).map((id) => sql`${id}::uuid`), sql`, `);

/** The scope as a condition on `trajectories`. */
export function inScope(scope: SchoolScope) {
  if ('all' in scope) return sql`true`;
  const orgs = scope.organisationIds.filter(isUuid);
  const single = (scope.trajectoryIds ?? []).filter(isUuid);
  const parts = [];
  if (orgs.length > 0) {
    const list = uuidList(orgs);
    parts.push(sql`${trajectories.schoolId} in (${list}) or ${trajectories.schoolId} in (
    select ${organisations.id} from ${organisations} where ${organisations.parentId} in (${list}))`);
    // A group trajectory is seen from its member schools, as a school's trajectory from the school.
    parts.push(sql`${trajectories.schoolId} in (select ${groupMembers.groupId} from ${groupMembers} where ${groupMembers.schoolId} in (${list}))`);
  }
  if (scope.userId !== undefined && isUuid(scope.userId)) {
    parts.push(sql`${trajectories.schoolId} in (select ${groupLeads.groupId} from ${groupLeads} where ${groupLeads.userId} = ${scope.userId}::uuid)`);
  }
  if (single.length > 0) parts.push(sql`${trajectories.id} in (${uuidList(single)})`);
  for (const reach of scope.bestuurTypes ?? []) {
    if (!isUuid(reach.organisationId) || reach.types.length === 0) continue;
    const types = sql.join(reach.types.map((v) => sql`(${v.typeId}, ${v.typeVersion}::int)`), sql`, `);
    parts.push(sql`((${trajectories.typeId}, ${trajectories.typeVersion}) in (${types}) and (${trajectories.schoolId} = ${reach.organisationId}::uuid
    or ${trajectories.schoolId} in (select ${organisations.id} from ${organisations} where ${organisations.parentId} = ${reach.organisationId}::uuid)))`);
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}
