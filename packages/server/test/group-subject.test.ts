import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { forEachDatabase, type TestDatabase } from '@koers/testing';
import type { Organisation, Store } from '@koers/store';
import { rows } from './support/tables';
import { Agent, answer, errorOf, signedIn, testApp } from './support/harness';

/**
 * A kring (the schools' type, with groups) and kring-netwerk (`"subject": "group"`, `groupOf` kring): three schools,
 * two of them in a group led by one procesbegeleider, a second procesbegeleider who leads nothing.
 */
async function world(database: TestDatabase) {
  const t = await testApp(database, 'test/fixtures/groups', 'test/fixtures/group-subject', 'test/fixtures/valid');
  const bestuur = await t.store.organisations.create({ kind: 'bestuur', name: 'Stichting Kring' });
  const schools: Organisation[] = [];
  for (const name of ['De Akker', 'De Beuk', 'De Ceder']) schools.push(await t.store.organisations.create({ kind: 'school', name, parentId: bestuur.id }));
  await t.person('admin@koers.nl', [], true);
  await t.person('pb@koers.nl', [[schools[0]!, 'procesbegeleider']], false, 'Petra Begeleider');
  await t.person('pb2@koers.nl', [[schools[2]!, 'procesbegeleider']]);
  for (const [i, s] of schools.entries()) await t.person(`leider${i}@school.nl`, [[s, 'schoolleider']]);
  return { ...t, schools };
}

const count = async (store: Store, table: string): Promise<number> =>
  (await rows<{ n: number }>(store, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

await forEachDatabase('a trajectory whose subject is a group', world, (w) => {
  const as = (email: string) => signedIn(w.app, email);
  let pb: Agent;
  let pb2: Agent;
  let admin: Agent;
  const leaders: Agent[] = [];
  let group: string;
  let own: string;
  const members: string[] = [];

  beforeAll(async () => {
    [pb, pb2, admin] = [await as('pb@koers.nl'), await as('pb2@koers.nl'), await as('admin@koers.nl')];
    for (let i = 0; i < 3; i++) leaders.push(await as(`leider${i}@school.nl`));
    group = (await answer(pb.api.groups.$post({ json: { typeId: 'kring', name: 'Kring Noord', programmeYear: '2025-2026' } }), 201)).id;
    for (const i of [0, 1]) {
      const t = await answer(leaders[i]!.api.trajectories.$post({ json: { typeId: 'kring', schoolId: w.schools[i]!.id } }), 201);
      await answer(leaders[i]!.api.trajectories[':id'].events.$post({ param: { id: t.id }, json: { type: 'AANMELDEN', expectedVersion: 1 } }), 201);
      await answer(pb.api.groups[':id'].members.$post({ param: { id: group }, json: { trajectoryId: t.id } }), 201);
      members.push(t.id);
    }
  });

  it('offers the group type on the group page and starts it for the group, as its lead', async () => {
    const page = await answer(pb.api.groups[':id'].$get({ param: { id: group } }));
    expect(page.startTypes).toEqual([{ id: 'kring-netwerk', title: { nl: 'Netwerk van de kring', en: 'Circle network' }, label: { title: { nl: 'Thema', en: 'Theme' }, required: false } }]);
    expect(page.trajectories).toEqual([]);
    const started = await answer(pb.api.trajectories.$post({ json: { typeId: 'kring-netwerk', groupId: group, label: 'Lezen' } }), 201);
    own = started.id;
    expect(started).toMatchObject({ subject: 'group', school: { id: group, name: 'Kring Noord' }, label: 'Lezen', steps: [{ path: 'plan' }] });
    expect(started.history[0]).toMatchObject({ actor: { name: 'Petra Begeleider' } });
    const after = await answer(pb.api.groups[':id'].$get({ param: { id: group } }));
    expect(after.trajectories).toMatchObject([{ id: own, type: { id: 'kring-netwerk' }, label: 'Lezen', status: 'active', steps: [{ path: 'plan' }] }]);
  });

  it('lets the lead act with the roles held at the group, and the member schools with theirs', async () => {
    const asLead = await answer(pb.api.trajectories[':id'].$get({ param: { id: own } }));
    expect(asLead.roles.map((r) => r.id)).toEqual(['procesbegeleider']);
    await answer(pb.api.trajectories[':id'].events.$post({ param: { id: own }, json: { type: 'PLAN_VASTGESTELD', expectedVersion: 1 } }), 201);
    const asMember = await answer(leaders[1]!.api.trajectories[':id'].$get({ param: { id: own } }));
    expect(asMember.roles.map((r) => r.id)).toEqual(['schoolleider']);
    expect(asMember.school).toEqual({ id: group, name: 'Kring Noord' });
  });

  it('reads the group\'s shared meetings in its guards: no evaluation before the startdag', async () => {
    const early = await leaders[0]!.api.trajectories[':id'].events.$post({ param: { id: own }, json: { type: 'GEEVALUEERD', expectedVersion: 2 } });
    expect(early.status).toBe(422);
    expect(await errorOf(early)).toMatchObject({ code: 'transition-rejected', message: { nl: expect.stringMatching(/Voorwaarde/) } });
    await answer(pb.api.groups[':id'].meetings.$post({ param: { id: group }, json: {
      kind: 'startdag', heldOn: '2025-09-10', data: { verslag: 'Kennismaking' },
      attendance: members.map((trajectoryId) => ({ trajectoryId, present: [{ name: 'Iemand', role: 'schoolleider' }] })),
    } }), 201);
    await answer(leaders[0]!.api.trajectories[':id'].events.$post({ param: { id: own }, json: { type: 'GEEVALUEERD', expectedVersion: 2 } }), 201);
    expect(await answer(pb.api.trajectories[':id'].$get({ param: { id: own } }))).toMatchObject({ status: 'done' });
  });

  it('lists the group trajectory for its lead and the member schools, and for nobody else', async () => {
    const ids = async (a: Agent) => (await answer(a.api.trajectories.$get({ query: {} }))).map((t) => t.id);
    expect(await ids(pb)).toContain(own);
    expect(await ids(leaders[0]!)).toContain(own);
    expect(await ids(leaders[1]!)).toContain(own);
    expect(await ids(leaders[2]!)).not.toContain(own);
    expect(await ids(pb2)).not.toContain(own);
    for (const outsider of [leaders[2]!, pb2]) expect((await outsider.api.trajectories[':id'].$get({ param: { id: own } })).status).toBe(404);
  });

  it('follows the group: a school taken out of it no longer sees the group trajectory', async () => {
    await answer(admin.api.trajectories.$post({ json: { typeId: 'kring', schoolId: w.schools[2]!.id } }), 201);
    expect(await count(w.store, 'group_members')).toBe(2);
    const res = await pb.api.groups[':id'].members[':trajectoryId'].$delete({ param: { id: group, trajectoryId: members[1]! } });
    expect(res.status).toBe(204);
    expect((await leaders[1]!.api.trajectories[':id'].$get({ param: { id: own } })).status).toBe(404);
    expect((await leaders[0]!.api.trajectories[':id'].$get({ param: { id: own } })).status).toBe(200);
  });

  it('refuses a group type at a school, a school type for a group, another type\'s group and a stranger, writing nothing', async () => {
    const before = await count(w.store, 'trajectories');
    const cases = [
      { as: admin, json: { typeId: 'kring-netwerk', schoolId: w.schools[0]!.id }, status: 422, path: '/groupId', text: /voor een groep scholen/ },
      { as: admin, json: { typeId: 'kring-netwerk', groupId: group, schoolId: w.schools[0]!.id }, status: 422, path: '/groupId', text: /niet bij een school/ },
      { as: admin, json: { typeId: 'kring', groupId: group }, status: 422, path: '/schoolId', text: /traject voor een school/ },
      { as: admin, json: { typeId: 'kring' }, status: 422, path: '/schoolId', text: /geef de school/ },
      { as: pb2, json: { typeId: 'kring-netwerk', groupId: group }, status: 404, path: '/groupId', text: /bestaat niet/ },
      { as: leaders[0]!, json: { typeId: 'kring-netwerk', groupId: group }, status: 404, path: '/groupId', text: /bestaat niet/ },
      { as: admin, json: { typeId: 'kring-netwerk', groupId: '00000000-0000-4000-8000-000000000000' }, status: 404, path: '/groupId', text: /bestaat niet/ },
    ];
    for (const c of cases) {
      const res = await c.as.api.trajectories.$post({ json: c.json });
      expect(res.status, JSON.stringify(c.json)).toBe(c.status);
      const error = await errorOf(res);
      expect(error.path).toBe(c.path);
      expect(error.message.nl).toMatch(c.text);
    }
    expect(await count(w.store, 'trajectories')).toBe(before);
  });

  it('keeps a group out of the organisations: not listed, not editable', async () => {
    const list = await answer(admin.api.organisations.$get());
    expect(list.map((o) => o.id)).not.toContain(group);
    expect((await admin.api.organisations[':id'].$patch({ param: { id: group }, json: { name: 'Andere naam' } })).status).toBe(404);
  });
});
