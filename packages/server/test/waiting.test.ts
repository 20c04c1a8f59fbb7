import { beforeAll, expect, it } from 'vitest';
import { forEachDatabase, type TestDatabase } from '@koers/testing';
import { answer, signedIn, testApp } from './support/harness';

/**
 * "Wacht op" names who can act now (issue 14, item 2): only the roles that can send an event the current step handles
 * and whose condition holds, with the person when one person holds the role there; a step only a timer moves on says
 * so. The type (test/fixtures/waiting) has a step where directie takes part but may approve only after a meeting, the
 * procesbegeleider may record one meeting, ib and werkgroep may submit; then a review by directie; then a step that
 * waits for a timer of 14 days.
 */
async function world(database: TestDatabase) {
  const app = await testApp(database, 'test/fixtures/waiting');
  const { store, person } = app;
  const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const esch = await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: bestuur.id });
  const wadden = await store.organisations.create({ kind: 'school', name: 'De Wadden', parentId: bestuur.id });
  await person('admin@koers.nl', [], true);
  await person('pb@koers.nl', [[esch, 'procesbegeleider'], [wadden, 'procesbegeleider']], false, 'Petra Bos');
  await person('ib@esch.nl', [[esch, 'ib']], false, 'Iris de Boer');
  await person('dir@esch.nl', [[esch, 'directie']], false, 'Daan Jansen');
  await person('wg1@esch.nl', [[esch, 'werkgroep']], false, 'Wim Groen');
  await person('wg2@esch.nl', [[esch, 'werkgroep']], false, 'Wendy Groot');
  // At the other school, and at the bestuur (ib is not held at the bestuur in this type): neither holds ib at De Esch.
  await person('ib@wadden.nl', [[wadden, 'ib']], false, 'Ilse Wad');
  await person('ib@bestuur.nl', [[bestuur, 'ib']], false, 'Bert Bestuur');
  return { ...app, schools: { esch, wadden } };
}

await forEachDatabase('who the coach sees a trajectory wait for', world, (w) => {
  let esch: string;
  let wadden: string;
  const signIn = (email: string) => signedIn(w.app, email);
  const overview = async () => answer((await signIn('pb@koers.nl')).api.overview.$get({ query: { typeId: 'wacht-op' } }));
  const schoolOf = async (id: string) => (await overview()).schools.find((s) => s.trajectoryId === id)!;
  const send = async (email: string, id: string, type: string) => {
    const agent = await signIn(email);
    const view = await answer(agent.api.trajectories[':id'].$get({ param: { id } }));
    await answer(agent.api.trajectories[':id'].events.$post({ param: { id }, json: { type, expectedVersion: view.version } }), 201);
  };
  const named = (school: { waitingFor: { roles: Array<{ id: string; people: Array<{ name: string }> }> } }) =>
    school.waitingFor.roles.map((r) => [r.id, r.people.map((p) => p.name)]);

  beforeAll(async () => {
    const admin = await signIn('admin@koers.nl');
    esch = (await answer(admin.api.trajectories.$post({ json: { typeId: 'wacht-op', schoolId: w.schools.esch.id } }), 201)).id;
    wadden = (await answer(admin.api.trajectories.$post({ json: { typeId: 'wacht-op', schoolId: w.schools.wadden.id } }), 201)).id;
  });

  it('names only the roles that can act now, not directie whose approval waits for a meeting nor anyone who only takes part', async () => {
    const school = await schoolOf(esch);
    expect(named(school)).toEqual([
      ['werkgroep', ['Wendy Groot', 'Wim Groen']],
      ['ib', ['Iris de Boer']],
      ['procesbegeleider', ['Petra Bos']],
    ]);
    expect(school.waitingFor.roles[1]!.title).toEqual({ nl: 'Intern begeleider', en: 'Internal coach' });
    expect(school.waitingFor.system).toEqual([]);
    // The short list and the step's own list say the same; the step still lists every event it declares.
    expect(school.waitingRoles.map((r) => r.id)).toEqual(['werkgroep', 'ib', 'procesbegeleider']);
    expect(school.steps[0]!.waitingFor.roles.map((r) => r.id)).toEqual(['werkgroep', 'ib', 'procesbegeleider']);
    expect(school.steps[0]!.waitingFor.events.map((e) => e.type)).toEqual(['INDIENEN', 'GESPREK', 'GOEDKEUREN']);
    // The trajectory page's "Stand van zaken" says the same per step; the step's participants stay listed apart.
    const view = await answer((await signIn('dir@esch.nl')).api.trajectories[':id'].$get({ param: { id: esch } }));
    expect(view.steps[0]!.canAct.map((r) => r.id)).toEqual(['werkgroep', 'ib', 'procesbegeleider']);
    expect(view.steps[0]!.roles.map((r) => r.id)).toContain('directie');
  });

  it('names nobody at a school where nobody holds the role, and never someone of another school or the bestuur', async () => {
    const school = await schoolOf(wadden);
    expect(named(school)).toEqual([['werkgroep', []], ['ib', ['Ilse Wad']], ['procesbegeleider', ['Petra Bos']]]);
  });

  it('follows the conditions: after the meeting directie can approve and the procesbegeleider has nothing left to do', async () => {
    await send('pb@koers.nl', esch, 'GESPREK');
    expect(named(await schoolOf(esch))).toEqual([
      ['directie', ['Daan Jansen']],
      ['werkgroep', ['Wendy Groot', 'Wim Groen']],
      ['ib', ['Iris de Boer']],
    ]);
  });

  it('counts a person whose membership is narrowed to this trajectory, and not to another one', async () => {
    const extra = await w.person('wg3@esch.nl', [], false, 'Willem Smal');
    await w.store.memberships.add({ userId: extra.id, organisationId: w.schools.esch.id, role: 'werkgroep', trajectoryId: esch });
    expect(named(await schoolOf(esch))).toContainEqual(['werkgroep', ['Wendy Groot', 'Willem Smal', 'Wim Groen']]);
    expect(named(await schoolOf(wadden))[0]).toEqual(['werkgroep', []]);
  });

  it('says when nobody can act and only a timer moves the trajectory on, with the timer\'s moment', async () => {
    await send('dir@esch.nl', esch, 'GOEDKEUREN');
    const school = await schoolOf(esch);
    expect(school.waitingFor.roles).toEqual([]);
    expect(school.waitingRoles).toEqual([]);
    expect(school.waitingFor.system).toEqual([{
      kind: 'timer', event: 'TERMIJN', label: { nl: 'Termijn verstreken', en: 'Due date passed' },
      at: new Date(w.clock.now().getTime() + 14 * 86_400_000).toISOString(),
    }]);
  });

  it('shows the same on the school page\'s list of trajectories', async () => {
    const list = await answer((await signIn('pb@koers.nl')).api.trajectories.$get({ query: { schoolId: w.schools.wadden.id } }));
    expect(list.map((t) => named(t))).toEqual([[['werkgroep', []], ['ib', ['Ilse Wad']], ['procesbegeleider', ['Petra Bos']]]]);
    const ib = await answer((await signIn('ib@esch.nl')).api.trajectories.$get({ query: { schoolId: w.schools.esch.id } }));
    expect(ib[0]!.waitingFor.system.map((s) => s.kind)).toEqual(['timer']);
  });
});
