import { createStore, type Store } from '@koers/store';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../apps/cli/src/main';
import { DATABASES, type ServerProcess, dueTimers, postgresAvailable, startServer, stopServer, until } from '@koers/testing';

const postgres = DATABASES.find((d) => d.name === 'postgres')!;
const DAY = 86_400_000;

/** A count from SQL. */
async function count(store: Store, query: ReturnType<typeof sql>): Promise<number> {
  const result = await store.connection.db.execute(query);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ n: number | string }>;
  return Number(rows[0]!.n);
}

/** Every timer fired exactly once: one event per timer, each trajectory at its start plus that one event, none unfired. */
async function firedOnce(store: Store, ids: string[]) {
  const list = `{${ids.join(',')}}`;
  expect(await count(store, sql`select count(*)::int as n from events where type = 'AFGELOPEN' and trajectory_id = any(${list}::uuid[])`)).toBe(ids.length);
  expect(await count(store, sql`select count(*)::int as n from (select trajectory_id from events where trajectory_id = any(${list}::uuid[]) group by trajectory_id having count(*) <> 2) x`)).toBe(0);
  expect(await count(store, sql`select count(*)::int as n from timers where fired_at is null or outcome <> 'fired'`)).toBe(0);
  expect(await count(store, sql`select count(*)::int as n from trajectories where status <> 'done'`)).toBe(0);
  // Each event carries its timer's key: one `timer:<id>` per timer row.
  expect(await count(store, sql`select count(*)::int as n from events e join timers t on e.idempotency_key = 'timer:' || t.id where e.trajectory_id = t.trajectory_id`)).toBe(ids.length);
}

describe.runIf(await postgresAvailable())('the scheduler in server processes on one PostgreSQL', () => {
  const servers: ServerProcess[] = [];
  const stores: Store[] = [];
  afterAll(async () => {
    for (const server of servers) await stopServer(server);
    for (const store of stores) await store.close();
    await postgres.cleanup();
  });
  const open = async () => {
    const { url } = await postgres.create();
    const store = await createStore({ url: url!, max: 2 });
    stores.push(store);
    return { url: url!, store };
  };
  const env = (url: string) => ({ DATABASE_URL: url, KOERS_SEED: '0', KOERS_POLL_MS: '50' });

  it('fires each of 1,000 timers due at once exactly once with two server processes', async () => {
    const { url, store } = await open();
    const { ids } = await dueTimers(store, 1_000, new Date(Date.now() - 2 * DAY));
    servers.push(...(await Promise.all([startServer(env(url)), startServer(env(url))])));
    await until(async () => (await count(store, sql`select count(*)::int as n from timers where fired_at is null`)) === 0, 60_000, 'every timer fired');
    await firedOnce(store, ids);
    for (const server of servers.splice(0)) expect(await stopServer(server)).not.toBe('SIGKILL');
  }, 120_000);

  it('fires every due timer once after a SIGKILL in the middle of firing and a restart, and koers verify is clean', async () => {
    const { url, store } = await open();
    const { ids } = await dueTimers(store, 1_200, new Date(Date.now() - 2 * DAY));
    const victim = await startServer(env(url));
    servers.push(victim);
    await until(async () => (await count(store, sql`select count(*)::int as n from timers where fired_at is not null`)) >= 300, 60_000, 'firing under way');
    victim.child.kill('SIGKILL');
    expect(await victim.exited).toBe('SIGKILL');
    servers.splice(servers.indexOf(victim), 1);
    const before = await count(store, sql`select count(*)::int as n from timers where fired_at is not null`);
    expect(before).toBeLessThan(ids.length);
    servers.push(await startServer(env(url)));
    await until(async () => (await count(store, sql`select count(*)::int as n from timers where fired_at is null`)) === 0, 60_000, 'every timer fired after the restart');
    await firedOnce(store, ids);
    console.log(`[timers SIGKILL] ${before} of ${ids.length} fired before the kill, the rest after the restart`);
    for (const server of servers.splice(0)) await stopServer(server);
    const out: string[] = [];
    expect(await main(['verify', '--database-url', url], { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    expect(out.join('\n')).toMatch(new RegExp(`^${ids.length} trajecten gecontroleerd .*: alles klopt$`));
  }, 120_000);
});
