import { beforeAll, expect, it } from 'vitest';
import { forEachDatabase, type TestDatabase } from '@koers/testing';
import { Agent, errorOf, testApp } from './support/harness';
import { twoBesturen } from './support/two-besturen';
import { tableHashes } from './support/tables';

/**
 * Role scope (issue 13, 2b): a membership at a bestuur counts in a trajectory only when its type lets the role be
 * held at the bestuur; bestuur types start at a bestuur; labels tell a type's active trajectories at one place apart;
 * a school leader grants only what the types let the school grant. World: the matrix type (adviseur with the default
 * heldAt, bestuurder held at the bestuur), klasbezoek (label "Klas" required; coordinator granted by the bestuur) and
 * bestuursplan (subject bestuur, label "Thema").
 */
async function world(database: TestDatabase) {
  const { store, app, person, close } = await testApp(database, 'test/fixtures/matrix', 'test/fixtures/role-scope');
  const { rivierland, polderwijs, schools } = await twoBesturen(store);
  const people = {
    admin: await person('admin@koers.nl', [], true),
    adviseurBestuur: await person('adviseur@extern.nl', [[rivierland, 'adviseur']]),
    adviseurSchool: await person('adviseur-a@extern.nl', [[schools.A, 'adviseur']]),
    bestuurder: await person('bestuur@rivierland.nl', [[rivierland, 'bestuurder']]),
    bestuurderP: await person('bestuur@polderwijs.nl', [[polderwijs, 'bestuurder']]),
    leiderA: await person('leider@esch.nl', [[schools.A, 'schoolleider']]),
    ibA: await person('ib@esch.nl', [[schools.A, 'ib']]),
  };
  let ip = 0;
  const signIn = async (who: keyof typeof people) => {
    const agent = new Agent(app, `10.3.0.${++ip}`);
    expect((await agent.login(people[who].email)).status).toBe(200);
    return agent;
  };
  const TABLES = ['trajectories', 'events', 'memberships', 'invitations', 'audit_log', 'effects', 'timers'];
  return { app, store, rivierland, polderwijs, schools, signIn, fingerprint: () => tableHashes(store, TABLES), close };
}

const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

await forEachDatabase('role scope, subjects and labels', world, (w) => {
  let admin: Agent;
  let atA: string;
  beforeAll(async () => {
    admin = await w.signIn('admin');
    const res = await admin.request('POST', '/api/trajectories', { typeId: 'matrix', schoolId: w.schools.A.id });
    expect(res.status).toBe(201);
    atA = (await json(res)).id as string;
  });

  it('does not let an adviser given a role at the bestuur read its schools\' trajectories (the type holds that role at the school only)', async () => {
    const adviser = await w.signIn('adviseurBestuur');
    expect((await adviser.request('GET', `/api/trajectories/${atA}`)).status).toBe(404);
    expect((await adviser.request('GET', `/api/trajectories/${atA}/events`)).status).toBe(404);
    expect(await (await adviser.request('GET', '/api/trajectories')).json()).toEqual([]);
    expect((await adviser.request('GET', `/api/schools/${w.schools.A.id}/audit`)).status).toBe(404);
    expect((await adviser.request('GET', `/api/schools/${w.schools.A.id}/start-options`)).status).toBe(404);
  });

  it('lets the same role held at the school itself read and the bestuurder (held at the bestuur) reach every school of its bestuur', async () => {
    expect((await (await w.signIn('adviseurSchool')).request('GET', `/api/trajectories/${atA}`)).status).toBe(200);
    const bestuurder = await w.signIn('bestuurder');
    const view = await json(await bestuurder.request('GET', `/api/trajectories/${atA}`));
    expect(view.roles).toEqual([expect.objectContaining({ id: 'bestuurder' })]);
    const list = (await (await bestuurder.request('GET', '/api/trajectories')).json()) as Array<{ id: string }>;
    expect(list.map((t) => t.id)).toContain(atA);
    expect((await (await w.signIn('bestuurderP')).request('GET', `/api/trajectories/${atA}`)).status).toBe(404);
  });

  it('starts a bestuur type at the bestuur, with a label, and refuses it at a school (and a school type at a bestuur) with 422', async () => {
    const before = await w.fingerprint();
    const atSchool = await admin.request('POST', '/api/trajectories', { typeId: 'bestuursplan', schoolId: w.schools.A.id });
    expect(atSchool.status).toBe(422);
    const error = await errorOf(atSchool);
    expect(error.path).toBe('/schoolId');
    expect(error.message.nl).toContain('bestuur');
    expect((await admin.request('POST', '/api/trajectories', { typeId: 'matrix', schoolId: w.rivierland.id })).status).toBe(422);
    expect(await w.fingerprint()).toEqual(before);

    const bestuurder = await w.signIn('bestuurder');
    const options = await json(await bestuurder.request('GET', `/api/schools/${w.rivierland.id}/start-options`));
    expect((options.options as Array<{ typeId: string }>).map((o) => o.typeId)).toEqual(['bestuursplan']);
    const started = await bestuurder.request('POST', '/api/trajectories', { typeId: 'bestuursplan', schoolId: w.rivierland.id, label: ' Passend  onderwijs ' });
    expect(started.status).toBe(201);
    const plan = await json(started);
    expect(plan).toMatchObject({ subject: 'bestuur', label: 'Passend onderwijs', school: { id: w.rivierland.id, name: 'Stichting Rivierland' } });
    expect(plan.events).toEqual([expect.objectContaining({ type: 'VASTSTELLEN' })]);
    // The school's people do not see the bestuur's own trajectory; the other bestuur's bestuurder neither.
    expect((await (await w.signIn('leiderA')).request('GET', `/api/trajectories/${plan.id as string}`)).status).toBe(404);
    expect((await (await w.signIn('bestuurderP')).request('GET', `/api/trajectories/${plan.id as string}`)).status).toBe(404);
    expect((await (await w.signIn('adviseurBestuur')).request('GET', `/api/trajectories/${plan.id as string}`)).status).toBe(404);
  });

  it('tells two active trajectories of a type at one school apart by their label, and refuses a missing or duplicate one with 422 at /label', async () => {
    const start = (label?: string) => admin.request('POST', '/api/trajectories', { typeId: 'klasbezoek', schoolId: w.schools.B.id, ...(label === undefined ? {} : { label }) });
    const before = await w.fingerprint();
    const missing = await start();
    expect(missing.status).toBe(422);
    expect((await errorOf(missing)).path).toBe('/label');
    expect(await w.fingerprint()).toEqual(before);
    expect((await start('Groep 5')).status).toBe(201);
    const again = await start('groep 5');
    expect(again.status).toBe(422);
    const error = await errorOf(again);
    expect(error.path).toBe('/label');
    expect(error.message.nl).toContain('klas "groep 5"');
    expect((await start('Groep 6')).status).toBe(201);
    // At another school the same label is free.
    expect((await admin.request('POST', '/api/trajectories', { typeId: 'klasbezoek', schoolId: w.schools.A.id, label: 'Groep 5' })).status).toBe(201);
    const list = (await (await admin.request('GET', `/api/trajectories?schoolId=${w.schools.B.id}&typeId=klasbezoek`)).json()) as Array<{ label: string }>;
    expect(list.map((t) => t.label).sort()).toEqual(['Groep 5', 'Groep 6']);
  });

  it('refuses two racing starts with the same label but one', async () => {
    const results = await Promise.all([1, 2, 3].map(() => admin.request('POST', '/api/trajectories', { typeId: 'klasbezoek', schoolId: w.schools.C.id, label: 'Groep 8' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422]);
  });

  it('lets a school leader grant only the roles a type lets the school grant', async () => {
    const leader = await w.signIn('leiderA');
    const invite = (role: string) => leader.request('POST', '/api/invitations', { email: `nieuw-${role}@esch.nl`, role, organisationId: w.schools.A.id });
    expect((await invite('ib')).status).toBe(201);
    const before = await w.fingerprint();
    for (const role of ['adviseur', 'bestuurder', 'coordinator', 'procesbegeleider']) expect((await invite(role)).status, role).toBe(403);
    expect(await w.fingerprint()).toEqual(before);
    const options = (await (await leader.request('GET', '/api/invitations/options')).json()) as Array<{ organisationId: string; roles: string[] }>;
    expect(options.find((o) => o.organisationId === w.schools.A.id)?.roles).toEqual(expect.not.arrayContaining(['adviseur', 'bestuurder', 'coordinator']));
  });

  it('invites a person for one trajectory only: the invitee then sees that trajectory and nothing else of the school', async () => {
    const leader = await w.signIn('leiderA');
    const other = await json(await admin.request('POST', '/api/trajectories', { typeId: 'matrix', schoolId: w.schools.A.id }));
    const atB = await json(await admin.request('POST', '/api/trajectories', { typeId: 'matrix', schoolId: w.schools.B.id }));
    const before = await w.fingerprint();
    const elsewhere = await leader.request('POST', '/api/invitations', { email: 'ouder@example.nl', role: 'ib', organisationId: w.schools.A.id, trajectoryId: atB.id });
    expect(elsewhere.status).toBe(422);
    expect((await errorOf(elsewhere)).path).toBe('/trajectoryId');
    expect(await w.fingerprint()).toEqual(before);
    const sent = await leader.request('POST', '/api/invitations', { email: 'ouder@example.nl', role: 'ib', organisationId: w.schools.A.id, trajectoryId: atA });
    expect(sent.status).toBe(201);
    const invitation = await json(sent);
    expect(invitation.trajectoryId).toBe(atA);
    const guest = new Agent(w.app, '10.3.1.1');
    const accepted = await guest.request('POST', `/api/invitations/${invitation.token as string}/accept`, { name: 'Een Ouder', password: 'een-lang-wachtwoord' });
    expect(accepted.status).toBe(201);
    expect(((await json(accepted)).memberships as Array<{ trajectoryId: string }>)[0]?.trajectoryId).toBe(atA);
    expect((await guest.request('GET', `/api/trajectories/${atA}`)).status).toBe(200);
    expect((await guest.request('GET', `/api/trajectories/${other.id as string}`)).status).toBe(404);
    expect((await guest.request('GET', `/api/schools/${w.schools.A.id}/audit`)).status).toBe(404);
  });
});
