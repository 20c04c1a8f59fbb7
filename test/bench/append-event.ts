// `npx tsx test/bench/append-event.ts [postgres-url]`: appendEvent throughput on PostgreSQL with 1 and 8
// concurrent clients (each on its own trajectory, ~1 KB event data, ~2 KB snapshot). Prints figures; makes and
// drops its own database. The coach overview at 100,000 trajectories: test/bench/overview.ts.
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
} finally {
  await database.drop();
}
