import type { CompiledDefinition, JsonObject } from '@koers/engine';
import type { TestDatabase } from '@koers/testing';
import { Agent, testApp } from './harness';

export const PD = 'pd-schoolontwikkeling';

/**
 * An app with the shipped trajectory types on a fresh database: a bestuur with two schools, and people
 * in the roles of the PD trajectory (ib'er and directie of school A, a casemanager and a procesbegeleider
 * for school A, an ib'er of school B, a bestuurder, an admin).
 */
export async function shippedWorld(database: TestDatabase) {
  const { store, clock, bundle: shipped, app, person, reports, requests, close } = await testApp(database, 'workflows', 'forms');
  const bestuur = await store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const schoolA = await store.organisations.create({ kind: 'school', name: 'De Esch', parentId: bestuur.id });
  const schoolB = await store.organisations.create({ kind: 'school', name: 'Het Kompas', parentId: bestuur.id });
  const people = {
    admin: await person('admin@koers.nl', [], true, 'Anna Admin'),
    ibA: await person('ib@esch.nl', [[schoolA, 'ib']], false, 'Ilse Bakker'),
    directieA: await person('directie@esch.nl', [[schoolA, 'directie']], false, 'Dirk de Wit'),
    casemanager: await person('cm@koers.nl', [[schoolA, 'casemanager']], false, 'Joost Bakker'),
    coach: await person('pb@koers.nl', [[schoolA, 'procesbegeleider']], false, 'Petra Berg'),
    ibB: await person('ib@kompas.nl', [[schoolB, 'ib']], false, 'Karim Ouali'),
    bestuurder: await person('bestuur@rivierland.nl', [[bestuur, 'bestuurder']], false, 'Bert Stam'),
  };
  const agents = new Map<string, Agent>();
  return {
    app, store, clock, shipped, people, reports, requests, world: { bestuur, schoolA, schoolB },
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
    close,
  };
}

export type ShippedWorld = Awaited<ReturnType<typeof shippedWorld>>;
