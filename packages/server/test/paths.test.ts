import { expect, it } from 'vitest';
import { simplePaths } from '@koers/engine';
import { DATABASES, forEachDatabase } from '@koers/testing';
import { shippedWorld } from './support/world';
import { answer } from './support/harness';

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
    const read = () => answer(agent.api.trajectories[':id'].$get({ param: { id } }));
    let view = await read();
    for (const step of path.steps) {
      expect(view.events.map((e) => e.type), `${step.event} in ${step.from.join(', ')}`).toContain(step.event);
      const json = { type: step.event, ...(step.data ? { data: step.data } : {}), expectedVersion: view.version };
      const sent = await answer(agent.api.trajectories[':id'].events.$post({ param: { id }, json }), 201);
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
    const log = await answer(agent.api.trajectories[':id'].events.$get({ param: { id } }));
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: path.steps.length + 1 }, (_, i) => i + 1));
  });
}, [DATABASES[0]!]);
