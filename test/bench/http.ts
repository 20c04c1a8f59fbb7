// `npm run bench:http [postgres-url]`: PostgreSQL's own limit and Koers over real HTTP, side by side in one run
// (issue 15, item 7). First pgbench with a script of the same work an event is for the database (a version-checked
// UPDATE of a snapshot and an INSERT of a ~1 KB event, one transaction); then `koers` server processes with 1 and more
// workers, C keep-alive clients each on its own trajectory posting ~1 KB forms. Prints events/s, p50, p99, errors and
// the ratio to pgbench per row, the servers' CPU time per event, and the memory of each server process. Makes and drops its own databases. Not part of
// `npm test`: figures, not assertions. BENCH_SECONDS, BENCH_CLIENTS, BENCH_WORKERS and BENCH_PROFILE (a folder for
// node --cpu-prof profiles of the servers) narrow or deepen a run.
import { execFileSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { hashPassword } from '@koers/server';
import { createStore } from '@koers/store';
import { type ServerProcess, childProcesses, startServer, stopServer } from '@koers/testing';
import { data, definition, form } from './loop-type';

const base = process.argv[2] ?? process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** BENCH_CLIENTS=1,8 and BENCH_WORKERS=1 narrow a run (for a profile); by default c=1, 8, 32 with 1, 2 and all cores. */
const listOf = (text: string | undefined) => text?.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const CLIENTS = listOf(process.env.BENCH_CLIENTS) ?? [1, 8, 32];
const cores = availableParallelism();
const WORKERS = listOf(process.env.BENCH_WORKERS) ?? [...new Set([1, 2, cores])];
const PASSWORD = 'geheim-wachtwoord-bench';


const admin = postgres(base, { max: 1, onnotice: () => {} });
const made: string[] = [];
async function database(suffix: string): Promise<string> {
  const name = `koers_bench_http_${suffix}_${process.pid}`;
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  made.push(name);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The percentile of sorted milliseconds. */
const pct = (sorted: number[], p: number) => sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** pgbench, from the PostgreSQL tools on the machine: PATH, else Debian's /usr/lib/postgresql/<n>/bin. */
function pgbenchPath(): string | undefined {
  try {
    return execFileSync('which', ['pgbench'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    const root = '/usr/lib/postgresql';
    if (!existsSync(root)) return undefined;
    const found = execFileSync('ls', [root], { encoding: 'utf8' }).split('\n').filter(Boolean).map((v) => join(root, v, 'bin', 'pgbench')).filter(existsSync);
    return found.at(-1);
  }
}

/** PostgreSQL's own limit for an event's work: rows per client, the UPDATE and INSERT in one transaction. */
async function pgbenchRates(): Promise<Map<number, { tps: number }>> {
  const out = new Map<number, { tps: number }>();
  const bin = pgbenchPath();
  if (!bin) {
    console.log('pgbench niet gevonden / not found: install the PostgreSQL client tools (apt-get install postgresql-client) to compare');
    return out;
  }
  const url = await database('pgbench');
  const db = postgres(url, { max: 1, onnotice: () => {} });
  await db.unsafe(`create table bench_t (id int primary key, version int not null, snapshot jsonb not null);
    create table bench_e (trajectory int not null, seq int not null, data jsonb not null, at timestamptz not null default now(), primary key (trajectory, seq));
    insert into bench_t select g, 1, '{"value":"voortgang","context":{}}'::jsonb from generate_series(1, 64) g;`);
  await db.end();
  const dir = mkdtempSync(join(tmpdir(), 'koers-pgbench-'));
  const script = join(dir, 'event.sql');
  const event = JSON.stringify(data).replaceAll("'", "''");
  // One statement is one transaction: the version-checked UPDATE of the snapshot and the INSERT of the event together
  // (the version it checks against is read in the same statement, as a client that knows it would send it).
  writeFileSync(script, `with u as (update bench_t set version = version + 1, snapshot = jsonb_set(snapshot, '{context,n}', to_jsonb(version + 1))
  where id = :client_id + 1 and version = (select version from bench_t where id = :client_id + 1) returning id, version)
insert into bench_e (trajectory, seq, data) select id, version, '${event}'::jsonb from u;\n`);
  try {
    for (const clients of CLIENTS) {
      const text = execFileSync(bin, ['-n', '-f', script, '-c', String(clients), '-j', String(Math.min(clients, cores)), '-T', String(SECONDS), url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const tps = Number(/tps = ([\d.]+)/.exec(text)?.[1] ?? NaN);
      out.set(clients, { tps });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Resident memory of a process and its children (the workers), in MB, from /proc. */
function rssMb(pid: number): number[] {
  const rss = (p: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  return [pid, ...childProcesses(pid)].map(rss);
}

/** CPU time (user + system) of a process and its children (the workers) so far, in ms, from /proc. */
function cpuMs(pid: number): number {
  const ticks = (p: number) => {
    const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  };
  // Linux counts in clock ticks of 10 ms (USER_HZ 100).
  return [pid, ...childProcesses(pid)].reduce((sum, p) => sum + ticks(p), 0) * 10;
}

/** One keep-alive connection per client, as a browser or a load balancer keeps them (node:http: lighter than fetch). */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
function postJson(url: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; json: () => unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: () => JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

interface Row { workers: number; clients: number; rate: number; p50: number; p99: number; errors: number; rss: number[]; cpuPerEvent: number }

/** Koers over HTTP with `workers` processes: C clients, each signed in with its own session, each on its own trajectory. */
async function koers(workers: number): Promise<Row[]> {
  const url = await database(`w${workers}`);
  const store = await createStore({ url, max: 2 });
  const school = await store.organisations.create({ kind: 'school', name: 'Benchschool' });
  const passwordHash = await hashPassword(PASSWORD);
  const maxClients = Math.max(...CLIENTS);
  for (let i = 0; i < maxClients; i++) {
    const user = await store.users.create({ email: `ib${i}@bench.nl`, name: `Ib ${i}`, passwordHash, isAdmin: i === 0 });
    await store.memberships.add({ userId: user.id, organisationId: school.id, role: 'ib' });
  }
  await store.close();
  // BENCH_PROFILE=<folder>: each server process writes a CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const server: ServerProcess = await startServer({ DATABASE_URL: url, KOERS_SEED: '0', KOERS_WORKERS: String(workers) }, 60_000, profile);
  try {
    const sessions = await Promise.all(Array.from({ length: maxClients }, async (_, i) => {
      const res = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `ib${i}@bench.nl`, password: PASSWORD }) });
      if (res.status !== 200) throw new Error(`login ${res.status} ${await res.text()}`);
      const cookie = /koers_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
      return { 'content-type': 'application/json', cookie: `koers_session=${cookie}`, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
    }));
    const post = (i: number, path: string, body: unknown) => postJson(`${server.url}${path}`, sessions[i]!, body);
    const published = await post(0, '/api/types', { definition, forms: [form] });
    if (published.status !== 201) throw new Error(`publish: ${published.status} ${JSON.stringify(published.json())}`);
    const rows: Row[] = [];
    const trajectories = (clients: number) => Promise.all(Array.from({ length: clients }, async (_, i) => {
      const res = await post(i, '/api/trajectories', { typeId: 'bench-lus', schoolId: school.id });
      return res.json() as { id: string; version: number };
    }));
    /** One client per trajectory of `ids`, each posting events for `seconds`, one after the other. */
    const run = async (ids: Array<{ id: string; version: number }>, seconds: number) => {
      const latencies: number[] = [];
      let errors = 0;
      const until = performance.now() + seconds * 1000;
      await Promise.all(ids.map(async (t, i) => {
        let version = t.version;
        while (performance.now() < until) {
          const began = performance.now();
          const res = await post(i, `/api/trajectories/${t.id}/events`, { type: 'NOTITIE', data, expectedVersion: version });
          const body = res.json() as { event?: { seq: number } };
          latencies.push(performance.now() - began);
          if (res.status === 201) version = body.event!.seq;
          else errors++;
        }
        t.version = version;
      }));
      return { latencies, errors };
    };
    // Warm-up: 3 s at the highest concurrency first (V8 optimises the hot paths only after thousands of calls: a
    // cold server measured at c=1 used twice the CPU per event), then 1 s before each measurement at its own.
    await run(await trajectories(maxClients), 3);
    for (const clients of CLIENTS) {
      const ids = await trajectories(clients);
      await run(ids, 1);
      const cpuBefore = cpuMs(server.child.pid!);
      const { latencies, errors } = await run(ids, SECONDS);
      // The servers' CPU per event: steadier than events/s on a machine the clients and PostgreSQL share.
      const cpuPerEvent = (cpuMs(server.child.pid!) - cpuBefore) / Math.max(1, latencies.length);
      latencies.sort((a, b) => a - b);
      rows.push({ workers, clients, rate: latencies.length / SECONDS, p50: pct(latencies, 50), p99: pct(latencies, 99), errors, rss: rssMb(server.child.pid!), cpuPerEvent });
    }
    return rows;
  } finally {
    await stopServer(server);
  }
}

try {
  console.log(`bench:http — ${cores} kernen / cores, ${SECONDS} s per meting / per measurement, ~1 KB per gebeurtenis / event`);
  const pg = await pgbenchRates();
  for (const clients of CLIENTS) {
    const p = pg.get(clients);
    if (p) console.log(`pgbench (UPDATE+INSERT, één transactie)  c=${String(clients).padStart(2)}: ${p.tps.toFixed(0).padStart(6)} /s`);
  }
  for (const workers of WORKERS) {
    for (const row of await koers(workers)) {
      const limit = pg.get(row.clients)?.tps;
      const ratio = limit ? `${(row.rate / limit).toFixed(2)}x pgbench` : 'geen pgbench / no pgbench';
      const rss = row.rss.map((mb) => mb.toFixed(0)).join('+');
      console.log(`Koers HTTP, ${workers} werkproces${workers === 1 ? '' : 'sen'} / worker${workers === 1 ? '' : 's'}  c=${String(row.clients).padStart(2)}: ${row.rate.toFixed(0).padStart(6)} /s  p50 ${row.p50.toFixed(1)} ms  p99 ${row.p99.toFixed(1)} ms  ${row.errors} fouten / errors  ${ratio}  CPU ${row.cpuPerEvent.toFixed(2)} ms/gebeurtenis / event  RSS ${rss} MB`);
    }
  }
} finally {
  agent.destroy();
  for (const name of made) await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
