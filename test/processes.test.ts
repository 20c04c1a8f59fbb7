import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from '@koers/server';
import { createStore, type Store } from '@koers/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, type ServerProcess, apiToken as token, childProcesses as childrenOf, postgresAvailable, processAlive as alive, startServer, stopServer, until } from '@koers/testing';

const postgres = DATABASES.find((d) => d.name === 'postgres')!;
const fixture = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'crash', file), 'utf8')) as Record<string, unknown>;
const PASSWORD = 'een-lang-wachtwoord';

/**
 * Issue 15, item 1: Koers as several processes on one PostgreSQL. Everything they share lives in the database, so
 * two independent servers (as behind any load balancer) and one server with two worker processes (`--workers 2`)
 * behave as one: a type published on one is used on the other at once, a race for one version split across them has
 * one winner, and the login throttle counted on one holds on the other.
 */
describe.runIf(await postgresAvailable())('several server processes on one PostgreSQL', () => {
  let store: Store;
  let url: string;
  let schoolId: string;
  const admin = token();
  const ib = token();
  const servers: ServerProcess[] = [];
  const env = () => ({ DATABASE_URL: url, KOERS_SEED: '0' });
  const call = (base: string, secret: string | undefined, method: string, path: string, body?: unknown) => fetch(`${base}${path}`, {
    method,
    headers: { ...(secret ? { authorization: `Bearer ${secret}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  beforeAll(async () => {
    url = (await postgres.create()).url!;
    // Both start together on the new, empty database: they migrate one after the other (an advisory lock), not in a race.
    servers.push(...(await Promise.all([startServer(env()), startServer(env())])));
    store = await createStore({ url, max: 2 });
    const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Twee' });
    schoolId = (await store.organisations.create({ kind: 'school', name: 'De Tweeling', parentId: bestuur.id })).id;
    const a = await store.users.create({ email: 'admin@twee.nl', name: 'Beheer', isAdmin: true });
    const i = await store.users.create({ email: 'ib@twee.nl', name: 'Ib Tweeling', passwordHash: await hashPassword(PASSWORD) });
    await store.memberships.add({ userId: i.id, organisationId: schoolId, role: 'ib' });
    const expiresAt = new Date(Date.now() + 86_400_000);
    await store.apiTokens.create({ userId: a.id, name: 'twee', tokenHash: admin.hash, expiresAt });
    await store.apiTokens.create({ userId: i.id, name: 'twee', tokenHash: ib.hash, expiresAt });
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) await stopServer(server);
    await store?.close();
    await postgres.cleanup();
  });

  it('uses a type published on A at once on B, a new version too, and advances a trajectory there', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const definition = fixture('workflows/logboek.json');
    const forms = [fixture('forms/logboek-notitie.json')];
    expect((await call(a, admin.secret, 'POST', '/api/types', { definition, forms })).status).toBe(201);
    const started = await call(b, ib.secret, 'POST', '/api/trajectories', { typeId: 'logboek', schoolId });
    expect(started.status, await started.clone().text()).toBe(201);
    const first = (await started.json()) as { id: string; type: { version: number } };
    expect(first.type.version).toBe(1);
    const note = await call(b, ib.secret, 'POST', `/api/trajectories/${first.id}/events`, { type: 'NOTITIE', expectedVersion: 1, data: { tekst: 'Op B', volgnummer: 1 } });
    expect(note.status, await note.clone().text()).toBe(201);
    // A reads what B wrote.
    const seen = (await (await call(a, ib.secret, 'GET', `/api/trajectories/${first.id}`)).json()) as { version: number };
    expect(seen.version).toBe(2);

    // Version 2, published on B, is the one a new trajectory on A starts on; the running one keeps version 1.
    expect((await call(b, admin.secret, 'POST', '/api/types', { definition: { ...definition, version: 2 }, forms })).status).toBe(201);
    const second = (await (await call(a, ib.secret, 'POST', '/api/trajectories', { typeId: 'logboek', schoolId })).json()) as { type: { version: number } };
    expect(second.type.version).toBe(2);
    const kept = (await (await call(a, ib.secret, 'GET', `/api/trajectories/${first.id}`)).json()) as { type: { version: number } };
    expect(kept.type.version).toBe(1);
  });

  it('gives a race of 32 submits for one version, split across A and B, exactly one winner', async () => {
    const created = (await (await call(servers[0]!.url, ib.secret, 'POST', '/api/trajectories', { typeId: 'logboek', schoolId })).json()) as { id: string; version: number };
    const answers = await Promise.all(Array.from({ length: 32 }, (_, n) => call(servers[n % 2]!.url, ib.secret, 'POST', `/api/trajectories/${created.id}/events`, {
      type: 'NOTITIE', expectedVersion: created.version, data: { tekst: `Poging ${n}`, volgnummer: n },
    })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(31);
    const events = (await (await call(servers[1]!.url, ib.secret, 'GET', `/api/trajectories/${created.id}`)).json()) as { version: number; history: unknown[] };
    expect(events.version).toBe(created.version + 1);
  });

  it('holds a login throttle counted on A on B too', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const login = (base: string, password: string) => call(base, undefined, 'POST', '/api/auth/login', { email: 'ib@twee.nl', password });
    // Seven wrong passwords on A: from the fifth on, each next attempt must wait longer (1 s, 2 s; then 4 s).
    let failures = 0;
    while (failures < 7) {
      const res = await login(a, 'fout-wachtwoord');
      if (res.status === 401) failures++;
      else {
        expect(res.status).toBe(429);
        // Waiting until A lets the next attempt through: polled, as a person would try again.
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    // Now the right password on B: still the wait that A's failures set, in Dutch first.
    const res = await login(b, PASSWORD);
    expect(res.status).toBe(429);
    const body = (await res.json()) as { error: { message: { nl: string; en: string } } };
    expect(body.error.message.nl).toMatch(/seconde|minuut/);
  }, 60_000);
});

describe.runIf(await postgresAvailable())('one server with two worker processes (KOERS_WORKERS=2)', () => {
  let url: string;
  let server: ServerProcess;

  beforeAll(async () => {
    url = (await postgres.create()).url!;
    server = await startServer({ DATABASE_URL: url, KOERS_SEED: '0', KOERS_WORKERS: '2' });
  }, 120_000);
  afterAll(async () => {
    if (server) await stopServer(server);
    await postgres.cleanup();
  });

  it('says so, serves from both, and is ready only while the database answers', async () => {
    await until(() => server.output().includes('(2 werkprocessen / worker processes)'), 30_000, 'the banner');
    expect(childrenOf(server.child.pid!)).toHaveLength(2);
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/readyz`)));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
  });

  it('starts a new worker when one dies, and stops them all on SIGTERM', async () => {
    const [victim] = childrenOf(server.child.pid!);
    process.kill(victim!, 'SIGKILL');
    await until(() => server.output().includes(`Werkproces ${victim} stopte (SIGKILL)`), 30_000, 'the primary to notice');
    await until(() => childrenOf(server.child.pid!).length === 2 && !childrenOf(server.child.pid!).includes(victim!), 30_000, 'a new worker');
    await until(async () => (await fetch(`${server.url}/readyz`).catch(() => undefined))?.status === 200, 30_000, 'the server to answer');
    const workers = childrenOf(server.child.pid!);
    expect(await stopServer(server)).toBe('exit 0');
    await until(() => workers.every((pid) => !alive(pid)), 15_000, 'every worker to end');
  });
});
