// `npx tsx test/bench/long-history.ts [postgres-url]`: a trajectory with 5,000 events (~1 KB form each) on PostgreSQL,
// through the in-process API: the trajectory page (its latest 50 events and the total), a page of history deep in the
// log (keyset), and, to compare, the whole log at once. Median server time of 20 requests each. Prints figures;
// makes and drops its own database.
import { performance } from 'node:perf_hooks';
import { createStore } from '@koers/store';
import { data, definition, form } from './loop-type';
import { benchDatabase, medianMs, signedInBenchApp } from './setup';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);
const database = await benchDatabase('history');


try {
  const store = await createStore({ url: database.url, max: 4 });
  const { app, school, headers, call } = await signedInBenchApp(store, 'De Lange Adem', 'ib@bench.nl');
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
    let bytes = 0;
    const ms = await medianMs(async () => {
      const res = await app.request(path, { headers });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      bytes = body.byteLength;
    });
    console.log(`${label}: ${ms.toFixed(1)} ms (median of 20), ${(bytes / 1024).toFixed(0)} KB`);
  };
  await time(`GET /api/trajectories/:id at ${EVENTS} events (latest 50 + total)`, `/api/trajectories/${id}`);
  await time('GET …/events?before=100&limit=50 (a page deep in the log)', `/api/trajectories/${id}/events?before=100&limit=50`);
  await time('GET …/events (the whole log at once, to compare)', `/api/trajectories/${id}/events`);
  await store.close();
} finally {
  await database.drop();
}
