import {
  type Catalogue, DEFAULT_PASSWORD_PARAMS, type PasswordParams, type Viewer, createRegistry, hashPassword, viewerOf,
} from '@koers/server';
import type { Organisation, Store } from '@koers/store';
import { DEMO_BESTUUR, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SCHOOLS, type DemoPerson } from './people';
import { SeedClock, type Stage, expectSteps, playScript } from './play';
import { playGroup } from './group';
import { DEMO_SCRIPTS, type DemoScript } from './scripts';

/** How long before "now" the demo organisations and accounts were made: before the oldest trajectory. */
const HISTORY_DAYS = 450;

export interface SeedOptions {
  /** The seed's "now": trajectories are dated back from it (default: the current time). */
  now?: Date;
  /** scrypt cost of the demo password (tests pass a cheap one; hashed once for every account). */
  password?: PasswordParams;
}

/** What the seed made. */
export interface SeedResult {
  bestuur: Organisation;
  schools: Organisation[];
  people: readonly DemoPerson[];
  trajectories: Array<{ id: string; script: DemoScript }>;
}

/** Whether the database holds no accounts and no organisations yet: the only kind the demo seed fills. */
export async function isEmptyDatabase(store: Store): Promise<boolean> {
  return (await store.users.count()) === 0 && (await store.organisations.list()).length === 0;
}

/** The trajectory types the demo replays that `catalogue` lacks (a server started on another KOERS_ROOT). */
export function missingDemoTypes(catalogue: Catalogue): string[] {
  const have = new Set(catalogue.definitions.map((d) => d.definition.id));
  return [...new Set(DEMO_SCRIPTS.map((s) => s.type))].filter((id) => !have.has(id));
}

/** Whether the demo accounts are there (a database seeded before), so they can be shown again at start. */
export async function hasDemoAccounts(store: Store): Promise<boolean> {
  return (await store.users.findByEmail(DEMO_PEOPLE[0]!.email)) !== undefined;
}

/**
 * Fills an empty database with the demo: the shipped trajectory types, a bestuur with five schools,
 * an account for every role, and trajectories of all three types replayed from the forms' examples
 * through the services the API uses, with the clock set back so some are overdue and one is finished.
 * Everything goes through the store's repositories and the trajectory services; nothing is written by hand.
 * @example if (await isEmptyDatabase(store)) await seedDemo(store, catalogue);
 */
export async function seedDemo(store: Store, catalogue: Catalogue, options: SeedOptions = {}): Promise<SeedResult> {
  const clock = new SeedClock(options.now ?? new Date());
  clock.daysAgo(HISTORY_DAYS);
  // One hash for every account: they share the published demo password, so separate salts would protect nothing.
  // It is written through the store, not an invitation: the password policy (which refuses "koers") guards every
  // password a person chooses, and only this seed, never a request, sets the demo password. scrypt works on Node's
  // thread pool: started first, it runs beside the publishing and the schools below (~0.3 s of a cold start).
  const hashing = hashPassword(DEMO_PASSWORD, options.password ?? DEFAULT_PASSWORD_PARAMS);
  const registry = createRegistry(store, { shipped: catalogue, now: () => clock.now() });
  await registry.list(); // publishes the shipped types, dated before everything else
  const made = clock.now();

  const bestuur = await store.organisations.create({ kind: 'bestuur', name: DEMO_BESTUUR.name, now: made });
  const schools = new Map<string, Organisation>();
  for (const s of DEMO_SCHOOLS) {
    schools.set(s.key, await store.organisations.create({ kind: 'school', name: s.name, brin: s.brin, parentId: bestuur.id, now: made }));
  }
  const place = (key: string) => (key === 'bestuur' ? bestuur : schools.get(key)!);

  const passwordHash = await hashing;
  const viewers: Viewer[] = [];
  for (const person of DEMO_PEOPLE) {
    const user = await store.users.create({ email: person.email, name: person.name, passwordHash, isAdmin: person.isAdmin ?? false, now: made });
    for (const [where, role] of person.roles) await store.memberships.add({ userId: user.id, organisationId: place(where).id, role, now: made });
    viewers.push(viewerOf((await store.users.findById(user.id))!, 'session'));
  }

  const stage: Stage = { deps: { store, registry, clock }, clock, schools, viewers };
  const trajectories: SeedResult['trajectories'] = [];
  for (const script of DEMO_SCRIPTS) trajectories.push({ id: await playScript(stage, script), script });
  // The Voortgezet Leren schools go on together in their schoolontwikkelingsgroep.
  const members = trajectories.filter((t) => t.script.group !== undefined);
  await playGroup(stage, new Map(members.map((t) => [t.script.school, t.id])));
  for (const t of members) await expectSteps(stage, t.script, t.id);

  await store.audit.append({
    at: clock.base, actorId: null, organisationId: bestuur.id, action: 'demo.seed',
    detail: { schools: schools.size, users: DEMO_PEOPLE.length, trajectories: trajectories.length },
  });
  return { bestuur, schools: [...schools.values()], people: DEMO_PEOPLE, trajectories };
}
