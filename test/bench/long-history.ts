// `npx tsx test/bench/long-history.ts [postgres-url]`: a trajectory with 5,000 events (~1 KB form each) on PostgreSQL,
// through the in-process API: the trajectory page (its latest 50 events and the total), a page of history deep in the
// log (keyset), and, to compare, the whole log at once. Median server time of 20 requests each. Prints figures;
// makes and drops its own database.
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { createStore } from '@koers/store';
import { createApp, hashPassword } from '@koers/server';
import { data, definition, form } from './loop-type';

const base = process.argv[2] ?? process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);
const name = `koers_bench_history_${process.pid}`;
const admin = postgres(base, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(base);
url.pathname = `/${name}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  const store = await createStore({ url: url.toString(), max: 4 });
  const app = createApp({ catalogue: { definitions: [], forms: new Map() }, store, clock: { now: () => new Date() }, auth: { password: { ln: 4, r: 8, p: 1 } } });
  const school = await store.organisations.create({ kind: 'school', name: 'De Lange Adem' });
  const user = await store.users.create({ email: 'ib@bench.nl', name: 'Ib', passwordHash: await hashPassword('geheim-wachtwoord', { ln: 4, r: 8, p: 1 }), isAdmin: true });
  await store.memberships.add({ userId: user.id, organisationId: school.id, role: 'ib' });
  const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ib@bench.nl', password: 'geheim-wachtwoord' }) });
  const cookie = /koers_session=([^;]*)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
  const headers = { 'content-type': 'application/json', cookie: `koers_session=${cookie}`, 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
  const call = (path: string, body: unknown) => app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
  const published = await call('/api/types', { definition, forms: [form] });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
  const { id } = (await (await call('/api/trajectories', { typeId: 'bench-lus', schoolId: school.id })).json()) as { id: string };
  const filling = performance.now();
  for (let version = 1; version < EVENTS; version++) {
    const res = await call(`/api/trajectories/${id}/events`, { type: 'NOTITIE', data, expectedVersion: version });
    if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
  }
  console.log(`${EVENTS} events written in ${((performance.now() - filling) / 1000).toFixed(1)} s`);
  const time = async (label: string, path: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 21; i++) {
      const began = performance.now();
      const res = await app.request(path, { headers });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      if (i > 0) times.push(performance.now() - began); // the first warms up
      bytes = body.byteLength;
    }
    console.log(`${label}: ${median(times).toFixed(1)} ms (median of 20), ${(bytes / 1024).toFixed(0)} KB`);
  };
  await time(`GET /api/trajectories/:id at ${EVENTS} events (latest 50 + total)`, `/api/trajectories/${id}`);
  await time('GET …/events?before=100&limit=50 (a page deep in the log)', `/api/trajectories/${id}/events?before=100&limit=50`);
  await time('GET …/events (the whole log at once, to compare)', `/api/trajectories/${id}/events`);
  await store.close();
} finally {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
