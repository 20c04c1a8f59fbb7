import { expect, it } from 'vitest';
import { type PathStep, type TrajectorySnapshot, schedule, simplePaths } from '@koers/engine';
import { DATABASES, forEachDatabase } from '@koers/testing';
import { createRegistry, createScheduler } from '../src';
import { type ShippedWorld, shippedWorld } from './support/world';
import { answer } from './support/harness';

/**
 * Makes a system step of a path happen as in production: a group event by forming a group, placing the trajectory
 * in it or recording the group's meeting (as an admin); a timer by moving the clock to its moment and letting the
 * scheduler fire it.
 */
async function systemStep(w: ShippedWorld, typeId: string, trajectoryId: string, step: PathStep, group: { id?: string }) {
  const def = w.definition(typeId);
  const admin = await w.as('admin@koers.nl');
  const groups = def.definition.groups;
  if (groups?.join.event === step.event) {
    group.id = (await answer(admin.api.groups.$post({ json: { typeId, name: 'Padgroep', programmeYear: '2024-2025' } }), 201)).id;
    await answer(admin.api.groups[':id'].members.$post({ param: { id: group.id }, json: { trajectoryId } }), 201);
    return;
  }
  const kind = Object.entries(groups?.meetings ?? {}).find(([, m]) => m.event === step.event);
  if (kind) {
    const [name, spec] = kind;
    const data = spec.form ? w.example(spec.form) : undefined;
    const heldOn = w.clock.now().toISOString().slice(0, 10);
    await answer(admin.api.groups[':id'].meetings.$post({ param: { id: group.id! }, json: { kind: name, heldOn, ...(data ? { data } : {}), attendance: [] } }), 201);
    return;
  }
  const t = (await w.store.trajectories.get(trajectoryId))!;
  const timer = schedule(def, t.snapshot as TrajectorySnapshot, { now: w.clock.now().toISOString() }).find((s) => s.kind === 'event' && s.event === step.event);
  if (!timer) throw new Error(`no timer ${step.event}`);
  w.advance(Math.max(0, Date.parse(timer.dueAt) - w.clock.now().getTime()) + 60_000);
  const registry = createRegistry(w.store, { now: () => w.clock.now() });
  expect(await createScheduler({ store: w.store, registry, clock: w.clock, log: () => {} }).tick()).toMatchObject({ fired: 1 });
}

// The longest path through every shipped type, sent through the API and stored: parallel steps, guards,
// budgets and counters survive the round trip through the database, and every view along the way answers.
await forEachDatabase('every shipped type end to end through the API', shippedWorld, (w) => {
  it.each(['pd-schoolontwikkeling', 'voortgezet-leren', 'pdca-kwaliteitskaart'])('walks the longest path of %s', async (typeId) => {
    const def = w.definition(typeId);
    const path = simplePaths(def).filter((p) => p.done).reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
    // One person holding every role of the type at school B.
    const email = `alles-${typeId}@kompas.nl`;
    const user = await w.store.users.create({ email, name: 'Alle Rollen', passwordHash: (await w.store.users.findByEmail('ib@kompas.nl'))!.passwordHash });
    for (const role of Object.keys(def.definition.roles)) await w.store.memberships.add({ userId: user.id, organisationId: w.world.schoolB.id, role });
    const agent = await w.as(email);
    const { id } = await answer(agent.api.trajectories.$post({ json: { typeId, schoolId: w.world.schoolB.id } }), 201);
    // Signed in again when a timer moved the clock past the session's life.
    const read = async () => answer((await w.as(email)).api.trajectories[':id'].$get({ param: { id } }));
    let view = await read();
    const group: { id?: string } = {};
    for (const step of path.steps) {
      if (step.system) {
        await systemStep(w, typeId, id, step, group);
        view = await read();
        expect(view.steps.map((s) => s.path), step.event).toEqual(step.to);
        continue;
      }
      expect(view.events.map((e) => e.type), `${step.event} in ${step.from.join(', ')}`).toContain(step.event);
      const json = { type: step.event, ...(step.data ? { data: step.data } : {}), expectedVersion: view.version };
      const sent = await answer((await w.as(email)).api.trajectories[':id'].events.$post({ param: { id }, json }), 201);
      expect(sent.trajectory.steps.map((s) => s.path), step.event).toEqual(step.to);
      view = await read();
    }
    expect(view.status).toBe('done');
    expect(view.history).toHaveLength(path.steps.length + 1);
    // Every top-level step the path went through is done (or, for the final one, current).
    const visited = (p: string) => path.steps.some((s) => s.to.some((leaf) => leaf === p || leaf.startsWith(`${p}.`)));
    for (const p of view.progress) {
      if (visited(p.path)) expect(p.status, p.path).not.toBe('coming');
    }
    const log = await answer((await w.as(email)).api.trajectories[':id'].events.$get({ query: {}, param: { id } }));
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: path.steps.length + 1 }, (_, i) => i + 1));
  });
}, [DATABASES[0]!]);
