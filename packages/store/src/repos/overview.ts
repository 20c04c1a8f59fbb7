import { type SQL, and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { organisations, stepDues, trajectories, typeCounts } from '../schema';
import { databaseOf, iso, rowsOf } from './database';
import { nullableTime } from './statement';
import { type SchoolScope, inScope } from './trajectory-rows';

/** How many trajectories are in one step now, and how many of those are past the step's due time. */
export interface StepCount {
  /** The type version the trajectories run on: paths are the steps of that version. */
  version: number;
  step: string;
  count: number;
  overdue: number;
}

/** One trajectory as the coach sees it in the overview list. */
export interface OverviewItem {
  trajectoryId: string;
  typeId: string;
  /** The type version the trajectory runs on (it keeps the one it started on). */
  typeVersion: number;
  school: { id: string; name: string; parentId: string | null };
  /** What tells it apart from others of the type at the same school (a class, a theme); null when none. */
  label: string | null;
  status: 'active' | 'done';
  version: number;
  steps: string[];
  stepsDueAt: Array<string | null>;
  /** When each active step was entered, from the snapshot. */
  stepsEnteredAt: Record<string, string>;
  waitingRoles: string[];
  dueAt: string | null;
  lastActivityAt: string;
  /** Budgets and counters from the snapshot's context. */
  budgets: Record<string, { limit: number; used: number }>;
  counters: Record<string, number>;
  /** Soft-rule flags not yet acknowledged (issue 13). */
  openFlags: number;
  /** Whom it belongs to: a school, or a bestuur (`school` then holds the bestuur). */
  subject: 'school' | 'bestuur' | 'group';
  /** The engine's snapshot (plain JSON): for who can act now. */
  snapshot: unknown;
}

export interface OverviewQuery {
  /** One type; without it, every type (the coach's first screen). */
  typeId?: string;
  /** One version of the type; without it, every version (running work on an older version is work too). */
  version?: number;
  scope: SchoolScope;
}

/** How many trajectories of a type version the scope holds, running and finished. */
export interface VersionCount {
  version: number;
  active: number;
  done: number;
}

const ofType = (query: OverviewQuery) => and(
  query.typeId === undefined ? undefined : eq(trajectories.typeId, query.typeId),
  query.version === undefined ? undefined : eq(trajectories.typeVersion, query.version),
);

/** Which trajectories the overview lists: active ones unless `status` says otherwise; with `flagged`, only those with an open flag. */
export type OverviewListQuery = OverviewQuery & { status?: 'active' | 'done'; flagged?: boolean };

/** No page: every row (PostgreSQL's `LIMIT ALL`). */
const ALL = Number.MAX_SAFE_INTEGER;

const listed = (query: OverviewListQuery) => and(
  ofType(query), eq(trajectories.status, query.status ?? 'active'), inScope(query.scope),
  query.flagged ? gt(trajectories.openFlags, 0) : undefined,
);

/** Counts per version and step of the scope, counted from the trajectories themselves (a coach's few schools). */
function countRows(query: OverviewQuery, now: Date) {
  return sql`
    select ${trajectories.typeVersion} as version, s.step, count(*)::int as count, (count(*) filter (where s.due < ${now.toISOString()}::timestamptz))::int as overdue
    from ${trajectories} cross join lateral unnest(${trajectories.steps}, ${trajectories.stepsDueAt}) as s(step, due)
    where ${ofType(query)} and ${inScope(query.scope)}
    group by ${trajectories.typeVersion}, s.step order by ${trajectories.typeVersion}, s.step`;
}

/**
 * Counts per version and step over every school, in one statement that reads no more rows than there are overdue
 * steps: how many are in a step from `type_counts`, how many of those are overdue from an index-only scan of
 * `step_dues` (both kept by triggers on `trajectories`).
 */
function countRowsEverywhere(query: OverviewQuery & { typeId: string }, now: Date) {
  const version = (column: SQL) => (query.version === undefined ? sql`true` : sql`${column} = ${query.version}`);
  return sql`
    with late as materialized (
      select ${stepDues.typeVersion} as version, ${stepDues.step} as step, count(*)::int as overdue from ${stepDues}
      where ${stepDues.typeId} = ${query.typeId} and ${stepDues.dueAt} < ${now.toISOString()}::timestamptz and ${version(sql`${stepDues.typeVersion}`)}
      group by 1, 2
    )
    select c.type_version as version, c.name as step, c.count, coalesce(late.overdue, 0) as overdue
    from ${typeCounts} c left join late on late.version = c.type_version and late.step = c.name
    where c.type_id = ${query.typeId} and c.kind = 'step' and c.count > 0 and ${version(sql`c.type_version`)}
    order by c.type_version, c.name`;
}

/**
 * The coach overview of a trajectory type (one version or all), or of every type at once. Over every school the
 * counts come from `type_counts` and `step_dues` (fast at 100,000 trajectories); over a coach's schools
 * they are counted from those schools' trajectories.
 * @example const counts = await store.overview.counts({ typeId: 'pd', version: 1, scope: { all: true } }, clock.now());
 */
export function createOverviewRepo(connection: Connection) {
  const db = databaseOf(connection);
  return {
    /** Per version and step (active leaf path): how many trajectories are there, and how many are overdue at `now`. */
    async counts(query: OverviewQuery & { typeId: string }, now: Date): Promise<StepCount[]> {
      const result = await db.execute('all' in query.scope ? countRowsEverywhere(query, now) : countRows(query, now));
      return rowsOf<StepCount>(result).map((r) => ({ version: Number(r.version), step: r.step, count: Number(r.count), overdue: Number(r.overdue) }));
    },

    /** Per version of the type: how many trajectories in the scope run on it and how many finished on it. */
    async versions(query: { typeId: string; scope: SchoolScope }): Promise<VersionCount[]> {
      if ('all' in query.scope) {
        const rows = await db.select({
          version: typeCounts.typeVersion,
          active: sql<number>`(coalesce(sum(${typeCounts.count}) filter (where ${typeCounts.name} = 'active'), 0))::int`,
          done: sql<number>`(coalesce(sum(${typeCounts.count}) filter (where ${typeCounts.name} = 'done'), 0))::int`,
        }).from(typeCounts).where(and(eq(typeCounts.typeId, query.typeId), eq(typeCounts.kind, 'status')))
          .groupBy(typeCounts.typeVersion).having(sql`sum(${typeCounts.count}) > 0`).orderBy(asc(typeCounts.typeVersion));
        return rows.map((r) => ({ version: r.version, active: Number(r.active), done: Number(r.done) }));
      }
      const rows = await db.select({
        version: trajectories.typeVersion,
        active: sql<number>`(count(*) filter (where ${trajectories.status} = 'active'))::int`,
        done: sql<number>`(count(*) filter (where ${trajectories.status} = 'done'))::int`,
      }).from(trajectories).where(and(eq(trajectories.typeId, query.typeId), inScope(query.scope)))
        .groupBy(trajectories.typeVersion).orderBy(asc(trajectories.typeVersion));
      return rows.map((r) => ({ version: r.version, active: Number(r.active), done: Number(r.done) }));
    },

    /**
     * The trajectories of the type (of one version, or all) or of every type, by school name; active ones only unless `status` says otherwise;
     * with `flagged`, only those with an open flag; with `page`, `limit` of them from `offset` in that order.
     */
    async list(query: OverviewListQuery & { page?: { limit: number; offset: number } }): Promise<OverviewItem[]> {
      const rows = await db.select({
        id: trajectories.id, typeId: trajectories.typeId, typeVersion: trajectories.typeVersion, schoolId: trajectories.schoolId, schoolName: organisations.name, parentId: organisations.parentId, label: trajectories.label,
        status: trajectories.status, version: trajectories.version, steps: trajectories.steps, stepsDueAt: trajectories.stepsDueAt,
        waitingRoles: trajectories.waitingRoles, dueAt: trajectories.dueAt, lastActivityAt: trajectories.lastActivityAt,
        enteredAt: sql<Record<string, string> | null>`${trajectories.snapshot}->'enteredAt'`,
        budgets: sql<OverviewItem['budgets'] | null>`${trajectories.snapshot}->'context'->'budgets'`,
        counters: sql<OverviewItem['counters'] | null>`${trajectories.snapshot}->'context'->'counters'`,
        openFlags: trajectories.openFlags, subject: trajectories.subject, snapshot: trajectories.snapshot,
      }).from(trajectories).innerJoin(organisations, eq(organisations.id, trajectories.schoolId))
        .where(listed(query))
        .orderBy(asc(organisations.name), asc(trajectories.createdAt), asc(trajectories.id))
        .limit(query.page?.limit ?? ALL).offset(query.page?.offset ?? 0);
      return rows.map((r) => ({
        trajectoryId: r.id, typeId: r.typeId, typeVersion: r.typeVersion, school: { id: r.schoolId, name: r.schoolName, parentId: r.parentId }, label: r.label,
        status: r.status, version: r.version, steps: r.steps, stepsDueAt: r.stepsDueAt.map((d) => iso(nullableTime(d))),
        stepsEnteredAt: Object.fromEntries(r.steps.map((s) => [s, r.enteredAt?.[s] ?? ''])),
        waitingRoles: r.waitingRoles, dueAt: iso(r.dueAt), lastActivityAt: iso(r.lastActivityAt),
        budgets: r.budgets ?? {}, counters: r.counters ?? {}, openFlags: r.openFlags, subject: r.subject, snapshot: r.snapshot,
      }));
    },

    /** How many trajectories `list` gives without a page, and how many of those are past a due time at `now`. */
    async listTotals(query: OverviewListQuery, now: Date): Promise<{ total: number; overdue: number }> {
      const [row] = await db.select({
        total: sql<number>`count(*)::int`,
        overdue: sql<number>`(count(*) filter (where ${trajectories.dueAt} < ${now.toISOString()}::timestamptz))::int`,
      }).from(trajectories).where(listed(query));
      return { total: Number(row?.total ?? 0), overdue: Number(row?.overdue ?? 0) };
    },
  };
}

export type OverviewRepo = ReturnType<typeof createOverviewRepo>;
