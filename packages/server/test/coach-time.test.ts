import { beforeAll, expect, it } from 'vitest';
import { forEachDatabase, type TestDatabase } from '@koers/testing';
import { createDelivery, createRegistry, createScheduler } from '../src';
import { START, answer, signedIn, testApp } from './support/harness';

/**
 * What the coach sees of time (issue 12, section 6): the overview's deadlines and timers of the next 14 days and the
 * reminders sent, per school the viewer may see; the trajectory page's "Volgende termijn" and the timers that will
 * fire. The type (test/fixtures/coach-time) has a deadline "voor de herfstvakantie", timers after 10 days, 20 days
 * and 6 months, and reminders 7 days before the deadline, on it, and an escalation 7 days after it.
 */
async function world(database: TestDatabase) {
  const app = await testApp(database, 'test/fixtures/coach-time');
  const { store, clock, person } = app;
  const rivierland = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const noorderlicht = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Noorderlicht' });
  // De Esch has no region: Koers counts it as midden (herfstvakantie 17-25 October 2026); De Wadden is noord (10-18 October).
  const esch = await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: rivierland.id });
  const wadden = await store.organisations.create({ kind: 'school', name: 'De Wadden', parentId: noorderlicht.id, region: 'noord' });
  await person('admin@koers.nl', [], true);
  await person('pb-esch@koers.nl', [[esch, 'procesbegeleider']]);
  await person('pb-wadden@koers.nl', [[wadden, 'procesbegeleider']]);
  await person('ib@esch.nl', [[esch, 'ib']]);
  const registry = createRegistry(store, { shipped: { definitions: app.bundle.definitions, forms: app.bundle.forms }, now: () => clock.now() });
  const scheduler = createScheduler({ store, registry, clock, log: () => {} });
  const delivery = createDelivery({ store, clock, publicUrl: 'https://koers.example' });
  return { ...app, schools: { esch, wadden }, scheduler, delivery };
}

const at = (iso: string) => Date.parse(iso);

await forEachDatabase('the coach sees time', world, (w) => {
  let esch: string;
  let wadden: string;
  const signIn = (email: string) => signedIn(w.app, email);
  const overviewAs = async (email: string) => answer((await signIn(email)).api.overview.$get({ query: { typeId: 'termijnen' } }));
  const viewAs = async (email: string, id: string) => answer((await signIn(email)).api.trajectories[':id'].$get({ param: { id } }));

  beforeAll(async () => {
    // Tuesday 1 September 2026, 10:00 in Amsterdam.
    w.clock.advance(at('2026-09-01T08:00:00.000Z') - START.getTime());
    const admin = await signIn('admin@koers.nl');
    esch = (await answer(admin.api.trajectories.$post({ json: { typeId: 'termijnen', schoolId: w.schools.esch.id } }), 201)).id;
    // De Wadden starts two days later: its timers fall on other days, so a leak would show.
    w.clock.advance(2 * 86_400_000);
    wadden = (await answer((await signIn('admin@koers.nl')).api.trajectories.$post({ json: { typeId: 'termijnen', schoolId: w.schools.wadden.id } }), 201)).id;
    w.clock.advance(-2 * 86_400_000);
  });

  it('lists a timer due in 10 days in the overview, not one due in 20 days nor a deadline 46 days away', async () => {
    const overview = await overviewAs('pb-esch@koers.nl');
    expect(overview.upcomingDays).toBe(14);
    expect(overview.schools.map((s) => s.school.name)).toEqual(['De Esch']);
    const [school] = overview.schools;
    expect(school!.upcoming.map((u) => [u.kind, u.event, u.label.nl, u.words.nl])).toEqual([
      ['timer', 'GESPREK', 'Voortgangsgesprek', 'over 10 dagen (vr 11 september)'],
    ]);
    expect(school!.upcoming[0]!.words.en).toBe('in 10 days (Fri 11 September)');
    expect(school!.upcoming[0]!.to).toEqual([]);
    expect(school!.reminders).toEqual({ reminders: 0, escalations: 0, lastAt: null, undelivered: 0, undeliveredRoles: [] });
  });

  it('never shows another school\'s deadlines: each coach sees the timers of their own school, the admin both apart', async () => {
    const other = await overviewAs('pb-wadden@koers.nl');
    expect(other.schools.map((s) => s.school.name)).toEqual(['De Wadden']);
    expect(other.schools[0]!.upcoming.map((u) => u.words.nl)).toEqual(['over 12 dagen (zo 13 september)']);
    const admin = await overviewAs('admin@koers.nl');
    expect(admin.schools.map((s) => [s.school.name, s.upcoming.map((u) => u.dueAt)])).toEqual([
      ['De Esch', ['2026-09-11T08:00:00.000Z']],
      ['De Wadden', ['2026-09-13T08:00:00.000Z']],
    ]);
    const ib = await signIn('ib@esch.nl');
    expect((await ib.api.overview.$get({ query: { typeId: 'termijnen' } })).status).toBe(403);
  });

  it('keeps a coach narrowed to one trajectory to its timers, not those of the school\'s other trajectory', async () => {
    // A second trajectory at De Esch, started a day later (its timer on 12 September), and a coach for the first one only.
    w.clock.advance(86_400_000);
    const second = (await answer((await signIn('admin@koers.nl')).api.trajectories.$post({ json: { typeId: 'termijnen', schoolId: w.schools.esch.id } }), 201)).id;
    w.clock.advance(-86_400_000);
    const narrowed = await w.store.users.findByEmail('pb-wadden@koers.nl');
    await w.store.memberships.add({ userId: narrowed!.id, organisationId: w.schools.esch.id, role: 'procesbegeleider', trajectoryId: esch });
    const overview = await overviewAs('pb-wadden@koers.nl');
    expect(overview.schools.map((s) => [s.trajectoryId, s.upcoming.map((u) => u.dueAt)])).toEqual([
      [esch, ['2026-09-11T08:00:00.000Z']],
      [wadden, ['2026-09-13T08:00:00.000Z']],
    ]);
    const all = await overviewAs('pb-esch@koers.nl');
    expect(all.schools.find((s) => s.trajectoryId === second)?.upcoming.map((u) => u.dueAt)).toEqual(['2026-09-12T08:00:00.000Z']);
  });

  it('shows on the trajectory page the next deadline in the calendar\'s words and the timers that will fire', async () => {
    const view = await viewAs('ib@esch.nl', esch);
    expect(view.time.region).toBe('midden');
    expect(view.time.regionAssumed).toBe(true);
    expect(view.time.next).toMatchObject({
      dueAt: '2026-10-16T22:00:00.000Z', overdue: false, steps: [{ path: 'plan' }],
      words: { nl: 'voor de herfstvakantie (za 17 oktober 2026)', en: 'before the autumn holiday (Sat, 17 October 2026)' },
    });
    expect(view.time.timers.map((t) => [t.label.nl, t.date.nl, t.to.map((s) => s.title.nl)])).toEqual([
      ['Voortgangsgesprek', '11 september 2026', []],
      ['Drie weken verstreken', '21 september 2026', []],
      ['Half jaar verstreken', '1 maart 2027', ['Tussenevaluatie']],
    ]);
  });

  it('reads a school\'s own region: De Wadden (noord) is due before its own autumn holiday, nothing assumed', async () => {
    const view = await viewAs('pb-wadden@koers.nl', wadden);
    expect(view.time.regionAssumed).toBe(false);
    expect(view.time.next?.words.nl).toBe('voor de herfstvakantie (za 10 oktober 2026)');
  });

  it('counts per school the reminders that reached someone, and those that reached nobody holding the role, and drops fired timers from what is ahead', async () => {
    // Saturday 10 October 2026: De Esch's reminder 7 days before its deadline is due, De Wadden's deadline has passed.
    w.clock.advance(at('2026-10-10T08:00:00.000Z') - w.clock.now().getTime());
    const fired = await w.scheduler.tick();
    expect(fired.failed).toBe(0);
    const esch1 = (await overviewAs('pb-esch@koers.nl')).schools.find((s) => s.trajectoryId === esch)!;
    // Fired but not yet delivered: nothing reached anyone, so nothing counts.
    expect(esch1.reminders).toMatchObject({ reminders: 0, escalations: 0, undelivered: 0 });
    await w.delivery.tick();
    const esch2 = (await overviewAs('pb-esch@koers.nl')).schools.find((s) => s.trajectoryId === esch)!;
    expect(esch2.reminders).toMatchObject({ reminders: 1, escalations: 0, undelivered: 0, undeliveredRoles: [] });
    expect(esch2.reminders.lastAt).toBe('2026-10-10T08:00:00.000Z');
    // Ahead now: the deadline a week away (the fired 10- and 20-day timers are gone).
    expect(esch1.upcoming.map((u) => [u.kind, u.label.nl, u.words.nl])).toEqual([['due', 'Plan van aanpak', 'over 7 dagen (za 17 oktober)']]);
    const wadden1 = (await overviewAs('pb-wadden@koers.nl')).schools.find((s) => s.trajectoryId === wadden)!;
    // De Wadden: 7 days before (2 October) and on its due date (10 October) for the intern begeleider, whom De Wadden
    // does not have: both fired, neither reached anyone; the escalation comes a week later.
    expect(wadden1.reminders).toMatchObject({ reminders: 0, escalations: 0, lastAt: null, undelivered: 2 });
    expect(wadden1.reminders.undeliveredRoles).toEqual([{ id: 'ib', title: { nl: 'Intern begeleider', en: 'Internal coach' } }]);
    const view = await viewAs('ib@esch.nl', esch);
    expect(view.time.timers.map((t) => t.event)).toEqual(['HALFJAAR']);
  });

  it('moves "Volgende termijn" with the trajectory: an expected duration ending in the holiday moves to the first school day', async () => {
    const ib = await signIn('ib@esch.nl');
    const before = await viewAs('ib@esch.nl', esch);
    await answer(ib.api.trajectories[':id'].events.$post({ param: { id: esch }, json: { type: 'KLAAR', expectedVersion: before.version } }), 201);
    const view = await viewAs('ib@esch.nl', esch);
    expect(view.time.next).toMatchObject({ steps: [{ path: 'gesprek' }], words: { nl: 'over 16 dagen (ma 26 oktober)', en: 'in 16 days (Mon 26 October)' } });
    expect(view.time.timers).toEqual([]);
    // 16 days away: beyond the overview's 14, until two days pass.
    const eschOf = async () => (await overviewAs('pb-esch@koers.nl')).schools.find((s) => s.trajectoryId === esch)!;
    expect((await eschOf()).upcoming).toEqual([]);
    w.clock.advance(2 * 86_400_000);
    expect((await eschOf()).upcoming.map((u) => [u.label.nl, u.words.nl])).toEqual([['Gesprek', 'over 14 dagen (ma 26 oktober)']]);
  });

  it('says how late a passed due date is, not how long ago: "24 dagen over tijd", the date beside it', async () => {
    // Tuesday 3 November 2026: De Wadden's plan was due at the start of Saturday 10 October and is still open.
    w.clock.advance(at('2026-11-03T09:00:00.000Z') - w.clock.now().getTime());
    const view = await viewAs('pb-wadden@koers.nl', wadden);
    expect(view.time.next).toMatchObject({
      overdue: true, dueAt: '2026-10-09T22:00:00.000Z', steps: [{ path: 'plan' }],
      words: { nl: '24 dagen over tijd (za 10 oktober 2026)', en: '24 days overdue (Sat, 10 October 2026)' },
    });
  });
});
