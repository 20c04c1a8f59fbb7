import { sql } from 'drizzle-orm';
import { type TrajectoryPath, groupEventsOf, simplePaths } from '@koers/engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { firstDifference, verifyStore } from '../src';
import { byEventBudget } from '../src/verify/verify';
import { shippedWorld } from './support/world';
import { answer } from './support/harness';

const DAY = 86_400_000;

/** Paths that together send every event the type has at least once, longest first. */
function coveringPaths(paths: TrajectoryPath[]): TrajectoryPath[] {
  const uncovered = new Set(paths.flatMap((p) => p.steps.map((s) => s.event)));
  const chosen: TrajectoryPath[] = [];
  while (uncovered.size > 0) {
    const gain = (p: TrajectoryPath) => new Set(p.steps.map((s) => s.event).filter((e) => uncovered.has(e))).size;
    const best = paths.reduce((a, b) => (gain(b) > gain(a) || (gain(b) === gain(a) && b.steps.length > a.steps.length) ? b : a));
    if (gain(best) === 0) break;
    for (const s of best.steps) uncovered.delete(s.event);
    chosen.push(best);
  }
  return chosen;
}

describe('firstDifference', () => {
  it('ignores the order of object keys, as jsonb does, but not the order of array items', () => {
    expect(firstDifference({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBeUndefined();
    expect(firstDifference({ a: [1, 2] }, { a: [2, 1] })).toBe('/a/0');
  });

  it('points at a missing member, an extra array item and escapes ~ and / in keys', () => {
    expect(firstDifference({ a: 1, b: 2 }, { a: 1 })).toBe('/b');
    expect(firstDifference([1], [1, 2])).toBe('/1');
    expect(firstDifference({ 'x/y~z': 1 }, { 'x/y~z': 2 })).toBe('/x~1y~0z');
    expect(firstDifference(null, {})).toBe('');
  });
});

await forEachDatabase('verifyStore on the shipped types', shippedWorld, (w) => {
  let started = 0;
  beforeAll(async () => {
    const roles = new Set(w.shipped.definitions.flatMap((d) => Object.keys(d.definition.roles)));
    const all = await w.store.users.create({ email: 'alles@esch.nl', name: 'Alle Rollen', passwordHash: (await w.store.users.findByEmail('ib@esch.nl'))!.passwordHash });
    for (const role of roles) await w.store.memberships.add({ userId: all.id, organisationId: w.world.schoolA.id, role });
    // Every event of every shipped type, through the API, with its form's example data and a day between events.
    for (const def of w.shipped.definitions) {
      for (const path of coveringPaths(simplePaths(def))) {
        const view = await answer((await w.as('alles@esch.nl')).api.trajectories.$post({ json: { typeId: def.definition.id, schoolId: w.world.schoolA.id } }), 201);
        started++;
        let version = 1;
        // Events the system sends for a group (placing, shared meetings) are not a person's: the walk ends there.
        const system = groupEventsOf(def.definition);
        const own = path.steps.findIndex((step) => system.has(step.event));
        for (const step of own < 0 ? path.steps : path.steps.slice(0, own)) {
          w.advance(DAY);
          const res = await (await w.as('alles@esch.nl')).request('POST', `/api/trajectories/${view.id}/events`, { type: step.event, expectedVersion: version, ...(step.data ? { data: step.data } : {}) });
          if (res.status !== 201) throw new Error(`${def.definition.id} ${step.event}: ${res.status} ${await res.text()}`);
          version++;
        }
      }
    }
  }, 120_000);

  it('replays every trajectory written through the API (parallel steps, budgets, counters, history) to its stored snapshot', async () => {
    expect(started).toBeGreaterThanOrEqual(w.shipped.definitions.length);
    const summary = await verifyStore(w.store, { pageSize: 2 });
    expect(summary).toEqual({ checked: started, findings: [], derived: [] });
    // Read in runs of a few events at a time (a long log is a run of its own): the same outcome.
    expect(await verifyStore(w.store, { pageSize: 5, eventBudget: 3 })).toEqual(summary);
  });

  const pdTrajectory = async () => (await w.store.trajectories.list({ scope: { all: true }, typeId: 'pd-schoolontwikkeling' }))[0]!;
  const tamper = (query: ReturnType<typeof sql>) => w.store.connection.db.execute(query as never);

  it('names the trajectory, school, type, last event and pointer when a stored form answer differs from the one in the log', async () => {
    const t = await pdTrajectory();
    await tamper(sql`update trajectories set snapshot = jsonb_set(snapshot, '{context,forms,pd-schoolontwikkelingsformulier,beginsituatie}', '"iets anders"') where id = ${t.id}::uuid`);
    const seen: unknown[] = [];
    const summary = await verifyStore(w.store, { onFinding: (f) => seen.push(f) });
    expect(summary.findings).toEqual([{
      trajectoryId: t.id, school: { id: w.world.schoolA.id, name: 'De Esch' }, typeId: 'pd-schoolontwikkeling', typeVersion: 4,
      seq: t.version, pointer: '/snapshot/context/forms/pd-schoolontwikkelingsformulier/beginsituatie',
      message: { nl: 'de opgeslagen snapshot wijkt af van de herhaling van het log', en: 'the stored snapshot differs from the replayed log' },
    }]);
    expect(seen).toEqual(summary.findings);
  });

  it('reports an event whose stored data the engine now refuses at that event, with the reason', async () => {
    const t = await pdTrajectory();
    await tamper(sql`update events set data = jsonb_set(data, '{verbeterpunten}', '"geen lijst"') where trajectory_id = ${t.id}::uuid and seq = 2`);
    const { findings } = await verifyStore(w.store);
    expect(findings).toEqual([expect.objectContaining({ trajectoryId: t.id, seq: 2, pointer: '/events/2' })]);
    expect(findings[0]!.message.en).toBe('the engine refuses event 2 (SCHOOLFORMULIER_INDIENEN): form-invalid');
  });

  it('recounts the overview counts the triggers keep and names each row that a hand-made change broke', async () => {
    const all = await w.store.trajectories.list({ scope: { all: true } });
    const t = all.find((x) => x.stepsDueAt.some((d) => d !== null))!;
    const done = all.filter((x) => x.typeId === t.typeId && x.typeVersion === t.typeVersion && x.status === 'done').length;
    await tamper(sql`update type_counts set count = count + 2 where type_id = ${t.typeId} and type_version = ${t.typeVersion} and kind = 'status' and name = 'done'`);
    await tamper(sql`delete from step_dues where trajectory_id = ${t.id}::uuid`);
    const { derived } = await verifyStore(w.store);
    expect(derived).toContainEqual({ table: 'type_counts', key: `${t.typeId}@${t.typeVersion} status done`, stored: String(done + 2), expected: done === 0 ? null : String(done) });
    const dues = derived.filter((d) => d.table === 'step_dues');
    expect(dues.length).toBe(t.stepsDueAt.filter((d) => d !== null).length);
    expect(dues.every((d) => d.key.startsWith(`${t.id} `) && d.stored === null && d.expected?.startsWith(`${t.typeId}@${t.typeVersion} "`))).toBe(true);
  });
});

describe('byEventBudget', () => {
  const t = (id: string, version: number) => ({ id, version }) as Parameters<typeof byEventBudget>[0][number];
  it('puts trajectories in runs of at most the budget in events, a longer log in a run of its own', () => {
    const runs = byEventBudget([t('a', 2), t('b', 3), t('c', 9), t('d', 1), t('e', 1)], 5);
    expect(runs.map((run) => run.map((x) => x.id))).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(byEventBudget([], 5)).toEqual([]);
  });
});
