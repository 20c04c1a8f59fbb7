import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { type TestDatabase, forEachDatabase } from '@koers/testing';
import { type Agent, Agent as Client, answer, testApp } from './support/harness';
import { twoBesturen } from './support/two-besturen';
import { tableHashes } from './support/tables';
import { sha256 } from '../src/auth/secrets';

/**
 * Who may read what (`formAccess`), for every kind of person and every way answers leave the server. The type
 * (test/fixtures/form-access) lets directie and leerkracht read the review report, and only directie its
 * `/beoordeling`; the ib'er at the same school, the procesbegeleider and an administrator see the trajectory
 * but not the report. Columns: admin (no roles: programme staff are not entitled to a teacher's review), pb
 * (procesbegeleider of school A), directie, leerkracht, ib (all at school A).
 */
const PEOPLE = ['admin', 'pb', 'directie', 'leerkracht', 'ib'] as const;
type Person = (typeof PEOPLE)[number];

const TABLE = `
what                                | admin | pb     | directie | leerkracht | ib
PUT draft of the report             | 403   | 403    | 200      | 403        | 403
open form: readable / editable      | no/no | no/no  | yes/yes  | yes/no     | no/no
open form: draft                    | -     | -      | full     | redacted   | -
document after recording            | -     | -      | full     | redacted   | -
event log: the recording's data     | null  | null   | full     | redacted   | null
meetings of the trajectory          | 0     | 0      | 1        | 1          | 0
calendar feed                       | 0     | 0      | 1        | 1          | 0
`;

async function world(database: TestDatabase) {
  const { store, clock, app, person, close } = await testApp(database, 'test/fixtures/form-access');
  const { schools } = await twoBesturen(store);
  const people: Record<Person, Awaited<ReturnType<typeof person>>> = {
    admin: await person('admin@koers.nl', [], true),
    pb: await person('pb@koers.nl', [[schools.A, 'procesbegeleider']]),
    directie: await person('directie@esch.nl', [[schools.A, 'directie']]),
    leerkracht: await person('leerkracht@esch.nl', [[schools.A, 'leerkracht']]),
    ib: await person('ib@esch.nl', [[schools.A, 'ib']]),
  };
  return { store, clock, app, schools, people, close };
}

const FULL = { datum: '2025-04-01', sfeer: 'Open en prettig.', beoordeling: 'Goed.' };
const REDACTED = { datum: '2025-04-01', sfeer: 'Open en prettig.' };
const shape = (data: unknown) => (data === null || data === undefined ? '-' : JSON.stringify(data) === JSON.stringify(FULL) ? 'full' : JSON.stringify(data) === JSON.stringify(REDACTED) ? 'redacted' : JSON.stringify(data));

await forEachDatabase('who may read which form (formAccess)', world, (w) => {
  const agents = {} as Record<Person, Agent>;
  const seen: Record<string, Record<Person, string>> = {};
  const note = (what: string, person: Person, value: string) => { (seen[what] ??= {} as Record<Person, string>)[person] = value; };
  let id = '';

  beforeAll(async () => {
    for (const p of PEOPLE) {
      agents[p] = new Client(w.app, `10.2.0.${PEOPLE.indexOf(p) + 1}`);
      expect((await agents[p].login(w.people[p].email)).status).toBe(200);
    }
    id = (await answer(agents.directie.api.trajectories.$post({ json: { typeId: 'gesprek', schoolId: w.schools.A.id } }), 201)).id;
    for (const p of PEOPLE) {
      const before = await tableHashes(w.store, ['drafts']);
      const res = await agents[p].request('PUT', `/api/trajectories/${id}/drafts/gesprek-verslag`, { data: p === 'directie' ? FULL : { sfeer: `overschreven door ${p}` } });
      note('PUT draft of the report', p, String(res.status));
      if (res.status !== 200) expect(await tableHashes(w.store, ['drafts'])).toEqual(before);
    }
    for (const p of PEOPLE) {
      const form = (await answer(agents[p].api.trajectories[':id'].$get({ param: { id } }))).forms.find((f) => f.id === 'gesprek-verslag')!;
      note('open form: readable / editable', p, `${form.readable ? 'yes' : 'no'}/${form.editable ? 'yes' : 'no'}`);
      note('open form: draft', p, shape(form.draft?.data));
      expect(form.access?.read.map((r) => r.id)).toEqual(['directie', 'leerkracht']);
    }
    await answer(agents.directie.api.trajectories[':id'].events.$post({ param: { id }, json: { type: 'VERSLAG_VASTLEGGEN', expectedVersion: 1, data: FULL } }), 201);
    for (const p of PEOPLE) {
      const view = await answer(agents[p].api.trajectories[':id'].$get({ param: { id } }));
      note('document after recording', p, shape(view.documents.find((d) => d.id === 'gesprek-verslag')?.data));
      const log = await answer(agents[p].api.trajectories[':id'].events.$get({ query: {}, param: { id } }));
      note('event log: the recording\'s data', p, log.find((e) => e.type === 'VERSLAG_VASTLEGGEN')!.data === null ? 'null' : shape(log.find((e) => e.type === 'VERSLAG_VASTLEGGEN')!.data));
      const meetings = await answer(agents[p].api.trajectories[':id'].meetings.$get({ param: { id } }));
      note('meetings of the trajectory', p, String(meetings.length));
      const secret = randomBytes(32).toString('base64url');
      await w.store.calendarFeeds.replace(w.people[p].id, sha256(secret), w.clock.now());
      const ics = await (await new Client(w.app, '10.2.1.1').request('GET', `/api/calendar/${secret}.ics`)).text();
      note('calendar feed', p, String(ics.split('BEGIN:VEVENT').length - 1));
    }
  });

  for (const line of TABLE.trim().split('\n').slice(1)) {
    const [what, ...cells] = line.split('|').map((c) => c.trim());
    it(`${what}: ${PEOPLE.map((p, i) => `${p} ${cells[i]}`).join(', ')}`, () => {
      expect(seen[what!]).toEqual(Object.fromEntries(PEOPLE.map((p, i) => [p, cells[i]])));
    });
  }

  it('shows a reader the restricted field named, and the readers of the report where it is at hand', async () => {
    const view = await answer(agents.leerkracht.api.trajectories[':id'].$get({ param: { id } }));
    const doc = view.documents.find((d) => d.id === 'gesprek-verslag')!;
    expect(doc.referencedBy).toEqual(['reactie']);
    expect(doc.access).toEqual({
      read: [{ id: 'directie', title: { nl: 'Directie', en: 'School leadership' } }, { id: 'leerkracht', title: { nl: 'Leerkracht', en: 'Teacher' } }],
      fields: [{ pointer: '/beoordeling', title: { nl: 'Beoordeling (alleen directie)', en: 'Beoordeling (alleen directie)' }, read: [{ id: 'directie', title: { nl: 'Directie', en: 'School leadership' } }] }],
    });
  });

  it('counts a role granted for this trajectory only, and not one granted for another trajectory', async () => {
    const other = (await answer(agents.directie.api.trajectories.$post({ json: { typeId: 'gesprek', schoolId: w.schools.A.id } }), 201)).id;
    const here = await w.store.users.create({ email: 'invaller@esch.nl', name: 'Invaller', passwordHash: (await w.store.users.findByEmail('ib@esch.nl'))!.passwordHash });
    await w.store.memberships.add({ userId: here.id, organisationId: w.schools.A.id, role: 'leerkracht', trajectoryId: id });
    await w.store.memberships.add({ userId: here.id, organisationId: w.schools.A.id, role: 'directie', trajectoryId: other });
    const agent = new Client(w.app, '10.2.0.99');
    expect((await agent.login('invaller@esch.nl')).status).toBe(200);
    const log = await answer(agent.api.trajectories[':id'].events.$get({ query: {}, param: { id } }));
    expect(log.find((e) => e.type === 'VERSLAG_VASTLEGGEN')!.data).toEqual(REDACTED);
  });

  it('keeps the unrestricted response readable for everyone who sees the trajectory', async () => {
    await answer(agents.leerkracht.api.trajectories[':id'].events.$post({ param: { id }, json: { type: 'REAGEREN', expectedVersion: 2, data: { reactie: 'Eens.' } } }), 201);
    for (const p of PEOPLE) {
      const view = await answer(agents[p].api.trajectories[':id'].$get({ param: { id } }));
      expect(view.documents.find((d) => d.id === 'gesprek-reactie')?.data).toEqual({ reactie: 'Eens.' });
    }
  });
});
