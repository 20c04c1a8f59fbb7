import { beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type ScheduledTimer, type TrajectoryState, createStore, iso } from '../src';
import { rowsOf } from '../src/repos/database';
import { forEachDatabase } from '@koers/testing';

const T0 = new Date('2026-09-01T08:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);

function state(steps: string[]): TrajectoryState {
  return {
    status: 'active', steps, stepsDueAt: steps.map(() => null), waitingRoles: ['ib'], enteredAt: T0.toISOString(), dueAt: null,
    snapshot: { value: steps[0], enteredAt: {}, context: {} },
  };
}

const timer = (kind: ScheduledTimer['kind'], step: string, name: string, days: number, event?: string): ScheduledTimer => ({
  key: `${kind}:${step}:${name}:${at(days).toISOString()}`, kind, step, dueAt: at(days).toISOString(), detail: { label: { nl: name, en: name } },
  ...(event ? { event } : {}),
});

await forEachDatabase('timers and the effects outbox', async (database) => createStore(await database.create()), (store, database) => {
  let school: string;
  let other: string;

  beforeAll(async () => {
    const bestuur = (await store.organisations.create({ kind: 'bestuur', name: 'Stichting Tijd' })).id;
    school = (await store.organisations.create({ kind: 'school', name: 'De Klok', parentId: bestuur })).id;
    other = (await store.organisations.create({ kind: 'school', name: 'Het Uurwerk', parentId: bestuur })).id;
  });

  const start = async (scheduled: ScheduledTimer[], effects: unknown[] = [], schoolId = school, now = T0) => {
    const r = await store.trajectories.create({
      typeId: 'tijd', typeVersion: 3, schoolId, createdBy: null, actorRoles: [], at: now, ...state(['a']), scheduled, effects,
    });
    if (r.kind !== 'created') throw new Error(r.kind);
    return r.trajectory;
  };
  const effectRows = async (trajectoryId: string) => rowsOf<{ seq: number | null; timer_id: number | null; effect: unknown; at: string }>(
    await store.connection.db.execute(sql`select seq, timer_id, effect, at::text as at from effects where trajectory_id = ${trajectoryId}::uuid order by id`),
  ).map((r) => ({ seq: r.seq === null ? null : Number(r.seq), timerId: r.timer_id === null ? null : Number(r.timer_id), effect: r.effect, at: iso(r.at) }));
  const send = (id: string, version: number, steps: string[], extra: object = {}, when = at(1)) =>
    store.trajectories.appendEvent(id, version, state(steps), { type: 'GO', actorId: null, actorRoles: [], at: when, stepsBefore: ['a'], ...extra });

  it('writes the start\'s effects and timers with the trajectory; a reminder already past is not written, a past event timer is', async () => {
    const notify = { type: 'notify', roles: ['ib'], message: { nl: 'Welkom', en: 'Welcome' } };
    const t = await start([timer('event', 'a', 'HALFJAAR', 182, 'HALFJAAR'), timer('reminder', 'a', 'before-P7D', -2), timer('event', 'a', 'LAAT', -1, 'LAAT')], [notify]);
    const pending = await store.timers.pending(t.id);
    expect(pending.map((p) => [p.kind, p.event, p.dueAt, p.typeVersion])).toEqual([
      ['event', 'LAAT', at(-1).toISOString(), 3], ['event', 'HALFJAAR', at(182).toISOString(), 3],
    ]);
    expect(pending[1]).toMatchObject({ step: 'a', detail: { label: { nl: 'HALFJAAR' } }, firedAt: null, outcome: null, attempts: 0 });
    expect(await effectRows(t.id)).toEqual([{ seq: 1, timerId: null, effect: notify, at: T0.toISOString() }]);
    expect((await store.audit.listForTrajectory(t.id)).entries.map((e) => [e.action, e.detail])).toEqual([['trajectory.notify', { seq: 1, ...notify }]]);
  });

  it('brings the timers in line with every event in the same statement: unchanged rows kept, new ones added, unfired ones of a left step deleted', async () => {
    const keep = timer('event', 'a', 'KEEP', 30, 'KEEP');
    const t = await start([keep, timer('reminder', 'a', 'due', 10)]);
    const kept = (await store.timers.pending(t.id)).find((p) => p.key === keep.key);
    const notify = { type: 'notify', roles: ['ib'], message: { nl: 'Verder', en: 'Onwards' } };
    expect(await send(t.id, 1, ['b'], { scheduled: [keep, timer('escalation', 'b', 'escalate', 40)], effects: [notify] })).toEqual({ kind: 'appended', seq: 2 });
    const after = await store.timers.pending(t.id);
    expect(after.map((p) => p.key)).toEqual([keep.key, timer('escalation', 'b', 'escalate', 40).key]);
    expect(after[0]!.id).toBe(kept!.id);
    expect(await effectRows(t.id)).toEqual([{ seq: 2, timerId: null, effect: notify, at: at(1).toISOString() }]);
    expect((await store.audit.listForTrajectory(t.id)).entries.map((e) => [e.action, e.detail])).toEqual([['trajectory.notify', { seq: 2, ...notify }]]);
    // Without a schedule the timers stay; a stale version writes nothing at all.
    expect(await send(t.id, 2, ['b'])).toEqual({ kind: 'appended', seq: 3 });
    expect(await send(t.id, 2, ['c'], { scheduled: [], effects: [notify] })).toMatchObject({ kind: 'version-conflict' });
    expect((await store.timers.pending(t.id)).length).toBe(2);
    expect((await effectRows(t.id)).length).toBe(1);
    // A finished trajectory has no schedule: every unfired timer goes.
    expect(await send(t.id, 3, ['klaar'], { scheduled: [] })).toEqual({ kind: 'appended', seq: 4 });
    expect(await store.timers.pending(t.id)).toEqual([]);
  });

  it('finds due timers with one query, and fires an event timer exactly once: event and fired_at in one statement', async () => {
    const t = await start([timer('event', 'a', 'NU', 5, 'NU'), timer('event', 'a', 'LATER', 50, 'LATER')]);
    const due = (await store.timers.due(at(6), 1000)).filter((d) => d.trajectoryId === t.id);
    expect(due).toEqual([{ id: expect.any(Number), trajectoryId: t.id, typeId: 'tijd', typeVersion: 3, schoolId: school }]);
    const id = due[0]!.id;
    const fired = await store.timers.claim([id], async (batch) => {
      expect(batch.claimed.map((c) => [c.timer.id, c.trajectory.id, c.trajectory.version, c.trajectory.school.name])).toEqual([[id, t.id, 1, 'De Klok']]);
      return batch.appendEvent(t.id, 1, state(['b']), {
        type: 'NU', actorId: null, actorRoles: [], at: at(6), stepsBefore: ['a'], idempotencyKey: `timer:${id}`, firedTimer: id,
        scheduled: [timer('event', 'a', 'LATER', 50, 'LATER')],
      });
    });
    expect(fired).toEqual({ kind: 'appended', seq: 2 });
    expect(await store.timers.get(id)).toMatchObject({ firedAt: at(6).toISOString(), outcome: 'fired', attempts: 1 });
    expect((await store.trajectories.eventByKey(t.id, `timer:${id}`))?.seq).toBe(2);
    // Claimed again (a second process that found it in the same poll): nothing left to claim.
    expect(await store.timers.claim([id], async (batch) => batch.claimed.length)).toBe(0);
    expect((await store.timers.due(at(6), 1000)).some((d) => d.id === id)).toBe(false);
  });

  it('fires a reminder: its effect into the outbox and fired_at in one statement, with the next occurrence planned', async () => {
    const week1 = timer('reminder', 'a', 'overdue', 7);
    const t = await start([week1]);
    const [row] = await store.timers.pending(t.id);
    const effect = { type: 'remind', kind: 'reminder', roles: ['ib'], step: 'a', title: { nl: 'A', en: 'A' }, dueAt: at(0).toISOString(), timerId: row!.id };
    // The trajectory moved on since it was read: nothing written.
    await send(t.id, 1, ['a'], { scheduled: [week1] });
    const stale = await store.timers.claim([row!.id], (batch) => batch.remind(batch.claimed[0]!.timer, 1, effect, [week1, timer('reminder', 'a', 'overdue', 14)], at(7)));
    expect(stale).toBe('version-conflict');
    const result = await store.timers.claim([row!.id], (batch) => batch.remind(batch.claimed[0]!.timer, 2, effect, [week1, timer('reminder', 'a', 'overdue', 14)], at(7)));
    expect(result).toBe('fired');
    expect(await store.timers.get(row!.id)).toMatchObject({ outcome: 'fired', firedAt: at(7).toISOString() });
    expect((await store.timers.pending(t.id)).map((p) => p.dueAt)).toEqual([at(14).toISOString()]);
    expect(await effectRows(t.id)).toEqual([{ seq: null, timerId: row!.id, effect, at: at(7).toISOString() }]);
  });

  it('marks a skipped timer with its reason, and gives a failing one up after the last attempt', async () => {
    const t = await start([timer('event', 'a', 'NEE', 1, 'NEE'), timer('event', 'a', 'STUK', 1, 'STUK')]);
    const [nee, stuk] = await store.timers.pending(t.id);
    const reason = { nl: 'De voorwaarde klopt niet', en: 'The condition does not hold' };
    await store.timers.claim([nee!.id], (batch) => batch.skip(batch.claimed[0]!.timer, reason, at(2)));
    expect(await store.timers.get(nee!.id)).toMatchObject({ outcome: 'skipped', lastError: reason, firedAt: at(2).toISOString() });
    expect(await store.timers.failed(stuk!.id, { message: 'boom' }, at(2), 2)).toBe(false);
    expect(await store.timers.get(stuk!.id)).toMatchObject({ firedAt: null, attempts: 1, lastError: { message: 'boom' } });
    expect(await store.timers.failed(stuk!.id, { message: 'boom' }, at(3), 2)).toBe(true);
    expect(await store.timers.get(stuk!.id)).toMatchObject({ firedAt: at(3).toISOString(), outcome: 'skipped', attempts: 2 });
    expect(await store.timers.pending(t.id)).toEqual([]);
  });

  it('lists the upcoming timers of the asked schools until a moment, earliest first', async () => {
    const mine = await start([timer('event', 'a', 'X', 400, 'X'), timer('reminder', 'a', 'due', 420)]);
    const theirs = await start([timer('event', 'a', 'Y', 401, 'Y')], [], other);
    const list = await store.timers.upcoming([school], at(410));
    expect(list.filter((u) => u.trajectoryId === mine.id).map((u) => [u.schoolId, u.typeId, u.dueAt])).toEqual([[school, 'tijd', at(400).toISOString()]]);
    expect(list.some((u) => u.trajectoryId === theirs.id)).toBe(false);
    expect((await store.timers.upcoming([school, other], at(410))).some((u) => u.trajectoryId === theirs.id)).toBe(true);
    expect(await store.timers.upcoming(['not-a-uuid'], at(410))).toEqual([]);
  });

  it('reads a school\'s calendar data: its region and the studiedagen of its bestuur and itself, the school\'s own title first', async () => {
    const bestuur = (await store.organisations.create({ kind: 'bestuur', name: 'Stichting Kalender' })).id;
    const s = (await store.organisations.create({ kind: 'school', name: 'De Zonnewijzer', parentId: bestuur, region: 'zuid' })).id;
    const bare = (await store.organisations.create({ kind: 'school', name: 'Zonder', parentId: null })).id;
    await store.calendarDays.add(bestuur, { date: '2026-11-12', title: 'Studiedag bestuur' });
    await store.calendarDays.add(bestuur, { date: '2026-10-01', title: 'Dag van de leraar' });
    await store.calendarDays.add(s, { date: '2026-11-12', title: 'Studiedag school' });
    expect(await store.calendarDays.ofSchool(s)).toEqual({
      region: 'zuid', daysOff: [{ date: '2026-10-01', title: 'Dag van de leraar' }, { date: '2026-11-12', title: 'Studiedag school' }],
    });
    expect(await store.calendarDays.ofSchool(bare)).toEqual({ region: null, daysOff: [] });
    expect(await store.calendarDays.ofSchool('00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });

  it.runIf(database.name === 'postgres')('skips timers another process holds: a poll and a claim never get a held row', async () => {
    const t = await start([timer('event', 'a', 'H1', 500, 'H1'), timer('event', 'a', 'H2', 500, 'H2')]);
    const [h1, h2] = await store.timers.pending(t.id);
    await store.timers.claim([h1!.id], async (batch) => {
      expect(batch.claimed.length).toBe(1);
      const seen = (await store.timers.due(at(501), 10_000)).map((d) => d.id);
      expect(seen).toContain(h2!.id);
      expect(seen).not.toContain(h1!.id);
      expect(await store.timers.claim([h1!.id, h2!.id], async (other) => other.claimed.map((c) => c.timer.id))).toEqual([h2!.id]);
    });
  });
});
