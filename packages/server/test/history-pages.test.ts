import { expect, it } from 'vitest';
import { type TestDatabase, forEachDatabase } from '@koers/testing';
import { answer, errorOf, signedIn, testApp } from './support/harness';

const EVENTS = 120;

/** One trajectory of a type that loops on a note: the start, then EVENTS - 1 notes; the second raises a flag. */
async function longHistory(database: TestDatabase) {
  const { store, app, person, close } = await testApp(database, 'test/fixtures/history');
  const school = await store.organisations.create({ kind: 'school', name: 'De Lange Adem' });
  await person('ib@adem.nl', [[school, 'ib']]);
  const ib = await signedIn(app, 'ib@adem.nl');
  const { id } = await answer(ib.api.trajectories.$post({ json: { typeId: 'notities', schoolId: school.id } }), 201);
  for (let version = 1; version < EVENTS; version++) {
    await answer(ib.api.trajectories[':id'].events.$post({
      param: { id }, json: { type: 'NOTITIE', data: { tekst: `Notitie ${version}`, zorg: version === 1 ? 'ja' : 'nee' }, expectedVersion: version },
    }), 201);
  }
  return { store, ib, id, close };
}

await forEachDatabase('a long history, a page at a time', longHistory, (w) => {
  const page = (query: { before?: string; limit?: string }) => w.ib.api.trajectories[':id'].events.$get({ query, param: { id: w.id } });

  it('opens the trajectory with its latest 50 events and the total, and names the event of a flag outside that page', async () => {
    const view = await answer(w.ib.api.trajectories[':id'].$get({ param: { id: w.id } }));
    expect(view.historyTotal).toBe(EVENTS);
    expect(view.history.map((h) => h.seq)).toEqual(Array.from({ length: 50 }, (_, i) => EVENTS - 49 + i));
    expect(view.flags).toEqual([expect.objectContaining({ code: 'zorg', seq: 2, eventLabel: { nl: 'Notitie', en: 'Note' } })]);
    // What the page still knows from the whole log: the form last submitted, and that the step was visited.
    expect(view.documents).toEqual([]);
    expect(view.progress.find((s) => s.path === 'voortgang')?.status).toBe('current');
  });

  it('walks back through the log with before/limit, each page oldest first with its data, until seq 1', async () => {
    const seen: number[] = [];
    let before: number | undefined;
    for (;;) {
      const entries = await answer(page({ limit: '50', ...(before === undefined ? {} : { before: String(before) }) }));
      expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a - b));
      seen.unshift(...entries.map((e) => e.seq));
      if (entries[0]!.seq === 1) break;
      before = entries[0]!.seq;
    }
    expect(seen).toEqual(Array.from({ length: EVENTS }, (_, i) => i + 1));
    const [second] = await answer(page({ before: '3', limit: '1' }));
    expect(second).toEqual(expect.objectContaining({ seq: 2, data: { tekst: 'Notitie 1', zorg: 'ja' }, flags: [expect.objectContaining({ code: 'zorg' })] }));
    // Without limit: the whole log, as before.
    expect((await answer(page({}))).length).toBe(EVENTS);
    expect(await answer(page({ before: '1', limit: '10' }))).toEqual([]);
  });

  it('refuses a page size or seq that is no whole number in range, in Dutch, at the parameter', async () => {
    for (const [query, at] of [[{ limit: '0' }, '/limit'], [{ limit: '501' }, '/limit'], [{ limit: 'tien' }, '/limit'], [{ before: '-1' }, '/before'], [{ before: '2.5', limit: '5' }, '/before']] as const) {
      const res = await page(query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      const error = await errorOf(res);
      expect(error.path).toBe(at);
      expect(error.message.nl).toBeTruthy();
    }
  });
});
