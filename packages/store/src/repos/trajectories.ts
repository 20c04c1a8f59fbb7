import { and, asc, count, desc, eq, lt, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { auditLog, effects, events, organisations, trajectories, users } from '../schema';
import { type Executor, databaseOf, isUuid, rowsOf } from './database';
import { createAppendEvent } from './append-event';
import { type ScheduledTimer, TIMER_RECORD, TIMER_WRITTEN, timerRecords } from './timer-plan';
import {
  type EventSummary, type SchoolScope, type StoredEvent, type Trajectory, type TrajectoryState,
  eventColumns, inScope, toEvent, toEventSummary, toTrajectory, trajectoryColumns, withGroupPlaces,
} from './trajectory-rows';

/** The type of the first event of every trajectory: the start, seq 1. */
export const START_EVENT = '@start';

export interface NewTrajectory extends TrajectoryState {
  typeId: string;
  typeVersion: number;
  schoolId: string;
  createdBy: string | null;
  actorRoles: string[];
  /** The clock's time. */
  at: Date;
  /** Whom it belongs to (default school): for a bestuur, `schoolId` holds the bestuur's id. */
  subject?: 'school' | 'bestuur' | 'group';
  /** What tells it apart from others of its type at the same subject; trimmed, null or absent for none. */
  label?: string | null;
  /**
   * Refuse the start when an active trajectory of the type at the same subject has the same label (compared without
   * case); with `unlabelledClash` two without a label clash too. Checked under a lock, so racing starts cannot both pass.
   */
  distinctLabels?: { unlabelledClash: boolean };
  /** "Vol = vol": refuse the start when this many trajectories of the type are active (checked under a lock). */
  capacity?: number;
  /** What the engine asked to be done at the start: written to the `effects` outbox (and the audit) in the same transaction. */
  effects?: readonly unknown[];
  /** The trajectory's timers and reminders (the engine's `schedule()`), written in the same transaction. */
  scheduled?: readonly ScheduledTimer[];
}

export type CreateResult =
  | { kind: 'created'; trajectory: Trajectory }
  | { kind: 'capacity-full'; active: number }
  | { kind: 'label-taken'; label: string | null };

export interface TrajectoryFilter {
  scope: SchoolScope;
  schoolId?: string;
  typeId?: string;
  status?: 'active' | 'done';
  limit?: number;
  offset?: number;
}

/**
 * Trajectories and their append-only event log. Every write goes through a version check: the row's
 * `version` is the seq of its last event, so the log has no gaps and no duplicates.
 * @example const r = await store.trajectories.appendEvent(id, 3, state, { type: 'INTAKE_AFRONDEN', … });
 */
export function createTrajectoriesRepo(connection: Connection) {
  const db = databaseOf(connection);
  const withSchool = () => db.select(trajectoryColumns).from(trajectories)
    .innerJoin(organisations, eq(organisations.id, trajectories.schoolId));
  const byId = withSchool().where(eq(trajectories.id, sql.placeholder('id'))).prepare('koers_trajectory_by_id');
  const eventByKey = db.select(eventColumns).from(events).leftJoin(users, eq(users.id, events.actorId))
    .where(and(eq(events.trajectoryId, sql.placeholder('id')), eq(events.idempotencyKey, sql.placeholder('key'))))
    .prepare('koers_event_by_key');
  const eventBySeq = db.select(eventColumns).from(events).leftJoin(users, eq(users.id, events.actorId))
    .where(and(eq(events.trajectoryId, sql.placeholder('id')), eq(events.seq, sql.placeholder('seq'))))
    .prepare('koers_event_by_seq');

  /** One trajectory with its school; undefined for an unknown (or malformed) id. */
  const get = async (id: string): Promise<Trajectory | undefined> => {
    if (!isUuid(id)) return undefined;
    const [row] = await byId.execute({ id });
    return row && (await withGroupPlaces(db, [toTrajectory(row)]))[0];
  };

  const countActive = async (typeId: string, executor: Executor = db): Promise<number> => {
    const [row] = await executor.select({ n: count() }).from(trajectories)
      .where(and(eq(trajectories.typeId, typeId), eq(trajectories.status, 'active')));
    return Number(row?.n ?? 0);
  };

  return {
    /** Inserts the trajectory and its start event (seq 1) in one transaction, after the capacity check. */
    async create(input: NewTrajectory): Promise<CreateResult> {
      const at = input.at.toISOString();
      const label = input.label ?? null;
      const id = await db.transaction(async (tx): Promise<{ full: number } | { taken: string | null } | { id: string }> => {
        if (input.distinctLabels) {
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`koers:label:${input.typeId}:${input.schoolId}`}))`);
          const clash = label === null
            ? (input.distinctLabels.unlabelledClash ? sql`${trajectories.label} is null` : sql`false`)
            : sql`lower(${trajectories.label}) = lower(${label})`;
          const [taken] = await tx.select({ id: trajectories.id }).from(trajectories).where(and(
            eq(trajectories.typeId, input.typeId), eq(trajectories.schoolId, input.schoolId), eq(trajectories.status, 'active'), clash,
          )).limit(1);
          if (taken) return { taken: label };
        }
        if (input.capacity !== undefined) {
          // Starts of one type queue here, so two concurrent starts cannot both take the last place.
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`koers:capacity:${input.typeId}`}))`);
          const active = await countActive(input.typeId, tx);
          if (active >= input.capacity) return { full: active };
        }
        const [row] = await tx.insert(trajectories).values({
          typeId: input.typeId, typeVersion: input.typeVersion, schoolId: input.schoolId, status: input.status,
          subject: input.subject ?? 'school', label,
          steps: input.steps, stepsDueAt: input.stepsDueAt as string[], waitingRoles: input.waitingRoles,
          snapshot: input.snapshot, version: 1, enteredAt: input.enteredAt, dueAt: input.dueAt,
          lastActivityAt: at, createdAt: at, createdBy: input.createdBy,
        }).returning({ id: trajectories.id });
        await tx.insert(events).values({
          trajectoryId: row!.id, seq: 1, type: START_EVENT, actorId: input.createdBy, actorRoles: input.actorRoles,
          at, stepsBefore: [], stepsAfter: input.steps,
        });
        if (input.effects?.length) {
          await tx.insert(effects).values(input.effects.map((effect) => ({ trajectoryId: row!.id, seq: 1, effect, at })));
          await tx.insert(auditLog).values(input.effects.map((effect) => ({
            at, actorId: input.createdBy, organisationId: input.schoolId, trajectoryId: row!.id,
            action: `trajectory.${String((effect as { type?: unknown }).type)}`, detail: { seq: 1, ...(effect as object) },
          })));
        }
        if (input.scheduled?.length) {
          await tx.execute(sql`
            insert into timers (trajectory_id, key, kind, step, event, due_at, detail, type_version)
            select ${row!.id}::uuid, x.key, x.kind, x.step, x.event, x.due_at, x.detail, ${input.typeVersion}::int
            from jsonb_to_recordset(${timerRecords(input.scheduled)}::text::jsonb) as ${sql.raw(TIMER_RECORD)},
              (select ${at}::timestamptz as at) w
            where ${sql.raw(TIMER_WRITTEN('w.at'))}
            on conflict (trajectory_id, key) do nothing`);
        }
        return { id: row!.id };
      });
      if ('full' in id) return { kind: 'capacity-full', active: id.full };
      if ('taken' in id) return { kind: 'label-taken', label: id.taken };
      return { kind: 'created', trajectory: (await get(id.id))! };
    },

    /** One trajectory with its school; undefined for an unknown (or malformed) id. */
    get,

    /** Trajectories the scope reaches, most recently active first. */
    async list(filter: TrajectoryFilter): Promise<Trajectory[]> {
      if (filter.schoolId !== undefined && !isUuid(filter.schoolId)) return [];
      const rows = await withSchool().where(and(
        inScope(filter.scope),
        filter.schoolId === undefined ? undefined : eq(trajectories.schoolId, filter.schoolId),
        filter.typeId === undefined ? undefined : eq(trajectories.typeId, filter.typeId),
        filter.status === undefined ? undefined : eq(trajectories.status, filter.status),
      )).orderBy(desc(trajectories.lastActivityAt), asc(trajectories.id))
        .limit(filter.limit ?? 100).offset(filter.offset ?? 0);
      return withGroupPlaces(db, rows.map(toTrajectory));
    },

    /** How many trajectories of a type (all its versions) are active: for "vol = vol". */
    countActive: (typeId: string) => countActive(typeId),

    appendEvent: createAppendEvent(connection),

    /** The event log of a trajectory in order: its audit. */
    async events(trajectoryId: string): Promise<StoredEvent[]> {
      if (!isUuid(trajectoryId)) return [];
      const rows = await db.select(eventColumns).from(events).leftJoin(users, eq(users.id, events.actorId))
        .where(eq(events.trajectoryId, trajectoryId)).orderBy(asc(events.seq));
      return rows.map(toEvent);
    },

    /**
     * Every event of a trajectory in order, without the data each carried: where it went, who sent it and when (the
     * trajectory page's progress and documents; a long log stays light).
     */
    async eventSummaries(trajectoryId: string): Promise<EventSummary[]> {
      if (!isUuid(trajectoryId)) return [];
      // Arrays come as comma-joined text: parsing PostgreSQL arrays row by row cost three quarters of the time at
      // 5,000 events (42 ms -> ~15 ms). Safe: step names and role ids cannot hold a comma (the definition schema's
      // `name` and `roleId` patterns), and an empty array is an empty text.
      const rows = rowsOf<SummaryRow>(await db.execute(sql`
        select e.seq, e.type, e.actor_id as "actorId", e.at::text as at, array_to_string(e.actor_roles, ',') as roles,
          array_to_string(e.steps_before, ',') as before, array_to_string(e.steps_after, ',') as after,
          e.idempotency_key as "idempotencyKey", e.request_hash as "requestHash", e.reason, u.name as "actorName"
        from ${events} e left join ${users} u on u.id = e.actor_id
        where e.trajectory_id = ${trajectoryId}::uuid order by e.seq`));
      const list = (text: string) => (text === '' ? [] : text.split(','));
      return rows.map((r) => toEventSummary({
        e: { trajectoryId, seq: Number(r.seq), type: r.type, actorId: r.actorId, actorRoles: list(r.roles), at: r.at, stepsBefore: list(r.before),
          stepsAfter: list(r.after), idempotencyKey: r.idempotencyKey, requestHash: r.requestHash, reason: r.reason },
        actorName: r.actorName,
      }));
    },

    /**
     * One page of the event log, with data, in order: the `limit` events before seq `before` (the newest without it).
     * Keyset on (trajectory, seq), the primary key: the page costs the same at event 5,000 as at event 50.
     */
    async eventPage(trajectoryId: string, page: { before?: number; limit: number }): Promise<StoredEvent[]> {
      if (!isUuid(trajectoryId)) return [];
      const rows = await db.select(eventColumns).from(events).leftJoin(users, eq(users.id, events.actorId))
        .where(and(eq(events.trajectoryId, trajectoryId), page.before === undefined ? undefined : lt(events.seq, page.before)))
        .orderBy(desc(events.seq)).limit(page.limit);
      return rows.reverse().map(toEvent);
    },

    /** One event by its seq. */
    async event(trajectoryId: string, seq: number): Promise<StoredEvent | undefined> {
      if (!isUuid(trajectoryId)) return undefined;
      const [row] = await eventBySeq.execute({ id: trajectoryId, seq });
      return row && toEvent(row);
    },

    /** The event an idempotency key produced on this trajectory, if any. */
    async eventByKey(trajectoryId: string, key: string): Promise<StoredEvent | undefined> {
      if (!isUuid(trajectoryId)) return undefined;
      const [row] = await eventByKey.execute({ id: trajectoryId, key });
      return row && toEvent(row);
    },
  };
}

export type TrajectoriesRepo = ReturnType<typeof createTrajectoriesRepo>;

/** One row of `eventSummaries`' query. */
interface SummaryRow {
  seq: number | string; type: string; actorId: string | null; at: string; roles: string; before: string; after: string;
  idempotencyKey: string | null; requestHash: string | null; reason: string | null; actorName: string | null;
}
export type { EventSummary, GroupPlace, SchoolScope, StoredEvent, Trajectory, TrajectoryState } from './trajectory-rows';
export type { AppendResult, NewEvent } from './append-event';
