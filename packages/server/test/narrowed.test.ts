import { beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { PASSWORD, type Agent, answer, errorOf } from './support/harness';
import { matrixWorld } from './support/matrix-world';

await forEachDatabase('a role for one trajectory only', matrixWorld, (w) => {
  let admin: Agent;
  let extern: Agent;
  let own: string;
  let other: string;
  const start = async (school: 'A' | 'B') => (await answer(admin.api.trajectories.$post({ json: { typeId: 'matrix', schoolId: w.schools[school].id } }), 201)).id;

  beforeAll(async () => {
    admin = await w.signIn('admin');
    own = await start('A');
    other = await start('A');
    const user = await w.store.users.create({ email: 'extern@adviesbureau.nl', name: 'Externe ib', passwordHash: (await w.store.users.findByEmail('ib@esch.nl'))!.passwordHash });
    const granted = await admin.request('POST', '/api/memberships', { userId: user.id, organisationId: w.schools.A.id, role: 'ib', trajectoryId: own });
    expect(granted.status).toBe(201);
    extern = await w.signIn('anon');
    expect((await extern.login('extern@adviesbureau.nl', PASSWORD)).status).toBe(200);
  });

  it('sees that trajectory and acts in it with the role', async () => {
    expect((await extern.request('GET', `/api/trajectories/${own}`)).status).toBe(200);
    const sent = await extern.request('POST', `/api/trajectories/${own}/events`, { type: 'PLAN_INDIENEN', expectedVersion: 1, data: { doel: 'Lezen' } });
    expect(sent.status).toBe(201);
    const list = await answer(extern.api.trajectories.$get({ query: {} }));
    expect(list.map((t) => t.id)).toEqual([own]);
  });

  it('does not see the school\'s other trajectories, its audit log, nor start one there', async () => {
    expect((await extern.request('GET', `/api/trajectories/${other}`)).status).toBe(404);
    expect((await extern.request('GET', `/api/trajectories/${other}/events`)).status).toBe(404);
    const before = await w.fingerprint();
    expect((await extern.request('POST', `/api/trajectories/${other}/events`, { type: 'PLAN_INDIENEN', expectedVersion: 1, data: { doel: 'Lezen' } })).status).toBe(404);
    expect((await extern.request('PUT', `/api/trajectories/${other}/drafts/matrix-plan`, { data: { doel: 'Lezen' } })).status).toBe(404);
    expect((await extern.request('POST', '/api/trajectories', { typeId: 'matrix', schoolId: w.schools.A.id })).status).toBe(404);
    expect(await w.fingerprint()).toEqual(before);
    expect((await extern.request('GET', `/api/schools/${w.schools.A.id}/audit`)).status).toBe(404);
  });

  it('cannot be granted for a trajectory of another school', async () => {
    const elsewhere = await start('B');
    const before = await w.fingerprint();
    const res = await admin.request('POST', '/api/memberships', { email: 'extern@adviesbureau.nl', organisationId: w.schools.A.id, role: 'ib', trajectoryId: elsewhere });
    expect(res.status).toBe(422);
    expect((await errorOf(res)).path).toBe('/trajectoryId');
    expect(await w.fingerprint()).toEqual(before);
  });
});
