import { expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addDuration } from '@koers/engine';
import { forEachDatabase } from '@koers/testing';
import { CALENDAR_TTL_MS, createRegistry, createScheduler } from '../src';
import { rowsOf } from '../../store/src/repos/database';
import { Agent, answer, testApp } from './support/harness';

const DAY = 86_400_000;

/** An app with the timer fixture type, an ib'er at one school, and a scheduler on the same store and clock. */
async function timerWorld(database: Parameters<typeof testApp>[0]) {
  const w = await testApp(database, 'test/fixtures/timers');
  const bestuur = await w.store.organisations.create({ kind: 'bestuur', name: 'Stichting Klok' });
  const school = await w.store.organisations.create({ kind: 'school', name: 'De Wekker', parentId: bestuur.id, region: 'midden' });
  await w.person('ib@wekker.nl', [[school, 'ib']], false, 'Iris Bos');
  const registry = createRegistry(w.store, { shipped: { definitions: w.bundle.definitions, forms: w.bundle.forms }, now: () => w.clock.now() });
  const lines: string[] = [];
  const scheduler = (batchSize = 100) => createScheduler({ store: w.store, registry, clock: w.clock, batchSize, log: (l) => lines.push(l) });
  let agent: Agent | undefined;
  const ib = async () => {
    // Sessions last 12 hours: sign in again once the clock has moved on.
    agent = new Agent(w.app);
    if ((await agent.login('ib@wekker.nl')).status !== 200) throw new Error('login');
    return agent;
  };
  return { ...w, school, scheduler, lines, ib };
}

await forEachDatabase('the durable scheduler', timerWorld, (w) => {
  const start = async () => (await answer((await w.ib()).api.trajectories.$post({ json: { typeId: 'tijd', schoolId: w.school.id } }), 201));
  const send = async (id: string, type: string, expectedVersion: number) =>
    answer((await w.ib()).api.trajectories[':id'].events.$post({ param: { id }, json: { type, expectedVersion } }), 201);
  const history = async (id: string) => answer((await w.ib()).api.trajectories[':id'].events.$get({ query: {}, param: { id } }));
  const effects = async (id: string) => rowsOf<{ effect: Record<string, unknown>; timer_id: number | null; seq: number | null }>(
    await w.store.connection.db.execute(sql`select effect, timer_id, seq from effects where trajectory_id = ${id}::uuid order by id`)).map((r) => r.effect);
  const at = (iso: string, ms = 0) => new Date(new Date(iso).getTime() + ms);
  const moveTo = (moment: Date) => w.clock.advance(moment.getTime() - w.clock.now().getTime());

  it('fires a step\'s reminders, its escalation and then its P6M timer as the system, each once, as the clock moves', async () => {
    const t = await start();
    await send(t.id, 'STARTEN', 1);
    const entered = w.clock.now().toISOString();
    const pending = await w.store.timers.pending(t.id);
    const byName = (name: string) => pending.find((p) => p.key.split(':')[2] === name)!;
    expect(pending.map((p) => `${p.kind}:${p.key.split(':')[2]}`).sort()).toEqual([
      'escalation:escalate', 'event:HALFJAAR', 'reminder:before-P7D', 'reminder:due', 'reminder:overdue',
    ]);
    expect(byName('HALFJAAR')).toMatchObject({ event: 'HALFJAAR', step: 'lopend', dueAt: addDuration(entered, 'P6M'), typeVersion: 1 });
    const scheduler = w.scheduler();
    expect(await scheduler.tick()).toEqual({ due: 0, fired: 0, skipped: 0, cancelled: 0, failed: 0 });

    moveTo(at(byName('before-P7D').dueAt, 1));
    expect(await scheduler.tick()).toMatchObject({ due: 1, fired: 1 });
    const due = byName('due').detail as { dueAt: string };
    expect(await effects(t.id)).toEqual([{
      type: 'remind', kind: 'reminder', roles: ['ib'], step: 'lopend', title: { nl: 'Lopend', en: 'Running' }, dueAt: due.dueAt,
      label: expect.objectContaining({ nl: expect.stringContaining('Lopend') }), timerId: byName('before-P7D').id,
    }]);

    // Two weeks and a day overdue: the due reminder, the first weekly one and the escalation; the next weekly one is planned.
    moveTo(at(due.dueAt, 15 * DAY));
    expect(await scheduler.tick()).toMatchObject({ due: 3, fired: 3, failed: 0 });
    const sent = await effects(t.id);
    expect(sent.map((e) => `${String(e.kind)}:${(e.roles as string[]).join(',')}`)).toEqual([
      'reminder:ib', 'reminder:ib', 'reminder:ib', 'escalation:procesbegeleider',
    ]);
    const next = (await w.store.timers.pending(t.id)).map((p) => `${p.kind}:${p.dueAt}`);
    expect(next).toEqual([`reminder:${addDuration(due.dueAt, 'P21D')}`, `event:${byName('HALFJAAR').dueAt}`]);

    moveTo(at(byName('HALFJAAR').dueAt, DAY));
    expect(await scheduler.tick()).toMatchObject({ due: 2, fired: 2, failed: 0 });
    expect(await scheduler.tick()).toMatchObject({ due: 0 });
    const log = await history(t.id);
    expect(log.map((e) => e.type)).toEqual(['@start', 'STARTEN', 'HALFJAAR']);
    expect(log[2]).toMatchObject({ actor: { id: 'system', name: 'Systeem / System', system: true }, roles: [], to: [{ path: 'tussenevaluatie' }] });
    // The history names a timer's event by its timer's label, as it names a person's event by its label.
    expect(log[2]!.label).toEqual({ nl: 'Half jaar verstreken', en: 'Six months passed' });
    expect((await w.store.trajectories.get(t.id))!.steps).toEqual(['tussenevaluatie']);
    expect(await w.store.timers.pending(t.id)).toEqual([]);
  });

  it('resolves a timer from a recorded date: 18 months after the start meeting, not after entering the step', async () => {
    const t = await start();
    const meeting = w.clock.now().toISOString();
    await send(t.id, 'GESPREK', 1);
    w.clock.advance(40 * DAY);
    await send(t.id, 'STARTEN', 2);
    const einde = (await w.store.timers.pending(t.id)).find((p) => p.event === 'EINDE');
    expect(einde?.dueAt).toBe(addDuration(meeting, 'P18M'));
    await send(t.id, 'AFRONDEN', 3);
  });

  it('moves a due date off a studiedag of the school\'s bestuur (the calendar is read again after its TTL)', async () => {
    const t0 = await start();
    await send(t0.id, 'STARTEN', 1);
    const plain = (await w.store.trajectories.get(t0.id))!.dueAt!;
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(addDuration(w.clock.now().toISOString(), 'P3M')));
    await w.store.calendarDays.add({ organisationId: w.school.parentId!, date: day, title: 'Studiedag', by: null, now: w.clock.now() });
    w.clock.advance(CALENDAR_TTL_MS + 1);
    const t = await start();
    await send(t.id, 'STARTEN', 1);
    const moved = (await w.store.trajectories.get(t.id))!.dueAt!;
    // Before the studiedag a trajectory entering the step at the same time of day was due on that very day.
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(plain))).toBe(day);
    expect(moved > addDuration(w.clock.now().toISOString(), 'P3M')).toBe(true);
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(moved)) > day).toBe(true);
    expect((await w.store.timers.pending(t.id)).find((p) => p.key.startsWith('reminder:lopend:due:'))?.dueAt).toBe(moved);
  });

  it('cancels the timers of a step left before they fire: nothing fires later', async () => {
    const t = await start();
    await send(t.id, 'STARTEN', 1);
    expect((await w.store.timers.pending(t.id)).length).toBeGreaterThan(0);
    w.clock.advance(DAY);
    await send(t.id, 'AFRONDEN', 2);
    expect(await w.store.timers.pending(t.id)).toEqual([]);
    w.clock.advance(400 * DAY);
    await w.scheduler().tick();
    expect((await history(t.id)).map((e) => e.type)).toEqual(['@start', 'STARTEN', 'AFRONDEN']);
  });

  it('skips a timer whose guard does not hold, with the engine\'s reason, and writes no event', async () => {
    const t = await start();
    await send(t.id, 'WACHTEN', 1);
    const [controle] = await w.store.timers.pending(t.id);
    expect(controle).toMatchObject({ event: 'CONTROLE', step: 'wachten' });
    moveTo(at(controle!.dueAt, 1));
    expect(await w.scheduler().tick()).toMatchObject({ skipped: 1, fired: 0, failed: 0 });
    expect(await w.store.timers.get(controle!.id)).toMatchObject({ outcome: 'skipped', lastError: { code: 'guard-false', nl: expect.any(String), en: expect.any(String) } });
    expect((await history(t.id)).map((e) => e.type)).toEqual(['@start', 'WACHTEN']);
    expect((await w.store.trajectories.get(t.id))!.steps).toEqual(['wachten']);
    expect(w.lines).toEqual([]);
  });

  it('handles each due timer once when two schedulers tick at the same time', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 12; n++) {
      const t = await start();
      await send(t.id, 'WACHTEN', 1);
      ids.push(t.id);
    }
    // Every one due at once, in batches of 3 per scheduler: each row is taken by one of them (its guard fails: skipped).
    w.clock.advance(32 * DAY);
    const [a, b] = [w.scheduler(3), w.scheduler(3)];
    let outcomes = { fired: 0, skipped: 0 };
    for (let round = 0; round < 20; round++) {
      const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
      outcomes = { fired: outcomes.fired + ra.fired + rb.fired, skipped: outcomes.skipped + ra.skipped + rb.skipped };
      if (ra.due === 0 && rb.due === 0) break;
    }
    const rows = rowsOf<{ n: number }>(await w.store.connection.db.execute(sql`
      select count(*)::int as n from timers where trajectory_id = any(${`{${ids.join(',')}}`}::uuid[]) and fired_at is not null`));
    expect(Number(rows[0]!.n)).toBe(12);
    expect(outcomes.fired + outcomes.skipped).toBe(12);
  });
});
