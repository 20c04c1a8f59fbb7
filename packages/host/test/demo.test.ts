import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_ACTOR, type TrajectorySnapshot, localDate, send, start } from '@koers/engine';
import { createApp, createRegistry, verifyPassword } from '@koers/server';
import { createStore } from '@koers/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { loadCatalogue } from '../src';
import { Agent, answer } from '../../server/test/support/harness';
import { DEMO_GROUP, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SCRIPTS, type SeedResult, isEmptyDatabase, seedDemo } from '../src';

const root = join(import.meta.dirname, '..', '..', '..');
const catalogue = loadCatalogue(root);
/** The seed's "now": a fixed moment, so overdue and fresh are the same on every run. */
const NOW = new Date('2026-03-02T10:00:00.000Z');

/** Signs in through the API: the typed client of `/api` with the session, answers typed by the routes. */
async function as(app: ReturnType<typeof createApp>, email: string) {
  const agent = new Agent(app);
  expect((await agent.login(email, DEMO_PASSWORD)).status).toBe(200);
  return agent.api;
}

await forEachDatabase('demo seed', async (database) => createStore(await database.create()), (store, database) => {
  let seeded: SeedResult;
  let seedMs: number;
  let app: ReturnType<typeof createApp>;
  /** Answers that did not match the schema their route declares. */
  const contractProblems: string[] = [];
  beforeAll(async () => {
    expect(await isEmptyDatabase(store)).toBe(true);
    const began = performance.now();
    seeded = await seedDemo(store, catalogue, { now: NOW });
    seedMs = performance.now() - began;
    // A figure to read, not a limit: speed is measured by `npm run bench`, never asserted on a shared machine.
    console.log(`demo seed on ${database.name}: ${Math.round(seedMs)} ms`);
    app = createApp({
      catalogue, store, clock: { now: () => NOW }, auth: { clientIp: () => '127.0.0.1' },
      checkResponses: (problem) => contractProblems.push(problem),
    });
  }, 60_000);

  it('creates a bestuur with eight schools, each with a BRIN-like code', async () => {
    const all = await store.organisations.list();
    const bestuur = all.find((o) => o.kind === 'bestuur')!;
    expect(bestuur.name).toBe('Stichting Koers Voorbeeldscholen');
    const schools = all.filter((o) => o.kind === 'school');
    expect(schools).toHaveLength(8);
    expect(schools.every((s) => s.parentId === bestuur.id && /^\d\d[A-Z]{2}$/.test(s.brin ?? ''))).toBe(true);
  });

  it('gives every role of every shipped trajectory type to a demo account, all with the one demo password', async () => {
    const users = await Promise.all(DEMO_PEOPLE.map((p) => store.users.findByEmail(p.email)));
    expect(users.every((u) => u !== undefined)).toBe(true);
    const held = new Set(users.flatMap((u) => u!.memberships.map((m) => m.role)));
    for (const def of catalogue.definitions) {
      for (const role of Object.keys(def.definition.roles)) expect(held, `${def.definition.id}: ${role}`).toContain(role);
    }
    expect(users.filter((u) => u!.isAdmin).map((u) => u!.email)).toEqual(['beheer@koers.example']);
    expect(new Set(users.map((u) => u!.passwordHash)).size).toBe(1);
    expect(await verifyPassword(DEMO_PASSWORD, users[0]!.passwordHash!)).toBe(true);
  });

  it('starts trajectories of all three shipped types at their scripted steps: one finished, some in parallel steps', async () => {
    const rows = await store.trajectories.list({ scope: { all: true } });
    expect(rows).toHaveLength(DEMO_SCRIPTS.length);
    expect(new Set(rows.map((t) => t.typeId))).toEqual(new Set(catalogue.definitions.map((d) => d.definition.id)));
    for (const { id, script } of seeded.trajectories) {
      const t = rows.find((r) => r.id === id)!;
      expect([...t.steps].sort(), `${script.type} at ${script.school}`).toEqual([...script.expect].sort());
    }
    expect(rows.filter((t) => t.status === 'done').length).toBeGreaterThanOrEqual(1);
    expect(rows.filter((t) => t.steps.length > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('stores every snapshot exactly as the engine replays its event log through its definition version', async () => {
    const registry = createRegistry(store, { now: () => NOW });
    for (const t of await store.trajectories.list({ scope: { all: true } })) {
      const def = await registry.get(t.typeId, t.typeVersion);
      const events = await store.trajectories.events(t.id);
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      expect(t.version).toBe(events.length);
      let snapshot: TrajectorySnapshot = start(def, { now: events[0]!.at }).snapshot;
      for (const e of events.slice(1)) {
        const event = { type: e.type, ...(e.data === null ? {} : { data: e.data as never }) };
        const actor = e.system ? SYSTEM_ACTOR : { ...(e.actor ? { id: e.actor.id } : {}), roles: e.actorRoles };
        snapshot = send(def, snapshot, event, { actor, now: e.at }).snapshot;
      }
      expect(t.snapshot, `${t.typeId} at ${t.school.name}`).toEqual(JSON.parse(JSON.stringify(snapshot)));
      expect(events.at(-1)!.stepsAfter).toEqual(t.steps);
    }
  });

  it('dates every demo trajectory in order: events after its start, and no form answer about a day after its submission or before the start', async () => {
    const registry = createRegistry(store, { now: () => NOW });
    const day = (at: Date | string) => localDate(new Date(at).toISOString());
    const problems: string[] = [];
    for (const t of await store.trajectories.list({ scope: { all: true } })) {
      const def = await registry.get(t.typeId, t.typeVersion);
      const events = await store.trajectories.events(t.id);
      const started = day(events[0]!.at);
      events.forEach((e, i) => {
        const where = `${t.typeId} at ${t.school.name}, ${e.type}`;
        if (i > 0 && new Date(e.at) < new Date(events[i - 1]!.at)) problems.push(`${where}: before the event it follows`);
        const formId = def.events.get(e.type)?.find((d) => d.spec.form)?.spec.form;
        const data = e.data as Record<string, unknown> | null;
        if (!formId || !data) return;
        const dates = JSON.stringify(data).match(/"\d{4}-\d{2}-\d{2}"/g)?.map((d) => d.slice(1, -1)) ?? [];
        if (dates.some((d) => d < started)) problems.push(`${where}: a date before the trajectory started (${started}): ${dates.join(', ')}`);
        // What the form records (its first date field, e.g. "Datum intakegesprek") happened by the day it was submitted.
        const schema = def.forms.get(formId)!.definition.schema as { properties?: Record<string, { format?: string }> };
        const first = Object.entries(schema.properties ?? {}).find(([key, spec]) => spec.format === 'date' && typeof data[key] === 'string');
        if (first && (data[first[0]] as string) > day(e.at)) problems.push(`${where}: ${first[0]} ${String(data[first[0]])} after its submission on ${day(e.at)}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('leaves some trajectories overdue against their step\'s expected duration and others fresh, as scripted', async () => {
    const rows = await store.trajectories.list({ scope: { all: true } });
    for (const { id, script } of seeded.trajectories) {
      const t = rows.find((r) => r.id === id)!;
      const overdue = t.dueAt !== null && new Date(t.dueAt) < NOW;
      expect(overdue, `${script.type} at ${script.school}`).toBe(script.overdue);
    }
    expect(DEMO_SCRIPTS.filter((s) => s.overdue).length).toBeGreaterThanOrEqual(2);
    expect(DEMO_SCRIPTS.filter((s) => !s.overdue).length).toBeGreaterThanOrEqual(2);
  });

  it('shows the procesbegeleider an overdue school in the PD overview, and the schoolleider only their own school', async () => {
    const coach = await as(app, 'procesbegeleider@koers.example');
    const pd = await answer(coach.overview.$get({ query: { typeId: 'pd-schoolontwikkeling' } }));
    expect(pd.totals.overdue).toBeGreaterThanOrEqual(1);
    expect(pd.schools.find((s) => s.overdue)?.school.name).toBe('IKC De Vlinderboom');
    expect(pd.schools.map((s) => s.school.name)).not.toContain('CBS De Wegwijzer');
    const leider = await as(app, 'schoolleider.baken@koers.example');
    const mine = await answer(leider.trajectories.$get({ query: {} }));
    expect(mine.map((t) => `${t.school.name} ${t.type.id}`)).toEqual(['Het Baken College voortgezet-leren']);
    const view = await answer(leider.trajectories[':id'].$get({ param: { id: mine[0]!.id } }));
    expect(view.steps.map((s) => s.path)).toEqual(['uitvoering.ontwikkeling.werken', 'uitvoering.bestuur.gevoerd']);
  });

  it('forms one schoolontwikkelingsgroep of five schools, whose groepsbijeenkomst flags the school that sent one person', async () => {
    const coach = await as(app, DEMO_GROUP.lead);
    const [group] = await answer(coach.groups.$get({ query: {} }));
    expect(group).toMatchObject({ name: 'Formatief werken Oost', size: 5, max: 7 });
    const page = await answer(coach.groups[':id'].$get({ param: { id: group!.id } }));
    expect(page.meetings.map((m) => m.kind)).toEqual(['startdag', 'groepsbijeenkomst', 'groepsbijeenkomst', 'inspiratiebijeenkomst']);
    const first = page.meetings[1]!;
    expect(first.attendance.filter((a) => !a.complete).map((a) => [a.school.name, a.present.length])).toEqual([['Rietland Lyceum', 1]]);
    expect(page.members.filter((m) => m.openFlags > 0).map((m) => m.school.name)).toEqual(['Rietland Lyceum']);
    const leider = await as(app, 'schoolleider.rietland@koers.example');
    const [mine] = await answer(leider.trajectories.$get({ query: {} }));
    const view = await answer(leider.trajectories[':id'].$get({ param: { id: mine!.id } }));
    expect(view.group?.meetings.find((m) => !m.complete)).toMatchObject({ kind: 'groepsbijeenkomst', present: [{ name: 'Fleur Hermans', role: 'werkgroep' }] });
  });

  it('keeps a draft where the script saved one', async () => {
    const withDraft = seeded.trajectories.find((t) => t.script.draft)!;
    const drafts = await store.drafts.list(withDraft.id);
    expect(drafts.map((d) => d.formId)).toEqual([withDraft.script.draft!.form]);
  });

  it('answers the types, every overview, every school\'s audit and every trajectory on the demo data as their routes declare', async () => {
    const admin = await as(app, 'beheer@koers.example');
    for (const type of await answer(admin.types.$get())) {
      await answer(admin.types[':id'].$get({ param: { id: type.id }, query: {} }));
      const overview = await answer(admin.overview.$get({ query: { typeId: type.id } }));
      expect(overview.type.id).toBe(type.id);
    }
    const schools = (await store.organisations.list()).filter((o) => o.kind === 'school');
    // Not a literal: until the schools routes declare their query, the client's type has none (it sends it all the same).
    const query: Record<string, string> = { limit: '200' };
    for (const school of schools) expect((await answer(admin.schools[':id'].audit.$get({ param: { id: school.id }, query }))).entries.length).toBeGreaterThan(0);
    for (const t of await answer(admin.trajectories.$get({ query: {} }))) await answer(admin.trajectories[':id'].$get({ param: { id: t.id } }));
    expect(contractProblems).toEqual([]);
  });

  it('counts the database as no longer empty, so a second start seeds nothing', async () => {
    expect(await isEmptyDatabase(store)).toBe(false);
  });
});

describe('demo documentation', () => {
  it('lists every demo account and the password in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const person of DEMO_PEOPLE) expect(readme).toContain(person.email);
    expect(readme).toContain(DEMO_PASSWORD);
  });
});
