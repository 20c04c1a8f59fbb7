// `npx tsx test/bench/timers.ts [postgres-url]`: the durable scheduler on PostgreSQL. Fires 10,000 due timers (one
// event each, through the engine and the one-statement append) with one scheduler, then measures the idle poll: how
// many store calls (queries) one idle tick makes, how long it takes, and the poll query's plan. Makes and drops its
// own database.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { schoolCalendar, start } from '@koers/engine';
import { DUE_TIMERS_QUERY, type Store, createStore } from '@koers/store';
import { createRegistry, createScheduler, writePlan } from '@koers/server';
import { WEKKER, fixtureDefinition } from '@koers/testing';
import { benchDatabase } from './setup';

const COUNT = Number(process.env.TIMERS ?? 10_000);

/**
 * `count` trajectories of the one-timer fixture started two days ago, written in bulk: all start at the same moment,
 * so the engine's start and schedule are computed once and copied (the store's own create writes the same rows).
 */
async function seed(store: Store, count: number): Promise<void> {
  const def = fixtureDefinition(WEKKER, 'test/fixtures/wekker');
  const at = new Date(Date.now() - 2 * 86_400_000);
  await store.typeVersions.publish({ typeId: WEKKER, version: 1, definition: def.definition, forms: [], at });
  const school = await store.organisations.create({ kind: 'school', name: 'De Wekker', region: 'midden' });
  const calendar = schoolCalendar('midden');
  const { state, outbox } = writePlan(def, start(def, { now: at, calendar }), { now: at, calendar });
  const steps = `{${state.steps.join(',')}}`;
  await store.connection.db.execute(sql`
    insert into trajectories (type_id, type_version, school_id, status, steps, steps_due_at, waiting_roles, snapshot, version, entered_at, due_at, last_activity_at, created_at)
    select ${WEKKER}, 1, ${school.id}::uuid, ${state.status}, ${steps}::text[], '{NULL}'::timestamptz[], '{ib}'::text[], ${JSON.stringify(state.snapshot)}::jsonb, 1,
      ${state.enteredAt}::timestamptz, null, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    from generate_series(1, ${count})`);
  await store.connection.db.execute(sql`
    insert into events (trajectory_id, seq, type, actor_id, actor_roles, at, steps_before, steps_after)
    select id, 1, '@start', null, '{}', ${at.toISOString()}::timestamptz, '{}', steps from trajectories where type_id = ${WEKKER}`);
  const [timer] = outbox.scheduled;
  await store.connection.db.execute(sql`
    insert into timers (trajectory_id, key, kind, step, event, due_at, detail, type_version)
    select id, ${timer!.key}, ${timer!.kind}, ${timer!.step}, ${timer!.event ?? null}, ${timer!.dueAt}::timestamptz, ${JSON.stringify(timer!.detail)}::jsonb, 1
    from trajectories where type_id = ${WEKKER}`);
}
const database = await benchDatabase('timers');

/** The store with every repository call counted: each call is at least one query. */
function counted(store: Store): { store: Store; calls: string[] } {
  const calls: string[] = [];
  const wrap = <T extends object>(repo: T, repoName: string): T => new Proxy(repo, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(`${repoName}.${String(key)}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const proxy = new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      return value && typeof value === 'object' && key !== 'connection' ? wrap(value, String(key)) : value;
    },
  });
  return { store: proxy, calls };
}

/** Seeds a fresh copy of the database's timers and fires them with `schedulers` schedulers (each its own pool, as processes). */
async function fire(schedulers: number): Promise<Store> {
  const store = await createStore({ url: database.url, max: 8 });
  await store.connection.db.execute(sql`truncate trajectories, events, timers, effects, type_versions, organisations cascade`);
  const seeded = performance.now();
  await seed(store, COUNT);
  const seedMs = performance.now() - seeded;
  await store.connection.db.execute(sql`vacuum analyze timers`);
  const clock = { now: () => new Date() };
  const others = await Promise.all(Array.from({ length: schedulers - 1 }, () => createStore({ url: database.url, max: 8 })));
  const runners = [store, ...others].map((s) => createScheduler({ store: s, registry: createRegistry(s, { now: clock.now }), clock }));
  const t0 = performance.now();
  const fired = await Promise.all(runners.map(async (scheduler) => {
    let n = 0;
    for (let r = await scheduler.tick(); r.due > 0; r = await scheduler.tick()) n += r.fired;
    return n;
  }));
  const seconds = (performance.now() - t0) / 1000;
  const total = fired.reduce((a, b) => a + b, 0);
  console.log(`timers: ${total.toLocaleString('en')} of ${COUNT.toLocaleString('en')} due timers fired in ${seconds.toFixed(2)} s (${(total / seconds).toFixed(0)}/s) by ${schedulers} scheduler${schedulers === 1 ? '' : 's'} (${fired.join(' + ')}), batches of 100; target < 10 s [seeded in ${(seedMs / 1000).toFixed(1)} s, not timed]`);
  for (const other of others) await other.close();
  return store;
}

try {
  await (await fire(2)).close();
  const store = await fire(1);
  const clock = { now: () => new Date() };
  const registry = createRegistry(store, { now: clock.now });
  const { store: watched, calls } = counted(store);
  const idle = createScheduler({ store: watched, registry, clock });
  await idle.tick();
  calls.length = 0;
  const rounds = 200;
  const i0 = performance.now();
  for (let i = 0; i < rounds; i++) await idle.tick();
  const perTick = calls.length / rounds;
  console.log(`timers idle poll: ${perTick} store call${perTick === 1 ? '' : 's'} per tick (${[...new Set(calls)].join(', ')}), ${((performance.now() - i0) / rounds).toFixed(2)} ms each, with ${COUNT.toLocaleString('en')} fired rows in the table`);

  const explained = await store.connection.db.execute(sql.raw(`explain ${DUE_TIMERS_QUERY.replace('$1::timestamptz', 'now()').replace('$2::int', '100')}`));
  const plan = ((Array.isArray(explained) ? explained : (explained as { rows: unknown[] }).rows) as Array<Record<string, string>>).map((l) => Object.values(l)[0] ?? '');
  console.log(`timers idle poll plan: ${plan.filter((l) => /Scan|Limit|Lock/.test(l)).map((l) => l.trim().replace(/\s+\(cost.*$/, '')).join(' / ')}`);
  await store.close();
} finally {
  await database.drop();
}
