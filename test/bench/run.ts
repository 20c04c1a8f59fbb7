// `npm run bench`: prints figures (no pass/fail). Ratios are measured within one run; the machine is shared.
import { performance } from 'node:perf_hooks';
import { type CompiledDefinition, loadBundle, send, simplePaths, start } from '@koers/engine';
import { renderDiagram } from '@koers/diagram';
import { readFileSync } from 'node:fs';
import { readTree, nestedStates } from '@koers/testing';

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

const sources = readTree('workflows', 'forms');
const [bundle, loadMs] = time(() => loadBundle(sources));
console.log(`load + lint ${sources.length} files: ${loadMs.toFixed(0)} ms (${bundle.problems.length} problems)`);

// The corpus checks that a 9,900-step definition loads without hanging; here is how long it takes.
const fixture = (path: string) => readFileSync(new URL(`../fixtures/valid/${path}`, import.meta.url), 'utf8');
const large = JSON.stringify(nestedStates(JSON.parse(fixture('workflows/mini.json')) as Record<string, unknown>));
const [largeBundle, largeMs] = time(() => loadBundle([{ file: 'workflows/mini.json', text: large }, { file: 'forms/mini-intake.json', text: fixture('forms/mini-intake.json') }]));
console.log(`load + lint 9,900 nested steps (${(large.length / 2 ** 20).toFixed(1)} MiB): ${largeMs.toFixed(0)} ms (${largeBundle.problems.length} problems)`);

for (const def of bundle.definitions) await benchDefinition(def);

async function benchDefinition(def: CompiledDefinition) {
  const id = def.definition.id;
  const [paths, pathsMs] = time(() => simplePaths(def));
  const longest = paths.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
  // Replay the longest path repeatedly: the cost of start() + send() per event, as the server would pay it.
  const rounds = 200;
  const [, replayMs] = time(() => {
    for (let r = 0; r < rounds; r++) {
      let snapshot = start(def, { now: '2026-09-01T08:00:00.000Z' }).snapshot;
      for (const step of longest.steps) {
        snapshot = send(def, snapshot, { type: step.event, ...(step.data ? { data: step.data } : {}) },
          { actor: { roles: [step.role] }, now: snapshot.updatedAt }).snapshot;
      }
    }
  });
  const events = rounds * longest.steps.length;
  const t0 = performance.now();
  await renderDiagram(def, 'svg', { lang: 'nl' });
  const svgMs = performance.now() - t0;
  const t1 = performance.now();
  const png = await renderDiagram(def, 'png', { lang: 'nl' });
  const pngMs = performance.now() - t1;
  console.log(
    `${id}: ${paths.length} paths in ${pathsMs.toFixed(0)} ms; send(): ${(events / (replayMs / 1000)).toFixed(0)} events/s ` +
      `(${(replayMs / events).toFixed(3)} ms/event over ${events}); svg ${svgMs.toFixed(0)} ms; png ${pngMs.toFixed(0)} ms (${(png.length / 1024).toFixed(0)} KiB)`,
  );
}
const mem = process.memoryUsage();
console.log(`rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
