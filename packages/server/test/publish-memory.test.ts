import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it, vi } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, emptyApp } from './support/harness';

vi.setConfig({ hookTimeout: 60_000, testTimeout: 300_000 });

// Exposes the garbage collector to this test alone, so heap use is measured after a full collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/valid', path), 'utf8'));

/** The mini fixture as its own type at `version`; `broken` gives it a step that points nowhere (refused after its form compiled). */
function bundle(version: number, broken = false) {
  const definition = fixture('workflows/mini.json');
  definition.id = 'mini-geheugen';
  definition.version = version;
  definition.machine.id = 'miniGeheugen';
  if (broken) definition.machine.initial = 'bestaat-niet';
  return { definition, forms: [fixture('forms/mini-intake.json')] };
}

function heapUsed(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

await forEachDatabase('memory while publishing', emptyApp, (w) => {
  it('does not keep what publishing compiled: the heap grows no faster over the last 150 of 200 versions than over the first 50', async () => {
    const admin = await w.admin();
    let version = 0;
    const publish = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const res = await admin.request('POST', '/api/types', bundle(++version));
        if (res.status !== 201) throw new Error(`${version}: ${res.status} ${await res.text()}`);
        if (version % 5 === 0) {
          const refused = await admin.request('POST', '/api/types', bundle(100_000 + version, true));
          if (refused.status !== 422) throw new Error(`refused ${version}: ${refused.status}`);
        }
      }
    };
    await publish(10); // warm up: modules, the JIT, the database's caches
    const start = heapUsed();
    await publish(50);
    const afterFirst = heapUsed();
    await publish(150);
    const afterLast = heapUsed();
    const first = afterFirst - start;
    const last = afterLast - afterFirst;
    // Shown for whoever wonders how close it came.
    console.log(`heap growth: first 50 ${(first / 1024).toFixed(0)} kB, last 150 ${(last / 1024).toFixed(0)} kB`);
    // A leak per version makes the last 150 grow about three times the first 50.
    expect(last).toBeLessThan(1.5 * Math.max(first, 1024 * 1024));
    // The first version is long out of the registry's compiled set, and is compiled again when asked for.
    const again = await admin.request('GET', '/api/types/mini-geheugen/diagram?version=1&format=mermaid');
    expect(again.status).toBe(200);
    expect((await answer(admin.api.types[':id'].$get({ param: { id: 'mini-geheugen' }, query: { version: '1' } }))).definition.version).toBe(1);
  });
});
