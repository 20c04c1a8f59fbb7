import type { TestDatabase } from '@koers/testing';
import { Agent, testApp } from './harness';
import { twoBesturen } from './two-besturen';

/**
 * The world of the agenda and studiedagen tests.
 * World: bestuur Rivierland with De Esch (A) and Het Kompas (B); bestuur Polderwijs with De Horizon (C).
 */
export async function agendaWorld(database: TestDatabase) {
  const { store, clock, app, person, close } = await testApp(database, 'test/fixtures/agenda');
  const { rivierland, polderwijs, schools } = await twoBesturen(store);
  const people = {
    admin: await person('admin@koers.nl', [], true),
    ibA: await person('ib@esch.nl', [[schools.A, 'ib']]),
    ibB: await person('ib@kompas.nl', [[schools.B, 'ib']]),
    ibC: await person('ib@horizon.nl', [[schools.C, 'ib']]),
    bestuurder: await person('bestuur@rivierland.nl', [[rivierland, 'bestuurder']]),
  };
  let ip = 0;
  /** A signed-in agent, each from its own address. */
  const signIn = async (email: string): Promise<Agent> => {
    const agent = new Agent(app, `10.2.${Math.floor(++ip / 250)}.${ip % 250}`);
    const res = await agent.login(email);
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
    return agent;
  };
  return { store, clock, app, schools, besturen: { rivierland, polderwijs }, people, signIn, close };
}

