import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, type TestDatabase, postgresAvailable } from '@koers/testing';
import { type Harness, answer, harness } from '../../../packages/server/test/support/harness';
import { run } from './run';

/** PGlite in a directory (the CLI opens the database itself), or a fresh PostgreSQL database. */
function onDisk(database: TestDatabase): TestDatabase & { args(): string[] } {
  if (database.name === 'postgres') {
    let url = '';
    return {
      ...database,
      async create() {
        const options = await database.create();
        url = options.url!;
        return options;
      },
      args: () => ['--database-url', url],
    };
  }
  let dir = '';
  return {
    name: 'pglite',
    // Not fsynced: these suites are about replay, and durability has its own test.
    create: async () => ({ dataDir: (dir = mkdtempSync(join(tmpdir(), 'koers-verify-'))), durable: false }),
    cleanup: async () => { if (dir) rmSync(dir, { recursive: true, force: true }); },
    args: () => ['--data-dir', dir],
  };
}

for (const base of DATABASES) {
  describe.runIf(base.name === 'pglite' || (await postgresAvailable()))(`koers verify (${base.name})`, () => {
    const database = onDisk(base);
    let h: Harness;
    const ids: Record<string, string> = {};

    /** Changes rows directly in the database, as only a bug or an intruder would, then lets it go again. */
    async function tamper(...queries: Array<ReturnType<typeof sql>>) {
      const { createStore } = await import('@koers/store');
      const store = await createStore(database.name === 'pglite' ? { dataDir: database.args()[1]! } : { url: database.args()[1]! });
      for (const query of queries) await store.connection.db.execute(query as never);
      await store.close();
    }
    const verify = (...extra: string[]) => run('verify', ...database.args(), ...extra);

    beforeAll(async () => {
      h = await harness(database);
      const cm = await h.store.users.create({ email: 'cm@koers.nl', name: 'Casemanager', passwordHash: (await h.store.users.findByEmail('leider@esch.nl'))!.passwordHash, isAdmin: false });
      await h.store.memberships.add({ userId: cm.id, organisationId: h.world.schoolA.id, role: 'casemanager' });
      await h.store.memberships.add({ userId: cm.id, organisationId: h.world.schoolB.id, role: 'casemanager' });
      await h.store.memberships.add({ userId: h.people.kompas.id, organisationId: h.world.schoolB.id, role: 'schoolleider' });
      const leider = await h.as('leider@esch.nl');
      const casemanager = await h.as('cm@koers.nl');
      const kompas = await h.as('directie@kompas.nl');
      const startAt = async (agent: typeof leider, schoolId: string) =>
        (await answer(agent.api.trajectories.$post({ json: { typeId: 'mini', schoolId } }), 201)).id;
      const send = async (agent: typeof leider, id: string, type: string, expectedVersion: number, data?: unknown) => {
        h.clock.advance(3_600_000);
        const res = await agent.request('POST', `/api/trajectories/${id}/events`, { type, expectedVersion, ...(data ? { data } : {}) });
        expect(res.status).toBe(201);
      };
      ids.done = await startAt(leider, h.world.schoolA.id);
      await send(casemanager, ids.done, 'INTAKE_AFRONDEN', 1, { besluit: 'go', uren: 3 });
      await send(leider, ids.done, 'RONDE_KLAAR', 2);
      await send(leider, ids.done, 'RONDE_KLAAR', 3);
      ids.busy = await startAt(leider, h.world.schoolA.id);
      await send(casemanager, ids.busy, 'INTAKE_AFRONDEN', 1, { besluit: 'go', uren: 2, toelichting: 'Zie <b>plan</b>' });
      await send(leider, ids.busy, 'RONDE_KLAAR', 2);
      ids.fresh = await startAt(leider, h.world.schoolA.id);
      ids.stopped = await startAt(kompas, h.world.schoolB.id);
      await send(casemanager, ids.stopped, 'INTAKE_AFRONDEN', 1, { besluit: 'nogo' });
      // The CLI opens the database itself: PGlite lets one process (and one store) have it.
      await h.close();
    });
    afterAll(async () => {
      await database.cleanup();
    });

    it('finds a store written through the API clean: every log replays to its snapshot', async () => {
      const result = await verify();
      expect(result.err).toBe('');
      expect(result.out).toMatch(/^4 trajecten gecontroleerd in [\d.]+ s \(\d+\/s\): alles klopt$/);
      expect(result.code).toBe(0);
    });

    it('reports a snapshot changed behind the engine\'s back, with the trajectory, school, type and pointer', async () => {
      await tamper(sql`update trajectories set snapshot = jsonb_set(snapshot, '{context,counters,rondes}', '7') where id = ${ids.busy}::uuid`);
      const result = await verify();
      expect(result.code).toBe(1);
      expect(result.out.split('\n')).toEqual([
        `${ids.busy}  De Esch  mini@1  seq 3  /snapshot/context/counters/rondes  de opgeslagen snapshot wijkt af van de herhaling van het log`,
        expect.stringMatching(/^4 trajecten gecontroleerd in .*: 1 wijkt af$/),
      ]);
    });

    it('reports a missing event as a gap at its seq, and a derived column that differs at its pointer', async () => {
      await tamper(
        sql`delete from events where trajectory_id = ${ids.done}::uuid and seq = 2`,
        sql`update trajectories set steps = '{uitvoering}' where id = ${ids.stopped}::uuid`,
      );
      const result = await verify();
      expect(result.code).toBe(1);
      const lines = result.out.split('\n');
      expect(lines).toEqual(expect.arrayContaining([
        `${ids.done}  De Esch  mini@1  seq 2  /events/2  gebeurtenis 2 ontbreekt in het log`,
        expect.stringMatching(new RegExp(`^${ids.busy}  De Esch  mini@1  seq 3  /snapshot/context/counters/rondes  `)),
        expect.stringMatching(new RegExp(`^${ids.stopped}  Het Kompas  mini@1  seq 2  /steps/0  `)),
      ]));
      expect(lines).toHaveLength(4);
      expect(lines[3]).toMatch(/: 3 wijken af$/);
      const en = await verify('--lang', 'en');
      expect(en.out).toContain('event 2 is missing from the log');
    });

    it('says so when the data directory does not exist, with exit code 2', async () => {
      const result = await run('verify', '--data-dir', join(tmpdir(), 'koers-bestaat-niet-9f3a'));
      expect(result.code).toBe(2);
      expect(result.err).toContain('bestaat niet');
    });
  });
}
