// `npx tsx test/bench/append-event.ts [postgres-url]`: appendEvent throughput on PostgreSQL with 1 and 8
// concurrent clients (each on its own trajectory, ~1 KB event data, ~2 KB snapshot), and the coach
// overview's count over 100,000 trajectories (each with a ~2 KB snapshot, as real rows carry). Prints figures; makes and drops its own database.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { createStore } from '@koers/store';
import { appendRate } from './append-loop';
import { benchDatabase } from './setup';

const database = await benchDatabase('append');

try {
  for (const clients of [1, 8]) {
    const store = await createStore({ url: database.url, max: clients });
    await appendRate(store, clients); // warm-up: prepared statements, caches
    const rate = await appendRate(store, clients);
    console.log(`appendEvent, ${clients} client${clients === 1 ? '' : 's'}: ${rate.toFixed(0)} events/s`);
    await store.close();
  }

  const store = await createStore({ url: database.url, max: 2 });
  const school = await store.organisations.create({ kind: 'school', name: 'Overzicht' });
  const steps = ['schoolformulier', 'intake', 'startgesprek', 'planning', 'werkwijze', 'eindevaluatie'];
  await store.connection.db.execute(sql`
    insert into trajectories (type_id, type_version, school_id, status, steps, steps_due_at, waiting_roles, snapshot, version, entered_at, due_at, last_activity_at)
    select 'pd', 1, ${school.id}::uuid, 'active', array[(${`{${steps.join(',')}}`}::text[])[1 + g % 6]], array[now() + ((g % 60) - 30) * interval '1 day'],
      array['ib'], jsonb_build_object('context', jsonb_build_object('notitie', repeat(md5(g::text), 64))), 1, now(), now() + ((g % 60) - 30) * interval '1 day', now()
    from generate_series(1, 100000) g`);
  await store.connection.db.execute(sql`vacuum analyze trajectories`);
  // Autovacuum keeps the visibility map of step_dues set on a live server (migration 0010 tunes it); here at once.
  await store.connection.db.execute(sql`vacuum analyze step_dues`);
  await store.connection.db.execute(sql`vacuum analyze type_counts`);
  const median = async (scope: { all: true } | { organisationIds: string[] }) => {
    const query = { typeId: 'pd', version: 1, scope };
    await store.overview.counts(query, new Date());
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await store.overview.counts(query, new Date());
      times.push(performance.now() - t0);
    }
    return times.sort((x, y) => x - y)[10]!;
  };
  // The same counts two ways in one run: over every school (type_counts + step_dues) and, scoped to the one
  // school that holds them all, counted from the trajectories themselves (what every scope did before).
  const everywhere = await median({ all: true });
  const fromRows = await median({ organisationIds: [school.id] });
  console.log(`overview counts over 100,000 trajectories (half overdue), median of 20: ${everywhere.toFixed(1)} ms from type_counts + step_dues; ` +
    `${fromRows.toFixed(1)} ms counted from the trajectories (${(fromRows / everywhere).toFixed(1)}x)`);
  const plan = await store.connection.db.execute(sql`explain select type_version, step, count(*) from step_dues where type_id = 'pd' and due_at < now() group by 1, 2`);
  const lines = (Array.isArray(plan) ? plan : (plan as { rows: unknown[] }).rows) as Array<Record<string, string>>;
  console.log(lines.map((l) => Object.values(l)[0] ?? '').find((l) => /Scan/.test(l))?.trim());
  await store.close();
} finally {
  await database.drop();
}
