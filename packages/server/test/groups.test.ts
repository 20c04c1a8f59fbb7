import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { forEachDatabase, type TestDatabase } from '@koers/testing';
import type { Organisation, Store } from '@koers/store';
import { rows } from './support/tables';
import { Agent, answer, errorOf, signedIn, testApp } from './support/harness';

/** A bestuur with five schools, a procesbegeleider who leads, one who does not, and each school's leader. */
async function groupWorld(database: TestDatabase) {
  const t = await testApp(database, 'test/fixtures/groups', 'test/fixtures/valid');
  const bestuur = await t.store.organisations.create({ kind: 'bestuur', name: 'Stichting Kring' });
  const schools: Organisation[] = [];
  for (const name of ['De Akker', 'De Beuk', 'De Ceder', 'De Den', 'De Eik']) schools.push(await t.store.organisations.create({ kind: 'school', name, parentId: bestuur.id }));
  await t.person('admin@koers.nl', [], true);
  await t.person('pb@koers.nl', [[schools[0]!, 'procesbegeleider']], false, 'Petra Begeleider');
  await t.person('pb2@koers.nl', [[schools[4]!, 'procesbegeleider']]);
  for (const [i, s] of schools.entries()) await t.person(`leider${i}@school.nl`, [[s, 'schoolleider']]);
  return { ...t, schools };
}

const count = async (w: { store: Store }, table: string): Promise<number> =>
  (await rows<{ n: number }>(w.store, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

await forEachDatabase('groups API', groupWorld, (w) => {
  const as = (email: string) => signedIn(w.app, email);
  let pb: Agent;
  let admin: Agent;
  const leaders: Agent[] = [];
  let group: string;
  const trajectories: string[] = [];

  /** A kring trajectory at school i, registered (in the join step) unless `stay`. */
  const registered = async (i: number, stay = false) => {
    const t = await answer(leaders[i]!.api.trajectories.$post({ json: { typeId: 'kring', schoolId: w.schools[i]!.id } }), 201);
    if (!stay) await answer(leaders[i]!.api.trajectories[':id'].events.$post({ param: { id: t.id }, json: { type: 'AANMELDEN', expectedVersion: 1 } }), 201);
    return t.id;
  };
  const add = (a: Agent, trajectoryId: string, id = group) => a.api.groups[':id'].members.$post({ param: { id }, json: { trajectoryId } });
  const meeting = (a: Agent, json: Parameters<Agent['api']['groups'][':id']['meetings']['$post']>[0]['json'], key?: string) =>
    a.api.groups[':id'].meetings.$post({ param: { id: group }, json }, key ? { headers: { 'idempotency-key': key } } : {});
  const view = (a: Agent, id: string) => answer(a.api.trajectories[':id'].$get({ param: { id } }));

  beforeAll(async () => {
    pb = await as('pb@koers.nl');
    admin = await as('admin@koers.nl');
    for (let i = 0; i < 5; i++) leaders.push(await as(`leider${i}@school.nl`));
  });

  it('lets a procesbegeleider form a group they then lead, and refuses a school leader', async () => {
    const created = await answer(pb.api.groups.$post({ json: { typeId: 'kring', name: 'Kring Noord', programmeYear: '2025-2026' } }), 201);
    group = created.id;
    expect(created).toMatchObject({ name: 'Kring Noord', size: 0, max: 3, min: 2, groupTitle: { nl: 'Kring' }, leads: [{ name: 'Petra Begeleider' }], canManage: true });
    expect(created.meetingKinds.map((k) => k.kind)).toEqual(['startdag', 'bijeenkomst', 'verplicht']);
    expect(created.meetingKinds[1]!.attendance).toMatchObject({ min: 2, severity: 'warning', text: { nl: 'minstens 2 vertegenwoordigers per school, onder wie schoolleider' } });
    const refused = await leaders[0]!.api.groups.$post({ json: { typeId: 'kring', name: 'Eigen kring', programmeYear: '2025-2026' } });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message.nl).toMatch(/Alleen beheerders en wie de rol Procesbegeleider heeft/);
    expect((await answer(pb.api.groups.$get({ query: {} }))).map((g) => g.name)).toEqual(['Kring Noord']);
  });

  it('shows a group only to its leads and administrators', async () => {
    expect((await pb.api.groups[':id'].$get({ param: { id: group } })).status).toBe(200);
    expect((await admin.api.groups[':id'].$get({ param: { id: group } })).status).toBe(200);
    const other = await as('pb2@koers.nl');
    expect((await other.api.groups[':id'].$get({ param: { id: group } })).status).toBe(404);
    expect(await answer(other.api.groups.$get({ query: {} }))).toEqual([]);
    expect((await leaders[0]!.api.groups[':id'].$get({ param: { id: group } })).status).toBe(404);
  });

  it('refuses a group past the per-year capacity with the type\'s message, writing nothing', async () => {
    await answer(admin.api.groups.$post({ json: { typeId: 'kring', name: 'Kring Zuid', programmeYear: '2025-2026' } }), 201);
    const before = await count(w, 'groups');
    const res = await admin.api.groups.$post({ json: { typeId: 'kring', name: 'Kring West', programmeYear: '2025-2026' } });
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'group-capacity', path: '/programmeYear' });
    expect(error.message.nl).toBe('Er zijn dit jaar al twee kringen. Programmajaar 2025-2026 heeft al 2 groepen van deze soort.');
    expect(await count(w, 'groups')).toBe(before);
    expect((await admin.api.groups.$post({ json: { typeId: 'kring', name: 'Kring Later', programmeYear: '2026-2027' } })).status).toBe(201);
  });

  it('refuses a group of a type without groups, and a programme year that is not two consecutive years', async () => {
    const noGroups = await admin.api.groups.$post({ json: { typeId: 'mini', name: 'X', programmeYear: '2025-2026' } });
    expect(noGroups.status).toBe(422);
    expect((await errorOf(noGroups)).path).toBe('/typeId');
    const badYear = await admin.api.groups.$post({ json: { typeId: 'kring', name: 'X', programmeYear: '2025-2027' } });
    expect(await errorOf(badYear)).toMatchObject({ path: '/programmeYear', message: { nl: expect.stringMatching(/opeenvolgende jaren/) } });
  });

  it('places registered schools up to the maximum, sending each its join event as the system', async () => {
    for (let i = 0; i < 4; i++) trajectories.push(await registered(i));
    const page = await answer(pb.api.groups[':id'].$get({ param: { id: group } }));
    expect(page.eligible.map((e) => e.school.name)).toEqual(['De Akker', 'De Beuk', 'De Ceder', 'De Den']);
    for (const id of trajectories.slice(0, 3)) {
      expect(await answer(add(pb, id), 201)).toMatchObject({ trajectoryId: id, steps: [{ path: 'startdag' }] });
    }
    const t = await view(leaders[0]!, trajectories[0]!);
    expect(t.steps.map((s) => s.path)).toEqual(['startdag']);
    expect(t.history.at(-1)).toMatchObject({ type: 'INGEDEELD', label: { nl: 'Ingedeeld in een kring' }, actor: { id: 'system', system: true } });
    expect(t.group).toMatchObject({ name: 'Kring Noord', title: { nl: 'Kring' }, meetings: [] });
  });

  it('refuses a fourth school with the group\'s "vol = vol" message, leaving its trajectory as it was', async () => {
    const fourth = trajectories[3]!;
    const res = await add(pb, fourth);
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'group-full', path: '/trajectoryId' });
    expect(error.message.nl).toBe('Deze kring is vol (vol = vol). Kring Noord heeft al 3 scholen.');
    const t = await view(leaders[3]!, fourth);
    expect(t).toMatchObject({ version: 2, steps: [{ path: 'indeling' }] });
    expect(t.group).toBeUndefined();
  });

  it('refuses a school twice, a trajectory not in the join step, one of another type, and an unknown one', async () => {
    const twice = await add(pb, trajectories[0]!);
    expect(await errorOf(twice)).toMatchObject({ code: 'already-member', message: { nl: 'De Akker zit al in deze groep.' } });
    const others = await answer(admin.api.groups.$get({ query: { typeId: 'kring', year: '2026-2027' } }));
    const later = others[0]!.id;
    const notRegistered = await registered(4, true);
    const early = await add(admin, notRegistered, later);
    expect(early.status).toBe(422);
    expect(await errorOf(early)).toMatchObject({ path: '/trajectoryId', message: { nl: 'Het traject van De Eik staat niet in de stap "Indeling in een kring"; alleen dan kan het in een groep worden geplaatst.' } });
    const mini = await answer(leaders[4]!.api.trajectories.$post({ json: { typeId: 'mini', schoolId: w.schools[4]!.id } }), 201).catch(() => undefined);
    if (mini) expect(await errorOf(await add(admin, mini.id, later))).toMatchObject({ path: '/trajectoryId', message: { nl: expect.stringMatching(/andere soort/) } });
    const unknown = await add(admin, '00000000-0000-4000-8000-000000000000', later);
    expect(unknown.status).toBe(422);
    expect(await count(w, 'group_members')).toBe(3);
  });

  it('records the startdag once for the group and moves every member on', async () => {
    const result = await answer(meeting(pb, {
      kind: 'startdag', heldOn: '2025-09-10', data: { verslag: 'Kennismaking', volgende: '2025-10-08' },
      attendance: trajectories.slice(0, 3).map((trajectoryId) => ({ trajectoryId, present: [{ name: 'Iemand', role: 'schoolleider' }] })),
    }), 201);
    expect(result.sent).toHaveLength(3);
    expect(result.flagged).toEqual([]);
    for (const [i, id] of trajectories.slice(0, 3).entries()) {
      const t = await view(leaders[i]!, id);
      expect(t.steps.map((s) => s.path)).toEqual(['werken']);
      expect(t.history.at(-1)).toMatchObject({ type: 'STARTDAG_GEHOUDEN', label: { nl: 'Startdag gehouden' }, actor: { system: true } });
    }
    const page = await answer(pb.api.groups[':id'].$get({ param: { id: group } }));
    expect(page.nextMeeting).toMatchObject({ kind: 'startdag', date: '2025-10-08' });
  });

  it('records a group meeting with the attendance per school, flags the school that sent one person, and the guards read it', async () => {
    const [a, b, c] = trajectories;
    const result = await answer(meeting(pb, {
      kind: 'bijeenkomst', heldOn: '2025-10-08', data: { verslag: 'Uitwisseling' },
      attendance: [
        { trajectoryId: a!, present: [{ name: 'Anna', role: 'schoolleider' }, { name: 'Bram', role: 'werkgroep' }] },
        { trajectoryId: b!, present: [{ name: 'Carla', role: 'schoolleider' }, { name: 'Dirk', role: 'werkgroep' }] },
        { trajectoryId: c!, present: [{ name: 'Eva', role: 'werkgroep' }] },
      ],
    }, 'bijeenkomst-1'), 201);
    expect(result.flagged).toEqual([expect.objectContaining({
      trajectoryId: c, school: expect.objectContaining({ name: 'De Ceder' }),
      message: expect.objectContaining({ nl: 'Kringbijeenkomst van 2025-10-08: Minstens twee vertegenwoordigers, onder wie de schoolleider. (1 vertegenwoordiger aanwezig, minstens 2 nodig; geen schoolleider aanwezig)' }),
    })]);
    expect(await rows(w.store, sql`select trajectory_id, source, code, detail from flags`)).toEqual([{ trajectory_id: c, source: 'attendance', code: 'bijeenkomst', detail: { meetingId: result.meeting.id, heldOn: '2025-10-08' } }]);
    expect(await rows(w.store, sql`select id, open_flags from trajectories where open_flags > 0`)).toEqual([{ id: c, open_flags: 1 }]);

    // Each school sees its own attendance only, and whether the rule held.
    const own = await view(leaders[2]!, c!);
    expect(own.group!.meetings.at(-1)).toMatchObject({ kind: 'bijeenkomst', present: [{ name: 'Eva', role: 'werkgroep' }], complete: false });
    expect(JSON.stringify(own.group)).not.toContain('Anna');
    // The guard on complete attendance holds for De Akker, not for De Ceder.
    expect((await view(leaders[0]!, a!)).events.find((e) => e.type === 'AFRONDEN')?.blocked).toBeUndefined();
    expect((await view(leaders[2]!, c!)).events.find((e) => e.type === 'AFRONDEN')?.blocked?.nl).toBeTruthy();
    expect((await view(leaders[0]!, a!)).context.counters).toEqual([expect.objectContaining({ id: 'bijeenkomsten', value: 1 })]);
    // The lists read the groups' facts for all their trajectories at once (factsForList), and agree with the page.
    const listed = async (i: number, id: string) => (await answer(leaders[i]!.api.trajectories.$get({ query: {} }))).find((t) => t.id === id)!;
    expect((await listed(0, a!)).events.find((e) => e.type === 'AFRONDEN')?.blocked).toBeUndefined();
    expect((await listed(2, c!)).events.find((e) => e.type === 'AFRONDEN')?.blocked?.nl).toBeTruthy();

    const page = await answer(pb.api.groups[':id'].$get({ param: { id: group } }));
    expect(page.members.find((m) => m.trajectoryId === c)).toMatchObject({ openFlags: 1, school: { name: 'De Ceder' } });
    expect(page.meetings.at(-1)!.attendance.map((x) => [x.school.name, x.complete])).toEqual([['De Akker', true], ['De Beuk', true], ['De Ceder', false]]);
  });

  it('answers a retried recording with the same Idempotency-Key with the first meeting, writing nothing', async () => {
    const before = await count(w, 'group_meetings');
    const again = await answer(meeting(pb, { kind: 'bijeenkomst', heldOn: '2025-10-08', data: { verslag: 'Uitwisseling' }, attendance: [] }, 'bijeenkomst-1'), 200);
    expect(again.replayed).toBe(true);
    expect(await count(w, 'group_meetings')).toBe(before);
  });

  it('refuses bad meetings with a Dutch message at the field, writing nothing', async () => {
    const tables = ['group_meetings', 'group_attendance', 'flags', 'events'];
    const before = await Promise.all(tables.map((t) => count(w, t)));
    const refuse = async (json: Parameters<typeof meeting>[1], path: string, nl: RegExp) => {
      const res = await meeting(pb, json);
      expect(res.status).toBe(422);
      const error = await errorOf(res);
      expect(error.path).toBe(path);
      expect(error.message.nl).toMatch(nl);
    };
    await refuse({ kind: 'lunch', heldOn: '2025-11-01', attendance: [] }, '/kind', /Soort bijeenkomst "lunch" bestaat niet/);
    await refuse({ kind: 'bijeenkomst', heldOn: '2025-11-01', attendance: [{ trajectoryId: trajectories[3]!, present: [] }] }, '/attendance/0/trajectoryId', /geen lid van deze groep/);
    await refuse({ kind: 'bijeenkomst', heldOn: '2025-11-01', attendance: [{ trajectoryId: trajectories[0]!, present: [{ name: 'X', role: 'conciërge' }] }] }, '/attendance/0/present/0/role', /Rol "conciërge" bestaat niet/);
    await refuse({ kind: 'bijeenkomst', heldOn: '2025-02-30', attendance: [] }, '/heldOn', /geen bestaande datum/);
    await refuse({ kind: 'verplicht', heldOn: '2025-11-01', attendance: [
      { trajectoryId: trajectories[0]!, present: [{ name: 'Anna', role: 'schoolleider' }] },
      { trajectoryId: trajectories[1]!, present: [] },
    ] }, '/attendance/1/present', /^De Beuk: 0 vertegenwoordigers aanwezig, minstens 1 nodig/);
    expect(await Promise.all(tables.map((t) => count(w, t)))).toEqual(before);
  });

  it('keeps the maximum when schools are placed at the same moment', async () => {
    const created = await answer(admin.api.groups.$post({ json: { typeId: 'kring', name: 'Kring Race', programmeYear: '2027-2028' } }), 201);
    const ids = [await registered(4)];
    for (let i = 0; i < 3; i++) ids.push(await registered(i));
    const results = await Promise.all(ids.map((id) => add(admin, id, created.id)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 409]);
    expect((await answer(admin.api.groups[':id'].$get({ param: { id: created.id } }))).members).toHaveLength(3);
  });

  it('takes a school out of a group and draws the group\'s diagram with where its members stand', async () => {
    const svg = await pb.request('GET', `/api/groups/${group}/diagram.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await svg.text()).toContain('<svg');
    expect((await pb.api.groups[':id'].members[':trajectoryId'].$delete({ param: { id: group, trajectoryId: trajectories[2]! } })).status).toBe(204);
    expect((await pb.api.groups[':id'].members[':trajectoryId'].$delete({ param: { id: group, trajectoryId: trajectories[2]! } })).status).toBe(404);
    expect((await answer(pb.api.groups[':id'].$get({ param: { id: group } }))).members).toHaveLength(2);
  });
});
