// `npx tsx test/bench/verify.ts [--trajectories 2000] [--database-url postgres://…]`: fills a fresh database
// with trajectories of the shipped types (each a random prefix of a path through its type, written as the
// server writes them), then times `koers verify` on it. Prints figures, no pass/fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type TrajectoryPath, loadBundleOrThrow, send, simplePaths, start } from '@koers/engine';
import { bundleForms, stateOf } from '@koers/server';
import { createStore } from '@koers/store';
import { main } from '../../apps/cli/src/main';
import { readTree } from '@koers/testing';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const total = Number(arg('trajectories') ?? 2000);
const url = arg('database-url');
const dir = url ? undefined : mkdtempSync(join(tmpdir(), 'koers-bench-verify-'));
const where = url ? ['--database-url', url] : ['--data-dir', dir!];

const bundle = loadBundleOrThrow(readTree('workflows', 'forms'));
const store = await createStore(url ? { url } : { dataDir: dir! });
const DAY = 86_400_000;
const t0 = performance.now();
const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Benchmark' });
const schools = [];
for (let i = 0; i < 50; i++) schools.push(await store.organisations.create({ kind: 'school', name: `School ${i + 1}`, parentId: bestuur.id }));
const longest = new Map<string, TrajectoryPath[]>();
for (const def of bundle.definitions) {
  await store.typeVersions.publish({ typeId: def.definition.id, version: def.definition.version, definition: def.definition, forms: bundleForms(def).map((f) => f.definition), at: new Date() });
  longest.set(def.definition.id, simplePaths(def).sort((a, b) => b.steps.length - a.steps.length).slice(0, 10));
}
let events = 0;
let seed = 7;
const random = (n: number) => { seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31; return seed % n; };
for (let n = 0; n < total; n++) {
  const def = bundle.definitions[n % bundle.definitions.length]!;
  const paths = longest.get(def.definition.id)!;
  const path = paths[random(paths.length)]!;
  const steps = path.steps.slice(0, 1 + random(path.steps.length));
  let at = Date.UTC(2025, 0, 1) + random(200) * DAY;
  let result = start(def, { now: new Date(at) });
  const created = await store.trajectories.create({
    typeId: def.definition.id, typeVersion: def.definition.version, schoolId: schools[n % schools.length]!.id, createdBy: null, actorRoles: [], at: new Date(at), ...stateOf(result),
  });
  if (created.kind !== 'created') throw new Error('not created');
  let version = 1;
  for (const step of steps) {
    at += (1 + random(20)) * DAY;
    const before = result.steps.map((s) => s.path);
    result = send(def, result.snapshot, { type: step.event, ...(step.data ? { data: step.data } : {}) }, { actor: { roles: [step.role] }, now: new Date(at) });
    const written = await store.trajectories.appendEvent(created.trajectory.id, version, stateOf(result), {
      type: step.event, actorId: null, actorRoles: [step.role], data: step.data, at: new Date(at), stepsBefore: before,
    });
    if (written.kind !== 'appended') throw new Error(written.kind);
    version = written.seq;
    events++;
  }
}
await store.close();
console.log(`${url ? 'PostgreSQL' : 'PGlite'}: ${total} trajectories, ${events + total} events written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (let round = 0; round < 2; round++) {
  const t1 = performance.now();
  const out: string[] = [];
  const code = await main(['verify', ...where], { out: (l) => out.push(l), err: (l) => out.push(l) });
  const s = (performance.now() - t1) / 1000;
  console.log(`koers verify (round ${round + 1}): exit ${code}, ${s.toFixed(2)} s including opening the database: ${Math.round(total / s)} trajectories/s, ${Math.round((events + total) / s)} events/s — ${out.at(-1)}`);
}
if (dir) rmSync(dir, { recursive: true, force: true });
