import { expect, it } from 'vitest';
import { simplePaths } from '@koers/engine';
import { DATABASES, forEachDatabase } from '@koers/testing';
import { body, shippedWorld } from './support/world';

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
    const started = await agent.request('POST', '/api/trajectories', { typeId, schoolId: w.world.schoolB.id });
    expect(started.status).toBe(201);
    let view = await body(started);
    for (const step of path.steps) {
      expect(view.events.map((e: { type: string }) => e.type), `${step.event} in ${step.from.join(', ')}`).toContain(step.event);
      const res = await agent.request('POST', `/api/trajectories/${view.id}/events`, { type: step.event, ...(step.data ? { data: step.data } : {}), expectedVersion: view.version });
      expect(res.status, `${step.event}: ${await res.clone().text()}`).toBe(201);
      expect((await body(res)).trajectory.steps.map((s: { path: string }) => s.path)).toEqual(step.to);
      const read = await agent.request('GET', `/api/trajectories/${view.id}`);
      expect(read.status).toBe(200);
      view = await body(read);
    }
    expect(view.status).toBe('done');
    expect(view.history).toHaveLength(path.steps.length + 1);
    // Every top-level step the path went through is done (or, for the final one, current).
    const visited = (p: string) => path.steps.some((s) => s.to.some((leaf) => leaf === p || leaf.startsWith(`${p}.`)));
    for (const p of view.progress as Array<{ path: string; status: string }>) {
      if (visited(p.path)) expect(p.status, p.path).not.toBe('coming');
    }
    const log = await body(await agent.request('GET', `/api/trajectories/${view.id}/events`));
    expect(log.map((e: { seq: number }) => e.seq)).toEqual(Array.from({ length: path.steps.length + 1 }, (_, i) => i + 1));
  });
}, [DATABASES[0]!]);
