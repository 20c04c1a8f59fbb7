import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type TestDatabase, forEachDatabase } from '@koers/testing';
import { Agent, answer, errorOf, testApp } from './support/harness';

const TYPE = 'signalen';

/**
 * Flags (issue 13): the fixture `signalen` books the intake's hours with a warning `uren-over-budget` instead of a
 * refusal. School A has a schoolleider and a casemanager (coach role); school B the same; and an admin.
 */
async function flagsWorld(database: TestDatabase) {
  const { store, clock, app, person, close } = await testApp(database, 'test/fixtures/valid', 'test/fixtures/flags');
  const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const schoolA = await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: bestuur.id });
  const schoolB = await store.organisations.create({ kind: 'school', name: 'Het Kompas', parentId: bestuur.id });
  await person('admin@koers.nl', [], true, 'Anna Admin');
  await person('leider@esch.nl', [[schoolA, 'schoolleider']], false, 'Lies Leider');
  await person('cm@esch.nl', [[schoolA, 'casemanager']], false, 'Joost Bakker');
  await person('leider@kompas.nl', [[schoolB, 'schoolleider']], false, 'Kees Kompas');
  await person('cm@kompas.nl', [[schoolB, 'casemanager']], false, 'Karin Coach');
  const agents = new Map<string, Agent>();
  const as = async (email: string) => {
    if (agents.has(email)) return agents.get(email)!;
    const agent = new Agent(app);
    const res = await agent.login(email);
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
    agents.set(email, agent);
    return agent;
  };
  /** What a refusal must leave alone: the flags, the open counts and the audit log. */
  const snapshot = async () => {
    const rows = async (q: string) => {
      const result = await store.connection.db.execute(sql.raw(q));
      return 'rows' in result ? result.rows : [...result];
    };
    return {
      flags: await rows('select id, acknowledged_at, acknowledged_by, acknowledge_note from flags order by id'),
      open: await rows('select id, open_flags from trajectories order by id'),
      audit: await rows("select count(*)::int as n from audit_log where action = 'flag.acknowledge'"),
    };
  };
  return { store, clock, app, schools: { A: schoolA, B: schoolB }, as, snapshot, close };
}

await forEachDatabase('flags API', flagsWorld, (w) => {
  const startAt = async (leader: string, schoolId: string) => answer((await w.as(leader)).api.trajectories.$post({ json: { typeId: TYPE, schoolId } }), 201);
  const intake = async (cm: string, id: string, uren: number) => answer((await w.as(cm)).api.trajectories[':id'].events.$post({
    param: { id }, json: { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren }, expectedVersion: 1 },
  }), 201);
  const view = async (email: string, id: string) => answer((await w.as(email)).api.trajectories[':id'].$get({ param: { id } }));
  const acknowledge = async (email: string, id: string, flagId: string, note?: string) =>
    (await w.as(email)).api.trajectories[':id'].flags[':flagId'].acknowledge.$post({ param: { id, flagId }, json: note === undefined ? {} : { note } });
  const overview = async (email: string, flagged?: '1') =>
    answer((await w.as(email)).api.overview.$get({ query: { typeId: TYPE, ...(flagged ? { flagged } : {}) } }));

  let flagged: string;
  let quiet: string;
  let other: string;

  it('records hours over the budget, and flags the trajectory with the reason at that event', async () => {
    flagged = (await startAt('leider@esch.nl', w.schools.A.id)).id;
    const sent = await intake('cm@esch.nl', flagged, 20);
    expect(sent.trajectory.steps.map((s) => s.path)).toEqual(['uitvoering']);
    expect(sent.flags).toEqual([{ source: 'guard', code: 'uren-over-budget', message: expect.objectContaining({ nl: expect.stringMatching(/meer uren/) }) }]);
    const v = await view('leider@esch.nl', flagged);
    expect(v.context.budgets).toEqual([expect.objectContaining({ id: 'uren', limit: 15, used: 20 })]);
    expect(v.flags).toEqual([expect.objectContaining({
      source: 'guard', code: 'uren-over-budget', seq: 2, raisedAt: sent.event.at, acknowledgedAt: null, acknowledgedBy: null, note: null,
    })]);
    expect(v.history.map((h) => [h.seq, h.flags.map((f) => f.code)])).toEqual([[1, []], [2, ['uren-over-budget']]]);
    const log = await answer((await w.as('cm@esch.nl')).api.trajectories[':id'].events.$get({ query: {}, param: { id: flagged } }));
    expect(log[1]?.flags.map((f) => f.id)).toEqual([v.flags[0]!.id]);
  });

  it('raises nothing when the rule holds', async () => {
    quiet = (await startAt('leider@esch.nl', w.schools.A.id)).id;
    expect((await intake('cm@esch.nl', quiet, 3)).flags).toEqual([]);
    expect((await view('cm@esch.nl', quiet)).flags).toEqual([]);
  });

  it('shows open flags per school in the coach overview, and filters on them', async () => {
    const all = await overview('cm@esch.nl');
    expect(Object.fromEntries(all.schools.map((s) => [s.trajectoryId, s.openFlags]))).toEqual({ [flagged]: 1, [quiet]: 0 });
    const only = await overview('cm@esch.nl', '1');
    expect(only.schools.map((s) => s.trajectoryId)).toEqual([flagged]);
  });

  it('refuses bad acknowledgements in Dutch and changes nothing', async () => {
    other = (await startAt('leider@kompas.nl', w.schools.B.id)).id;
    await intake('cm@kompas.nl', other, 16);
    const flagId = (await view('cm@esch.nl', flagged)).flags[0]!.id;
    const before = await w.snapshot();
    // A participant of the school: 403.
    const participant = await acknowledge('leider@esch.nl', flagged, flagId);
    expect(participant.status).toBe(403);
    expect((await errorOf(participant)).message.nl).toMatch(/begeleider/);
    // Another school's coach: the trajectory is not theirs to see, 404.
    const stranger = await acknowledge('cm@kompas.nl', flagged, flagId);
    expect(stranger.status).toBe(404);
    // A flag of another trajectory through one's own: 404 with the flag's pointer.
    const otherFlag = (await view('cm@kompas.nl', other)).flags[0]!.id;
    const wrongTrajectory = await acknowledge('cm@esch.nl', flagged, otherFlag);
    expect(wrongTrajectory.status).toBe(404);
    expect(await errorOf(wrongTrajectory)).toMatchObject({ path: '/flagId', message: { nl: 'Dit signaal bestaat niet bij dit traject.' } });
    // An unknown flag, a malformed id, a note too long, a field that does not exist.
    expect((await acknowledge('cm@esch.nl', flagged, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await acknowledge('cm@esch.nl', flagged, 'geen-id')).status).toBe(404);
    expect((await acknowledge('cm@esch.nl', flagged, flagId, 'x'.repeat(2001))).status).toBe(422);
    const extra = await (await w.as('cm@esch.nl')).request('POST', `/api/trajectories/${flagged}/flags/${flagId}/acknowledge`, { notitie: 'x' });
    expect(extra.status).toBe(422);
    expect(await w.snapshot()).toEqual(before);
  });

  it('lets the coach acknowledge a flag with a note: who, when, audit, the open count goes down; twice is refused', async () => {
    const flagId = (await view('cm@esch.nl', flagged)).flags[0]!.id;
    w.clock.advance(60_000);
    const done = await answer(acknowledge('cm@esch.nl', flagged, flagId, '  Besproken met de directie.  '));
    expect(done).toMatchObject({ id: flagId, acknowledgedAt: w.clock.now().toISOString(), acknowledgedBy: { name: 'Joost Bakker' }, note: 'Besproken met de directie.' });
    expect((await view('leider@esch.nl', flagged)).flags[0]).toMatchObject({ acknowledgedBy: { name: 'Joost Bakker' }, note: 'Besproken met de directie.' });
    expect((await overview('cm@esch.nl', '1')).schools).toEqual([]);
    const audit = await w.store.audit.listForTrajectory(flagged);
    expect(audit.entries[0]).toMatchObject({ action: 'flag.acknowledge', detail: { flagId, code: 'uren-over-budget', seq: 2, note: 'Besproken met de directie.' } });
    const before = await w.snapshot();
    expect(before.audit).toEqual([{ n: 1 }]);
    const twice = await acknowledge('admin@koers.nl', flagged, flagId);
    expect(twice.status).toBe(409);
    expect((await errorOf(twice)).message.nl).toBe('Dit signaal is al afgehandeld door Joost Bakker.');
    expect(await w.snapshot()).toEqual(before);
  });

  it('lets an admin acknowledge without a note', async () => {
    const flagId = (await view('admin@koers.nl', other)).flags[0]!.id;
    expect(await answer(acknowledge('admin@koers.nl', other, flagId))).toMatchObject({ acknowledgedBy: { name: 'Anna Admin' }, note: null });
  });

  it('shows a flag raised without an event (a group meeting\'s attendance) like any other', async () => {
    await w.store.connection.db.execute(sql`insert into flags (trajectory_id, source, code, message, detail, raised_at)
      values (${quiet}::uuid, 'attendance', 'groepsbijeenkomst', ${JSON.stringify({ nl: 'Eén vertegenwoordiger', en: 'One representative' })}::jsonb, '{"meetingId":"m1"}'::jsonb, now())`);
    await w.store.connection.db.execute(sql`update trajectories set open_flags = open_flags + 1 where id = ${quiet}::uuid`);
    const v = await view('cm@esch.nl', quiet);
    expect(v.flags).toEqual([expect.objectContaining({ source: 'attendance', code: 'groepsbijeenkomst', seq: null, detail: { meetingId: 'm1' } })]);
    expect(v.history.every((h) => h.flags.length === 0)).toBe(true);
    expect((await overview('cm@esch.nl', '1')).schools.map((s) => s.trajectoryId)).toEqual([quiet]);
    await answer(acknowledge('cm@esch.nl', quiet, v.flags[0]!.id));
    expect((await overview('cm@esch.nl', '1')).schools).toEqual([]);
  });
});
