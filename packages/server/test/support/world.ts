import { type CompiledDefinition, type JsonObject, loadBundleOrThrow } from '@koers/engine';
import { type Organisation, type Store, createStore } from '@koers/store';
import { createApp, hashPassword } from '../../src';
import type { TestDatabase } from '../../../../test/support/databases';
import { readTree } from '../../../engine/test/helpers';
import { Agent, PASSWORD, TEST_PASSWORD, TestClock } from './harness';

export const PD = 'pd-schoolontwikkeling';

/**
 * An app with the shipped trajectory types on a fresh database: a bestuur with two schools, and people
 * in the roles of the PD trajectory (ib'er and directie of school A, a casemanager and a procesbegeleider
 * for school A, an ib'er of school B, a bestuurder, an admin).
 */
export async function shippedWorld(database: TestDatabase) {
  const store: Store = await createStore(await database.create());
  const clock = new TestClock();
  const shipped = loadBundleOrThrow(readTree('workflows', 'forms'));
  const app = createApp({
    catalogue: { definitions: shipped.definitions, forms: shipped.forms }, store, clock,
    auth: { password: TEST_PASSWORD, clientIp: (c) => c.req.header('x-test-ip') },
  });
  const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const schoolA = await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: bestuur.id });
  const schoolB = await store.organisations.create({ kind: 'school', name: 'Het Kompas', parentId: bestuur.id });
  const passwordHash = await hashPassword(PASSWORD, TEST_PASSWORD);
  const person = async (email: string, name: string, memberships: Array<[Organisation, string]>, isAdmin = false) => {
    const user = await store.users.create({ email, name, passwordHash, isAdmin });
    for (const [org, role] of memberships) await store.memberships.add({ userId: user.id, organisationId: org.id, role });
    return user;
  };
  const people = {
    admin: await person('admin@koers.nl', 'Anna Admin', [], true),
    ibA: await person('ib@esch.nl', 'Ilse Bakker', [[schoolA, 'ib']]),
    directieA: await person('directie@esch.nl', 'Dirk de Wit', [[schoolA, 'directie']]),
    casemanager: await person('cm@koers.nl', 'Joost Bakker', [[schoolA, 'casemanager']]),
    coach: await person('pb@koers.nl', 'Petra Berg', [[schoolA, 'procesbegeleider']]),
    ibB: await person('ib@kompas.nl', 'Karim Ouali', [[schoolB, 'ib']]),
    bestuurder: await person('bestuur@rivierland.nl', 'Bert Stam', [[bestuur, 'bestuurder']]),
  };
  const agents = new Map<string, Agent>();
  return {
    app, store, clock, shipped, people, world: { bestuur, schoolA, schoolB },
    /** A signed-in agent for an e-mail address (one per address, reused). */
    async as(email: string): Promise<Agent> {
      const known = agents.get(email);
      if (known) return known;
      const agent = new Agent(app);
      const res = await agent.login(email);
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
      agents.set(email, agent);
      return agent;
    },
    /** Moves the clock on; sessions outlive only 12 hours, so everyone signs in again afterwards. */
    advance(ms: number): void {
      clock.advance(ms);
      agents.clear();
    },
    /** The first example of a shipped form: valid data. */
    example(formId: string): JsonObject {
      const form = shipped.forms.get(formId);
      if (!form?.definition.examples?.[0]) throw new Error(`no example for ${formId}`);
      return structuredClone(form.definition.examples[0]);
    },
    definition(id: string): CompiledDefinition {
      return shipped.definitions.find((d) => d.definition.id === id)!;
    },
    close: () => store.close(),
  };
}

export type ShippedWorld = Awaited<ReturnType<typeof shippedWorld>>;

/** The JSON body of a response, typed loosely for assertions. */
export async function body<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
