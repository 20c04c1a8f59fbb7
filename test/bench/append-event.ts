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
  const query = { typeId: 'pd', version: 1, scope: { all: true } as const };
  await store.overview.counts(query, new Date());
  const t0 = performance.now();
  const rounds = 20;
  for (let i = 0; i < rounds; i++) await store.overview.counts(query, new Date());
  console.log(`overview counts over 100,000 trajectories: ${((performance.now() - t0) / rounds).toFixed(1)} ms`);
  const plan = await store.connection.db.execute(sql`explain select s.step, count(*) from trajectories cross join lateral unnest(steps, steps_due_at) s(step, due) where type_id = 'pd' and type_version = 1 group by s.step`);
  const lines = (Array.isArray(plan) ? plan : (plan as { rows: unknown[] }).rows) as Array<Record<string, string>>;
  console.log(lines.map((l) => Object.values(l)[0] ?? '').find((l) => /Scan/.test(l))?.trim());
  await store.close();
} finally {
  await database.drop();
}
