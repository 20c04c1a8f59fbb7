import type { User } from '@koers/store';
import type { TestDatabase } from '@koers/testing';
import { Agent, testApp } from './harness';
import { twoBesturen } from './two-besturen';
import { tableHashes } from './tables';

/** The columns of the authorisation matrix: who asks. */
export const ROLES = ['anon', 'admin', 'pb-A', 'pb-C', 'leider-A', 'ib-A', 'wg-A', 'bestuurder', 'leider-B'] as const;
export type Role = (typeof ROLES)[number];

/** Every table a request could change, except sessions (every sign-in writes one). */
const TABLES = ['organisations', 'users', 'memberships', 'invitations', 'api_tokens', 'type_versions', 'type_drafts', 'trajectories', 'events', 'drafts', 'audit_log', 'calendar_days', 'calendar_feeds', 'effects', 'notifications', 'mails', 'user_settings', 'timers',
  'groups', 'group_leads', 'group_members', 'group_meetings', 'group_attendance', 'flags'];

/**
 * The world of the authorisation matrix: bestuur Rivierland with schools A (De Esch) and B (Het Kompas),
 * bestuur Polderwijs with school C (De Horizon), and one person per column of the matrix:
 * an admin; a procesbegeleider assigned to A and one assigned only to C; the schoolleider, ib'er and a
 * werkgroep member of A; the bestuurder of Rivierland (over A and B); the schoolleider of B.
 */
export async function matrixWorld(database: TestDatabase) {
  const { store, clock, app, person, close } = await testApp(database, 'test/fixtures/matrix');
  const { rivierland, polderwijs, schools } = await twoBesturen(store);
  const people: Record<Exclude<Role, 'anon'>, User> = {
    admin: await person('admin@koers.nl', [], true),
    'pb-A': await person('pb-a@koers.nl', [[schools.A, 'procesbegeleider']]),
    'pb-C': await person('pb-c@koers.nl', [[schools.C, 'procesbegeleider']]),
    'leider-A': await person('leider@esch.nl', [[schools.A, 'schoolleider']]),
    'ib-A': await person('ib@esch.nl', [[schools.A, 'ib']]),
    'wg-A': await person('werkgroep@esch.nl', [[schools.A, 'werkgroep']]),
    bestuurder: await person('bestuur@rivierland.nl', [[rivierland, 'bestuurder']]),
    'leider-B': await person('leider@kompas.nl', [[schools.B, 'schoolleider']]),
  };
  let ip = 0;
  /** A signed-in agent (or an anonymous one), each from its own address. */
  const signIn = async (role: Role): Promise<Agent> => {
    const agent = new Agent(app, `10.1.${Math.floor(++ip / 250)}.${ip % 250}`);
    if (role === 'anon') return agent;
    const res = await agent.login(people[role].email);
    if (res.status !== 200) throw new Error(`login ${role}: ${res.status}`);
    return agent;
  };
  return {
    app, store, clock, schools, bestuur: rivierland, polderwijs, people, signIn,
    /** One hash per table: equal before and after a request that changed no row. */
    async fingerprint(): Promise<Record<string, string>> {
      return tableHashes(store, TABLES);
    },
    close,
  };
}

export type MatrixWorld = Awaited<ReturnType<typeof matrixWorld>>;
