import { expect, it } from 'vitest';
import type { JsonObject } from '@koers/engine';
import { type TestDatabase, forEachDatabase } from '@koers/testing';
import { Agent, answer, errorOf, testApp } from './support/harness';

const TYPE = 'bevestigen';

/**
 * Consequential events (issue 14): the fixture `bevestigen` has a once-only "+5 uur" request that asks a required
 * reason, and "Ronde klaar" that asks first with an optional reason. School A has a schoolleider and a casemanager.
 */
async function reasonWorld(database: TestDatabase) {
  const { store, app, person, close } = await testApp(database, 'test/fixtures/valid', 'test/fixtures/confirm');
  const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const school = await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: bestuur.id });
  await person('leider@esch.nl', [[school, 'schoolleider']], false, 'Lies Leider');
  await person('cm@esch.nl', [[school, 'casemanager']], false, 'Joost Bakker');
  const agents = new Map<string, Agent>();
  const as = async (email: string) => {
    if (!agents.has(email)) {
      const agent = new Agent(app);
      if ((await agent.login(email)).status !== 200) throw new Error(`login ${email}`);
      agents.set(email, agent);
    }
    return agents.get(email)!;
  };
  return { store, school, as, close };
}

await forEachDatabase('reasons and confirmations of events', reasonWorld, (w) => {
  const send = async (email: string, id: string, json: { type: string; expectedVersion: number; data?: JsonObject; reason?: string }) =>
    (await w.as(email)).api.trajectories[':id'].events.$post({ param: { id }, json });
  const view = async (email: string, id: string) => answer((await w.as(email)).api.trajectories[':id'].$get({ param: { id } }));
  const list = async (email: string) => answer((await w.as(email)).api.trajectories.$get({ query: {} }));
  const startOne = async () => (await answer((await w.as('leider@esch.nl')).api.trajectories.$post({ json: { typeId: TYPE, schoolId: w.school.id } }), 201)).id;
  let id: string;

  it('refuses a reason for an event that asks none, in Dutch at /reason, and records nothing', async () => {
    id = await startOne();
    const res = await send('cm@esch.nl', id, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 2 }, expectedVersion: 1, reason: 'zomaar' });
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toMatchObject({ path: '/reason', message: { nl: expect.stringMatching(/vraagt geen reden/) } });
    expect((await view('cm@esch.nl', id)).version).toBe(1);
    await answer(send('cm@esch.nl', id, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 2 }, expectedVersion: 1 }), 201);
  });

  it('says per event whether the step waits for it and what it asks first, with what will happen', async () => {
    const v = await view('leider@esch.nl', id);
    const extra = v.events.find((e) => e.type === 'EXTRA_UREN')!;
    expect(extra).toMatchObject({ expected: false, confirm: { text: { nl: 'U vraagt eenmalig 5 extra uren aan.' }, reason: 'required' } });
    expect(extra.confirm!.consequences.map((c) => c.nl)).toEqual(['"Uren" wordt met 5 uur verhoogd.', 'Dit kunt u daarna niet ongedaan maken.']);
    const round = v.events.find((e) => e.type === 'RONDE_KLAAR')!;
    expect(round).toMatchObject({ expected: true, confirm: { reason: 'optional' } });
    expect(round.confirm!.consequences.map((c) => c.nl)).toContain('"Rondes" telt één op.');
    expect((await list('leider@esch.nl')).find((t) => t.id === id)?.events.map((e) => [e.type, e.expected])).toEqual([['RONDE_KLAAR', true], ['EXTRA_UREN', false]]);
  });

  it('refuses a required reason left out or blank with 422 at /reason, and changes nothing', async () => {
    for (const reason of [undefined, '   ']) {
      const res = await send('leider@esch.nl', id, { type: 'EXTRA_UREN', expectedVersion: 2, ...(reason === undefined ? {} : { reason }) });
      expect(res.status).toBe(422);
      expect(await errorOf(res)).toMatchObject({ path: '/reason', message: { nl: 'Geef een reden op: deze stap vraagt waarom.' }, fieldErrors: [{ path: '/reason' }] });
    }
    const v = await view('leider@esch.nl', id);
    expect([v.version, v.context.budgets[0]?.limit]).toEqual([2, 15]);
  });

  it('stores the reason with the event and shows it in the history and the event log', async () => {
    const sent = await answer(send('leider@esch.nl', id, { type: 'EXTRA_UREN', expectedVersion: 2, reason: '  Meer begeleiding nodig bij de invoering.  ' }), 201);
    expect(sent.event.seq).toBe(3);
    const v = await view('leider@esch.nl', id);
    expect(v.context.budgets[0]).toMatchObject({ limit: 20 });
    expect(v.history.at(-1)).toMatchObject({ type: 'EXTRA_UREN', reason: 'Meer begeleiding nodig bij de invoering.' });
    expect(v.history.slice(0, -1).every((h) => h.reason === undefined)).toBe(true);
    const log = await answer((await w.as('cm@esch.nl')).api.trajectories[':id'].events.$get({ query: {}, param: { id } }));
    expect(log.at(-1)?.reason).toBe('Meer begeleiding nodig bij de invoering.');
  });

  it('leaves a used-once event out afterwards instead of showing it as not possible yet', async () => {
    const v = await view('leider@esch.nl', id);
    expect(v.events.map((e) => e.type)).toEqual(['RONDE_KLAAR']);
    const again = await send('leider@esch.nl', id, { type: 'EXTRA_UREN', expectedVersion: 3, reason: 'nog eens' });
    expect(again.status).toBe(422);
  });

  it('accepts an optional reason, and the event without one', async () => {
    await answer(send('leider@esch.nl', id, { type: 'RONDE_KLAAR', expectedVersion: 3 }), 201);
    await answer(send('leider@esch.nl', id, { type: 'RONDE_KLAAR', expectedVersion: 4, reason: 'Tweede ronde klaar.' }), 201);
    const v = await view('leider@esch.nl', id);
    expect(v.history.filter((h) => h.type === 'RONDE_KLAAR').map((h) => h.reason ?? null)).toEqual([null, 'Tweede ronde klaar.']);
  });

  it('lists a waiting draft on the list entry for who may go on with it, not for others', async () => {
    const other = await startOne();
    expect((await list('cm@esch.nl')).find((t) => t.id === other)?.drafts).toEqual([]);
    await answer((await w.as('cm@esch.nl')).api.trajectories[':id'].drafts[':formId'].$put({ param: { id: other, formId: 'mini-intake' }, json: { data: { uren: 3 } } }));
    expect((await list('cm@esch.nl')).find((t) => t.id === other)?.drafts).toEqual([{ id: 'mini-intake', title: expect.objectContaining({ nl: expect.any(String) }) }]);
    expect((await list('leider@esch.nl')).find((t) => t.id === other)?.drafts).toEqual([]);
    // A finished trajectory has no open form, so no draft waits there.
    expect((await list('cm@esch.nl')).find((t) => t.id === id)?.drafts).toEqual([]);
  });
});
