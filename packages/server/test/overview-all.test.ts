import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { PD, shippedWorld } from './support/world';
import { type Agent, answer, errorOf } from './support/harness';

const DAY = 86_400_000;
const PDCA = 'pdca-kwaliteitskaart';

/**
 * The coach's first screen (issue 14, items 1 and 3): every school the coach may see across every trajectory type,
 * the most urgent first, and a type's overview that counts the trajectories of every version, not only the newest.
 */
await forEachDatabase('the coach overview across types and versions', shippedWorld, (w) => {
  const start = async (typeId: string, schoolId: string) =>
    answer((await w.as('admin@koers.nl')).api.trajectories.$post({ json: { typeId, schoolId } }), 201);
  const all = async (a: Agent, query: { typeId?: string; overdue?: '0' | '1'; flagged?: '0' | '1' } = {}) => answer(a.api.overview.all.$get({ query }));

  it('shows every school the coach may see across every type, the school with the most days over time first', async () => {
    const pdA = await start(PD, w.world.schoolA.id);
    w.advance(10 * DAY);
    const pdcaA = await start(PDCA, w.world.schoolA.id);
    const pdB = await start(PD, w.world.schoolB.id);
    // Twenty days on: De Esch's PD is 16 days past its two weeks, Het Kompas's 6.
    w.advance(20 * DAY);

    const admin = await all(await w.as('admin@koers.nl'));
    expect(admin.schools.map((s) => [s.school.name, s.daysLate, s.overdue])).toEqual([['De Esch', 16, 1], ['Het Kompas', 6, 1]]);
    expect(admin.types.map((t) => [t.id, t.active, t.overdue, t.versions])).toEqual([[PD, 2, 2, [4]], [PDCA, 1, 0, [4]]]);
    const esch = admin.schools[0]!;
    // The cells follow the columns: PD first (the type with the most trajectories), then the PDCA card.
    expect(esch.trajectories.map((t) => [t.trajectoryId, t.type.id, t.type.version])).toEqual([[pdA.id, PD, 4], [pdcaA.id, PDCA, 4]]);
    expect(esch.trajectories[0]).toMatchObject({ overdue: true, daysLate: 16, steps: [{ path: 'schoolformulier', daysInStep: 30, expectedDays: 14, daysLate: 16 }] });
    // Who it waits for is the overview's own field, so both screens say the same.
    const detail = await answer((await w.as('admin@koers.nl')).api.overview.$get({ query: { typeId: PD } }));
    expect(esch.trajectories[0]!.waitingRoles).toEqual(detail.schools.find((s) => s.trajectoryId === pdA.id)!.waitingRoles);
    expect(esch.trajectories[0]!.waitingRoles.length).toBeGreaterThan(0);

    // A coach of De Esch sees De Esch's row, never Het Kompas's.
    const coach = await all(await w.as('pb@koers.nl'));
    expect(coach.schools.map((s) => s.school.name)).toEqual(['De Esch']);
    expect(coach.types.find((t) => t.id === PD)!.active).toBe(1);
    expect(JSON.stringify(coach)).not.toContain(pdB.id);

    expect((await all(await w.as('admin@koers.nl'), { typeId: PDCA })).schools.map((s) => s.trajectories.map((t) => t.type.id))).toEqual([[PDCA]]);
    const late = await all(await w.as('admin@koers.nl'), { overdue: '1' });
    expect(late.schools.flatMap((s) => s.trajectories.map((t) => t.trajectoryId)).sort()).toEqual([pdA.id, pdB.id].sort());
    expect((await all(await w.as('admin@koers.nl'), { flagged: '1' })).schools).toEqual([]);
  });

  it('refuses bad filters with a Dutch message at the parameter, an unknown type with 404, and non-coaches with 403', async () => {
    const coach = await w.as('pb@koers.nl');
    for (const [query, path] of [['overdue=ja', '/overdue'], ['flagged=2', '/flagged'], ['typeId=Geen%20Soort', '/typeId']] as const) {
      const res = await coach.request('GET', `/api/overview/all?${query}`);
      expect(res.status, query).toBe(400);
      const error = await errorOf(res);
      expect(error.path).toBe(path);
      expect(error.message.nl).toContain(path.slice(1));
      expect(error.message.nl).not.toBe(error.message.en);
    }
    expect((await coach.request('GET', '/api/overview/all?typeId=bestaat-niet')).status).toBe(404);
    expect((await (await w.as('ib@esch.nl')).request('GET', '/api/overview/all')).status).toBe(403);
    expect((await w.app.request('/api/overview/all')).status).toBe(401);
  });

  it('counts the trajectories of every version of a type, shows each school\'s version, and filters on one', async () => {
    const running = await start(PD, w.world.schoolA.id);
    const admin = await w.as('admin@koers.nl');
    const drafts = admin.api['type-drafts'];
    const draft = await answer(drafts.$post({ json: { typeId: PD, from: { typeId: PD, version: 4 } } }), 201);
    await answer(drafts[':typeId'].$put({ param: { typeId: PD }, json: { revision: 1, definition: draft.definition, forms: draft.forms } }));
    await answer(drafts[':typeId'].publish.$post({ param: { typeId: PD }, json: { revision: 2, note: 'Versie 5' } }), 201);
    const fresh = await start(PD, w.world.schoolA.id);
    expect(fresh.type.version).toBe(5);

    const coach = await w.as('pb@koers.nl');
    const overview = await answer(coach.api.overview.$get({ query: { typeId: PD } }));
    // The newest version's steps, and the running version-4 trajectories counted with the rest.
    expect(overview.type.version).toBe(5);
    const active = (await w.store.trajectories.list({ scope: { organisationIds: [w.world.schoolA.id] }, typeId: PD, status: 'active' })).length;
    expect(overview.totals.active).toBe(active);
    expect(overview.versions.map((v) => v.version)).toEqual([4, 5]);
    expect(overview.versions.find((v) => v.version === 5)!.active).toBe(1);
    expect(overview.schools.find((s) => s.trajectoryId === running.id)!.typeVersion).toBe(4);
    expect(overview.schools.find((s) => s.trajectoryId === fresh.id)!.typeVersion).toBe(5);
    const inStep = overview.steps.find((s) => s.path === 'schoolformulier')!.count;
    expect(inStep).toBe(overview.schools.filter((s) => s.steps.some((p) => p.path === 'schoolformulier')).length);

    const five = await answer(coach.api.overview.$get({ query: { typeId: PD, version: '5' } }));
    expect(five.schools.map((s) => s.trajectoryId)).toEqual([fresh.id]);
    expect(five.totals.active).toBe(1);
    expect(five.versions.map((v) => v.version)).toEqual([4, 5]);
    expect((await all(coach, { typeId: PD })).types[0]!.versions).toEqual([4, 5]);
    const res = await coach.request('GET', `/api/overview?typeId=${PD}&version=nul`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('/version');
  });
});
