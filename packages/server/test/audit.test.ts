import { beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { PD, shippedWorld } from './support/world';
import { type Agent, answer } from './support/harness';

await forEachDatabase('school audit log', shippedWorld, (w) => {
  let inA: string;
  let inB: string;
  beforeAll(async () => {
    const ib = await w.as('ib@esch.nl');
    inA = (await answer(ib.api.trajectories.$post({ json: { typeId: PD, schoolId: w.world.schoolA.id } }), 201)).id;
    w.clock.advance(60_000);
    const sent = await ib.api.trajectories[':id'].events.$post({ param: { id: inA }, json: { type: 'SCHOOLFORMULIER_INDIENEN', data: w.example('pd-schoolontwikkelingsformulier'), expectedVersion: 1 } });
    expect(sent.status).toBe(201);
    w.clock.advance(60_000);
    const added = await (await w.as('admin@koers.nl')).request('POST', '/api/memberships', { email: 'ib@kompas.nl', organisationId: w.world.schoolA.id, role: 'werkgroep' });
    expect(added.status).toBe(201);
    w.clock.advance(60_000);
    inB = (await answer((await w.as('ib@kompas.nl')).api.trajectories.$post({ json: { typeId: PD, schoolId: w.world.schoolB.id } }), 201)).id;
  });

  const auditOf = async (email: string, schoolId: string, query: Record<string, string> = {}) => {
    const agent: Agent = await w.as(email);
    // Not a literal: until the schools routes declare their query, the client's type has none (it sends it all the same).
    const args = { param: { id: schoolId }, query };
    return agent.api.schools[':id'].audit.$get(args);
  };

  it('lists the events of the school\'s trajectories and the audit entries about the school, newest first', async () => {
    const page = await answer(auditOf('directie@esch.nl', w.world.schoolA.id));
    expect(page.school.name).toBe('De Esch');
    expect(page.nextCursor).toBeNull();
    const lines = page.entries.map((e) => (e.kind === 'event' ? `event ${e.seq} ${e.type}` : `audit ${e.action}`));
    expect(lines[0]).toBe('audit membership.add');
    expect(lines).toContain('event 2 SCHOOLFORMULIER_INDIENEN');
    expect(lines).toContain('event 1 @start');
    expect(lines).toContain('audit trajectory.notify');
    expect(page.entries.every((e) => e.kind === 'audit' || e.trajectory?.id === inA)).toBe(true);
    expect(page.entries.map((e) => e.at)).toEqual(page.entries.map((e) => e.at).sort().reverse());
    const event = page.entries.find((e) => e.kind === 'event' && e.seq === 2);
    expect(event).toMatchObject({ label: { nl: expect.any(String) }, actor: { name: 'Ilse Bakker' }, roles: [{ id: 'ib', title: expect.objectContaining({ en: expect.not.stringMatching(/^ib$/) }) }], from: [{ path: 'schoolformulier' }] });
    expect(event).not.toHaveProperty('data');
  });

  it('pages with before=nextCursor through the same entries, without repeats', async () => {
    const all = (await answer(auditOf('ib@esch.nl', w.world.schoolA.id))).entries;
    const seen: typeof all = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { entries: typeof all; nextCursor: string | null } = await answer(auditOf('ib@esch.nl', w.world.schoolA.id, { limit: '1', ...(cursor ? { before: cursor } : {}) }));
      expect(page.entries.length).toBeLessThanOrEqual(1);
      seen.push(...page.entries);
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  it('shows a bestuurder every school of the bestuur, and the other school\'s audit only its own trajectory', async () => {
    const page = await answer(auditOf('bestuur@rivierland.nl', w.world.schoolB.id));
    expect(page.entries.flatMap((e) => (e.kind === 'event' ? [e.trajectory.id] : []))).toEqual([inB]);
  });

  it('answers 404 for a school the viewer may not see and an unknown id (a bestuur has its own page); 401 without signing in; 400 for a made-up cursor', async () => {
    expect((await auditOf('ib@kompas.nl', w.world.schoolB.id)).status).toBe(200);
    expect((await auditOf('pb@koers.nl', w.world.schoolB.id)).status).toBe(404);
    expect((await auditOf('admin@koers.nl', w.world.bestuur.id)).status).toBe(200);
    expect((await auditOf('admin@koers.nl', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await auditOf('admin@koers.nl', 'niet-een-id')).status).toBe(404);
    expect((await w.app.request(`/api/schools/${w.world.schoolA.id}/audit`)).status).toBe(401);
    expect((await auditOf('admin@koers.nl', w.world.schoolA.id, { before: 'gisteren' })).status).toBe(400);
    expect((await auditOf('admin@koers.nl', w.world.schoolA.id, { limit: '0' })).status).toBe(400);
  });
});
