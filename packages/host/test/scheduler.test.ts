import { describe, expect, it } from 'vitest';
import { dueTimers } from '@koers/testing';
import { ConfigError, DEFAULT_POLL_MS, configFromEnv, startServer } from '../src';

const DAY = 86_400_000;

/** Waits until `done` holds, or fails after `ms`. */
async function until(done: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the scheduler in the server process', () => {
  it('reads KOERS_POLL_MS (5000 without it) and refuses a value that is not a whole number of milliseconds, in Dutch and English', () => {
    expect(configFromEnv({}).pollMs).toBe(DEFAULT_POLL_MS);
    expect(DEFAULT_POLL_MS).toBe(5_000);
    expect(configFromEnv({ KOERS_POLL_MS: '250' }).pollMs).toBe(250);
    for (const bad of ['vijf', '0', '2.5', '-100', '99999999', '1e3']) {
      expect(() => configFromEnv({ KOERS_POLL_MS: bad }), bad).toThrow(ConfigError);
      expect(() => configFromEnv({ KOERS_POLL_MS: bad })).toThrow(`KOERS_POLL_MS moet een heel aantal milliseconden tussen 10 en 3600000 zijn, niet "${bad}" / KOERS_POLL_MS must be`);
    }
  });

  it('fires due timers while the server runs, logs a firing that fails without crashing, and stops with the server', async () => {
    const warnings: string[] = [];
    const server = await startServer(configFromEnv({ PORT: '0', KOERS_DATA_DIR: 'memory://', KOERS_SEED: '0', KOERS_POLL_MS: '20' }), () => {}, (l) => warnings.push(l));
    try {
      const { ids } = await dueTimers(server.store, 3, new Date(Date.now() - 2 * DAY));
      // A trajectory of a type no version of which is published: its timer cannot fire.
      const school = await server.store.organisations.create({ kind: 'school', name: 'Kapot' });
      const broken = await server.store.trajectories.create({
        typeId: 'bestaat-niet', typeVersion: 1, schoolId: school.id, createdBy: null, actorRoles: [], at: new Date(Date.now() - DAY),
        status: 'active', steps: ['a'], stepsDueAt: [null], waitingRoles: [], enteredAt: new Date(Date.now() - DAY).toISOString(), dueAt: null,
        snapshot: { value: 'a' },
        scheduled: [{ key: 'event:a:X:1', kind: 'event', step: 'a', event: 'X', dueAt: new Date(Date.now() - DAY).toISOString(), detail: {} }],
      });
      if (broken.kind !== 'created') throw new Error(broken.kind);
      await until(async () => (await Promise.all(ids.map((id) => server.store.timers.pending(id)))).every((p) => p.length === 0), 20_000, 'the timers fired');
      for (const id of ids) expect((await server.store.trajectories.get(id))!.status).toBe('done');
      await until(async () => ((await server.store.timers.pending(broken.trajectory.id))[0]?.attempts ?? 0) >= 2, 20_000, 'the broken timer retried');
      expect(warnings.some((l) => /planner\/scheduler timer=\d+ NotFound/.test(l))).toBe(true);
      expect(warnings.join('\n')).not.toContain('bestaat-niet');
      expect((await fetch(`${server.url}/api/health`)).ok).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);
});
