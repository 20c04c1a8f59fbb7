import { expect, it } from 'vitest';
import { loadBundleOrThrow } from '@koers/engine';
import { type Organisation, type Store, createStore } from '@koers/store';
import { createApp, hashPassword } from '../src';
import { type TestDatabase, forEachDatabase } from '@koers/testing';
import { readTree } from '@koers/testing';
import { Agent, PASSWORD, TEST_PASSWORD, TestClock, answer, errorOf } from './support/harness';

/**
 * Two published types whose roles, read in the order GET /api/types lists them (by Dutch title), are
 * ib, directie, werkgroep, procesbegeleider, schoolleider, bestuurder, ib, casemanager: the matrix fixture with its
 * roles replaced, each saying what it may do as the shipped types do (coach, invite, granted by administrators only).
 */
const KINDS: Record<string, object> = {
  directie: { invites: true }, schoolleider: { invites: true }, bestuurder: { grantedBy: 'admin', heldAt: ['bestuur'] },
  procesbegeleider: { coach: true, grantedBy: 'admin', heldAt: ['bestuur', 'school', 'trajectory'] }, casemanager: { coach: true, grantedBy: 'admin', heldAt: ['bestuur', 'school', 'trajectory'] },
};
function catalogue() {
  const files = readTree('test/fixtures/matrix');
  // The matrix type itself (the fixture also holds matrix-groep, which plays no part here).
  const workflow = files.find((f) => f.file.endsWith('workflows/matrix.json'))!;
  const variant = (id: string, title: string, roles: string[], approver: string) => {
    const d = JSON.parse(workflow.text) as { id: string; title: { nl: string; en: string }; roles: Record<string, unknown>; machine: Record<string, unknown> };
    const machine = JSON.parse(JSON.stringify(d.machine).replaceAll('"schoolleider"', JSON.stringify(approver))) as Record<string, unknown>;
    const text = JSON.stringify({ ...d, id, title: { nl: title, en: title }, roles: Object.fromEntries(roles.map((r) => [r, { title: { nl: r, en: r }, ...KINDS[r] }])), machine: { ...machine, id } });
    return { file: `${id}.json`, text };
  };
  const bundle = loadBundleOrThrow([
    ...files.filter((f) => !f.file.includes('workflows')),
    variant('aanpak', 'Aanpak lezen', ['ib', 'directie', 'werkgroep', 'procesbegeleider'], 'directie'),
    variant('begeleiding', 'Begeleiding rekenen', ['schoolleider', 'bestuurder', 'ib', 'casemanager'], 'schoolleider'),
  ]);
  return { definitions: bundle.definitions, forms: bundle.forms };
}

/** Bestuur Rivierland with De Esch and Het Kompas; an admin, the directie of De Esch, one for one trajectory only, an ib'er, coaches. */
async function inviteWorld(database: TestDatabase) {
  const store: Store = await createStore(await database.create());
  const app = createApp({ catalogue: catalogue(), store, clock: new TestClock(), auth: { password: TEST_PASSWORD, clientIp: (c) => c.req.header('x-test-ip') } });
  const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Rivierland' });
  const school = await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: bestuur.id });
  const other = await store.organisations.create({ kind: 'school', name: 'Het Kompas', parentId: bestuur.id });
  const passwordHash = await hashPassword(PASSWORD, TEST_PASSWORD);
  const person = async (email: string, memberships: Array<[Organisation, string, string?]>, isAdmin = false) => {
    const user = await store.users.create({ email, name: email.split('@')[0]!, passwordHash, isAdmin });
    for (const [org, role, trajectoryId] of memberships) await store.memberships.add({ userId: user.id, organisationId: org.id, role, trajectoryId: trajectoryId ?? null });
    return user;
  };
  const signIn = async (email: string) => {
    const agent = new Agent(app);
    const res = await agent.login(email);
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
    return agent;
  };
  await person('admin@koers.nl', [], true);
  const trajectoryId = (await answer((await signIn('admin@koers.nl')).api.trajectories.$post({ json: { typeId: 'begeleiding', schoolId: school.id } }), 201)).id;
  await person('leider@esch.nl', [[school, 'directie']]);
  await person('extern@esch.nl', [[school, 'directie', trajectoryId]]);
  await person('ib@esch.nl', [[school, 'ib']]);
  await person('pb@koers.nl', [[school, 'procesbegeleider']]);
  await person('cm@koers.nl', [[other, 'casemanager']]);
  await person('bestuur@rivierland.nl', [[bestuur, 'bestuurder']]);
  return { app, signIn, anonymous: () => new Agent(app), close: () => store.close() };
}

interface Option { organisationId: string; name: string; kind: string; roles: string[] }
const WHO = { admin: 'admin@koers.nl', leader: 'leider@esch.nl', narrowed: 'extern@esch.nl', ib: 'ib@esch.nl' };

await forEachDatabase('what the server tells a viewer they may do', inviteWorld, (w) => {
  const can = async (email: string) => ((await (await w.signIn(email)).request('GET', '/api/auth/me')).json() as Promise<{ can: { overview: boolean; invite: boolean } }>).then((me) => me.can);
  const options = async (email: string) => (await (await w.signIn(email)).request('GET', '/api/invitations/options')).json() as Promise<Option[]>;
  const byName = (list: Option[]) => Object.fromEntries(list.map((o) => [o.name, o.roles]));

  it('shows the invite page to administrators and to the leadership of a whole school only', async () => {
    const signedIn = await Promise.all([WHO.admin, WHO.leader, WHO.narrowed, WHO.ib].map(async (email) => (await can(email)).invite));
    const anonymous = (await w.anonymous().request('GET', '/api/auth/me')).status;
    expect([...signedIn, anonymous === 200]).toEqual([true, true, false, false, false]);
    expect(anonymous).toBe(401);
  });

  it('refuses the invitation options, in Dutch, to whoever may invite nowhere', async () => {
    for (const email of [WHO.narrowed, WHO.ib, 'pb@koers.nl', 'bestuur@rivierland.nl']) {
      const res = await (await w.signIn(email)).request('GET', '/api/invitations/options');
      expect(res.status).toBe(403);
      expect((await errorOf(res)).message.nl).toBe('Alleen beheerders en de schoolleiding mogen iemand uitnodigen.');
    }
    expect((await w.anonymous().request('GET', '/api/invitations/options')).status).toBe(401);
  });

  it('offers a leader only their own school, and only school roles there', async () => {
    const list = await options(WHO.leader);
    expect(list.map((o) => o.name)).toEqual(['De Esch']);
    expect(byName(list)['De Esch']).toEqual(['ib', 'directie', 'werkgroep', 'schoolleider']);
  });

  it('offers an administrator every organisation, programme roles at a school, and programme and bestuur roles at a bestuur', async () => {
    const list = await options(WHO.admin);
    expect(list.map((o) => o.name)).toEqual(['Rivierland', 'De Esch', 'Het Kompas']);
    expect(list.map((o) => o.kind)).toEqual(['bestuur', 'school', 'school']);
    expect(byName(list)['De Esch']).toEqual(['ib', 'directie', 'werkgroep', 'procesbegeleider', 'schoolleider', 'casemanager']);
    expect(byName(list)['Rivierland']).toEqual(['procesbegeleider', 'bestuurder', 'casemanager']);
  });

  it('offers only what POST /api/invitations then accepts', async () => {
    const leader = await w.signIn(WHO.leader);
    const [mine] = await options(WHO.leader);
    for (const role of mine!.roles) {
      expect((await leader.request('POST', '/api/invitations', { email: `nieuw-${role}@esch.nl`, role, organisationId: mine!.organisationId })).status).toBe(201);
    }
    expect((await leader.request('POST', '/api/invitations', { email: 'pb@esch.nl', role: 'procesbegeleider', organisationId: mine!.organisationId })).status).toBe(403);
  });

  it('shows the schools overview to administrators, procesbegeleiders and casemanagers only', async () => {
    const seen = await Promise.all([WHO.admin, 'pb@koers.nl', 'cm@koers.nl', WHO.leader, WHO.ib, 'bestuur@rivierland.nl'].map(async (email) => (await can(email)).overview));
    expect(seen).toEqual([true, true, true, false, false, false]);
  });

  it('answers the same abilities when signing in as /api/auth/me does', async () => {
    const signedIn = await answer(new Agent(w.app).api.auth.login.$post({ json: { email: WHO.leader, password: PASSWORD } }));
    expect(signedIn.can).toEqual({ overview: false, invite: true });
  });
});
