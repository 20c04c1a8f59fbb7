// What the benchmarks on PostgreSQL share: a database of their own, and an in-process app with a signed-in user.
import postgres from 'postgres';
import type { Store } from '@koers/store';
import { createApp, hashPassword } from '@koers/server';

/** The PostgreSQL server a benchmark uses: its first argument, else DATABASE_TEST_URL, else the local one. */
export const BENCH_POSTGRES = process.argv[2] ?? process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A new database `koers_bench_<name>_<pid>` on that server; `drop()` removes it (and ends the admin connection). */
export async function benchDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = `koers_bench_${name}_${process.pid}`;
  const admin = postgres(BENCH_POSTGRES, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${database}`);
  const url = new URL(BENCH_POSTGRES);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${database} with (force)`);
      await admin.end();
    },
  };
}

/** The middle value (the upper one of an even count). */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `what` once to warm up, then `rounds` times: the median of those, in ms. */
export async function medianMs(what: () => Promise<unknown>, rounds = 20): Promise<number> {
  await what();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const began = performance.now();
    await what();
    times.push(performance.now() - began);
  }
  return median(times);
}

/** A cheap password cost: the benchmarks measure requests, not scrypt. */
const CHEAP = { ln: 4, r: 8, p: 1 };

/**
 * The whole API in this process over `store`, with an admin who is ib at a new school, signed in: `call` POSTs as
 * them (session cookie and CSRF token), `headers` do the same for any other request.
 */
export async function signedInBenchApp(store: Store, school: string, email: string) {
  const app = createApp({
    catalogue: { definitions: [], forms: new Map() }, store, clock: { now: () => new Date() }, auth: { password: CHEAP },
    reportError: (report) => console.error(`500 ${report.method} ${report.path}: ${report.errorClass} ${report.sqlState ?? ""}\n${report.frames.join("\n")}`),
  });
  const where = await store.organisations.create({ kind: 'school', name: school });
  const user = await store.users.create({ email, name: 'Ib', passwordHash: await hashPassword('geheim-wachtwoord', CHEAP), isAdmin: true });
  await store.memberships.add({ userId: user.id, organisationId: where.id, role: 'ib' });
  const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'geheim-wachtwoord' }) });
  const cookie = /koers_session=([^;]*)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
  const headers = { 'content-type': 'application/json', cookie: `koers_session=${cookie}`, 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
  const call = (path: string, body: unknown) => app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { app, school: where, headers, call };
}
