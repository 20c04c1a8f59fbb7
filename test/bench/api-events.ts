// `npx tsx test/bench/api-events.ts [postgres-url]`: POST /api/trajectories/:id/events through the whole
// in-process API (session auth, CSRF, Ajv, engine, appendEvent) on PostgreSQL, 1 and 8 concurrent clients,
// each on its own trajectory with a ~1 KB form. Prints figures; makes and drops its own database.
import { performance } from 'node:perf_hooks';
import { createStore } from '@koers/store';
import { data, definition, form } from './loop-type';
import { benchDatabase, signedInBenchApp } from './setup';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const database = await benchDatabase('api');


try {
  for (const clients of [1, 8]) {
    const store = await createStore({ url: database.url, max: clients });
    const { app, school, headers, call } = await signedInBenchApp(store, `School ${clients}`, `ib${clients}@bench.nl`);
    if (clients === 1) {
      const published = await call('/api/types', { definition, forms: [form] });
      if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
    }
    const ids: string[] = [];
    for (let i = 0; i < clients; i++) ids.push(((await (await call('/api/trajectories', { typeId: 'bench-lus', schoolId: school.id })).json()) as { id: string }).id);
    const measure = async () => {
      let done = 0;
      const cpuBefore = process.cpuUsage();
      const until = performance.now() + SECONDS * 1000;
      await Promise.all(ids.map(async (id) => {
        let version = ((await (await app.request(`/api/trajectories/${id}`, { headers })).json()) as { version: number }).version;
        while (performance.now() < until) {
          const res = await call(`/api/trajectories/${id}/events`, { type: 'NOTITIE', data, expectedVersion: version });
          if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
          version = ((await res.json()) as { event: { seq: number } }).event.seq;
          done++;
        }
      }));
      const cpu = process.cpuUsage(cpuBefore);
      return { rate: done / SECONDS, cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, done) };
    };
    await measure(); // warm-up
    // CPU time per event in this process (HTTP, auth, checks, engine, serialisation; not the database server's): steadier
    // than events/s on a shared machine, where other work takes turns on the same cores.
    const { rate, cpuMs } = await measure();
    console.log(`POST /events through the API, ${clients} client${clients === 1 ? '' : 's'}: ${rate.toFixed(0)} events/s, ${cpuMs.toFixed(2)} ms CPU per event`);
    await store.close();
  }
} finally {
  await database.drop();
}
