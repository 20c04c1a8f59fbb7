import { sql } from 'drizzle-orm';
import type { Connection } from '../create';
import { databaseOf, rowsOf } from './database';

/** Where a derived table (`type_counts`, `step_dues`) differs from what the trajectories say. */
export interface DerivedDifference {
  table: 'type_counts' | 'step_dues';
  /** The row: `<type>@<version> step <path>` / `<type>@<version> status <status>`, or `<trajectory id> <step>`. */
  key: string;
  /** What the table holds, and what the trajectories give (`null`: no row). */
  stored: string | null;
  expected: string | null;
}

/**
 * Recounts the tables the triggers of migration 0010 keep (`type_counts`, `step_dues`) from `trajectories` and
 * names the rows that differ: at most `limit` per table. Reads only; `koers verify` runs it after a restore or
 * whenever a hand-made change to the database is suspected.
 * @example const differences = await createDerivedCheck(connection).differences();
 */
export function createDerivedCheck(connection: Connection) {
  const db = databaseOf(connection);
  return {
    async differences(limit = 100): Promise<DerivedDifference[]> {
      const counts = rowsOf<{ key: string; stored: number | null; expected: number | null }>(await db.execute(sql`
        with counted as (
          select type_id, type_version, 'step' as kind, s as name, count(*)::int as n from trajectories cross join lateral unnest(steps) s group by 1, 2, 4
          union all select type_id, type_version, 'status', status, count(*)::int from trajectories group by 1, 2, 4
        )
        select type_id || '@' || type_version || ' ' || kind || ' ' || name as key, k.count as stored, c.n as expected
        from counted c full join type_counts k using (type_id, type_version, kind, name)
        where coalesce(k.count, 0) <> coalesce(c.n, 0)
        order by 1 limit ${limit}`));
      const dues = rowsOf<{ key: string; stored: string | null; expected: string | null }>(await db.execute(sql`
        with expected as (
          select t.id as trajectory_id, s.step, t.type_id, t.type_version, s.due as due_at
          from trajectories t cross join lateral unnest(t.steps, t.steps_due_at) s(step, due) where s.due is not null
        )
        select coalesce(e.trajectory_id, d.trajectory_id)::text || ' ' || coalesce(e.step, d.step) as key,
          case when d.trajectory_id is null then null else d.type_id || '@' || d.type_version || ' ' || to_json(d.due_at)::text end as stored,
          case when e.trajectory_id is null then null else e.type_id || '@' || e.type_version || ' ' || to_json(e.due_at)::text end as expected
        from expected e full join step_dues d on d.trajectory_id = e.trajectory_id and d.step = e.step
        where (e.type_id, e.type_version, e.due_at) is distinct from (d.type_id, d.type_version, d.due_at)
        order by 1 limit ${limit}`));
      return [
        ...counts.map((r) => ({ table: 'type_counts' as const, key: r.key, stored: r.stored === null ? null : String(r.stored), expected: r.expected === null ? null : String(r.expected) })),
        ...dues.map((r) => ({ table: 'step_dues' as const, key: r.key, stored: r.stored, expected: r.expected })),
      ];
    },
  };
}

export type DerivedCheck = ReturnType<typeof createDerivedCheck>;
