// `npx tsx test/bench/append-event-pglite.ts`: appendEvent throughput on the embedded database (PGlite in a
// data directory on this machine's disk), with each commit fsynced (the default) and without (durable: false).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@koers/store';
import { appendRate } from './append-loop';

for (const durable of [true, false]) {
  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-pglite-'));
  try {
    const store = await createStore({ dataDir: dir, durable });
    await appendRate(store, 1); // warm-up
    const rate = await appendRate(store, 1);
    console.log(`appendEvent on PGlite (file), ${durable ? 'fsync per commit (default)' : 'no fsync (durable: false)'}: ${rate.toFixed(0)} events/s`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
