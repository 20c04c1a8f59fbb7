import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type TrajectoryState, createStore } from '../src';
import { forEachDatabase } from '@koers/testing';

const T0 = new Date('2025-01-06T09:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);

/** A state as the server derives it from the engine; the store only stores it. */
function state(steps: string[], dueDays: Array<number | null>, extra: Partial<TrajectoryState> = {}): TrajectoryState {
  const stepsDueAt = dueDays.map((d) => (d === null ? null : at(d).toISOString()));
  return {
    status: 'active', steps, stepsDueAt, waitingRoles: ['ib'], enteredAt: T0.toISOString(),
    dueAt: stepsDueAt.filter((d): d is string => d !== null).sort()[0] ?? null,
    snapshot: { value: steps[0], enteredAt: Object.fromEntries(steps.map((s) => [s, T0.toISOString()])), context: { budgets: { uren: { limit: 15, used: 2 } }, counters: { gesprekken: 1 } } },
    ...extra,
  };
}

await forEachDatabase('trajectory store', async (database) => createStore(await database.create()), (store, database) => {
  let bestuur: string;
  let schoolA: string;
  let schoolB: string;
  let user: string;

  beforeAll(async () => {
    bestuur = (await store.organisations.create({ kind: 'bestuur', name: 'Stichting Noord' })).id;
    schoolA = (await store.organisations.create({ kind: 'school', name: 'De Linde', parentId: bestuur })).id;
    schoolB = (await store.organisations.create({ kind: 'school', name: 'Het Anker' })).id;
    user = (await store.users.create({ email: 'ib@linde.nl', name: 'Ilse Bakker' })).id;
  });

  const start = async (schoolId = schoolA, s = state(['intake'], [14]), capacity?: number) => {
    const result = await store.trajectories.create({
      typeId: 'pd', typeVersion: 1, schoolId, createdBy: user, actorRoles: ['ib'], at: T0, ...s,
      ...(capacity === undefined ? {} : { capacity }),
    });
    if (result.kind !== 'created') throw new Error(`not created: ${result.kind}`);
    return result.trajectory;
  };
  const event = (type: string, extra: object = {}) => ({ type, actorId: user, actorRoles: ['ib'], at: at(1), stepsBefore: ['intake'], ...extra });

  it('publishes a type version once and refuses to publish it again', async () => {
    const bundle = { typeId: 'pd', version: 1, definition: { id: 'pd', version: 1 }, forms: [{ id: 'f' }], at: T0 };
    expect((await store.typeVersions.publish(bundle)).kind).toBe('published');
    expect(await store.typeVersions.publish({ ...bundle, definition: { changed: true } })).toEqual({ kind: 'exists' });
    await store.typeVersions.publish({ ...bundle, version: 2 });
    expect((await store.typeVersions.get('pd'))?.version).toBe(2);
    expect((await store.typeVersions.get('pd', 1))?.definition).toEqual({ id: 'pd', version: 1 });
    expect((await store.typeVersions.list()).map((v) => `${v.typeId}@${v.version}`)).toEqual(['pd@1', 'pd@2']);
  });

  it('creates a trajectory together with its start event as seq 1', async () => {
    const t = await start();
    expect(t).toMatchObject({ version: 1, status: 'active', steps: ['intake'], school: { id: schoolA, name: 'De Linde', parentId: bestuur } });
    expect(t.stepsDueAt).toEqual([at(14).toISOString()]);
    const log = await store.trajectories.events(t.id);
    expect(log).toEqual([expect.objectContaining({ seq: 1, type: '@start', stepsBefore: [], stepsAfter: ['intake'], actor: { id: user, name: 'Ilse Bakker' } })]);
  });

  it('appends an event, moves the version on and refuses a stale expected version', async () => {
    const t = await start();
    const next = state(['startgesprek'], [30]);
    expect(await store.trajectories.appendEvent(t.id, 1, next, event('INTAKE_AFRONDEN', { data: { a: 1 } }))).toEqual({ kind: 'appended', seq: 2 });
    expect(await store.trajectories.appendEvent(t.id, 1, next, event('INTAKE_AFRONDEN'))).toEqual({ kind: 'version-conflict', currentVersion: 2 });
    const now = await store.trajectories.get(t.id);
    expect(now).toMatchObject({ version: 2, steps: ['startgesprek'], lastActivityAt: at(1).toISOString() });
    expect((await store.trajectories.event(t.id, 2))).toMatchObject({ data: { a: 1 }, stepsBefore: ['intake'], stepsAfter: ['startgesprek'] });
  });

  it('lets exactly one of 32 concurrent appends with the same expected version through', async () => {
    const t = await start();
    const results = await Promise.all(Array.from({ length: 32 }, (_, i) =>
      store.trajectories.appendEvent(t.id, 1, state([`s${i}`], [null]), event(`E${i}`))));
    expect(results.filter((r) => r.kind === 'appended')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'version-conflict')).toEqual(Array(31).fill({ kind: 'version-conflict', currentVersion: 2 }));
    expect((await store.trajectories.events(t.id)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('numbers events 1..n without gap or duplicate when concurrent writers retry on conflict', async () => {
    const t = await start();
    const writers = 8;
    const each = 5;
    await Promise.all(Array.from({ length: writers }, async (_, w) => {
      for (let n = 0; n < each;) {
        const current = (await store.trajectories.get(t.id))!;
        const r = await store.trajectories.appendEvent(t.id, current.version, state([`w${w}n${n}`], [null]), event(`W${w}`));
        if (r.kind === 'appended') n++;
        else expect(r.kind).toBe('version-conflict');
      }
    }));
    const seqs = (await store.trajectories.events(t.id)).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 1 + writers * each }, (_, i) => i + 1));
    expect((await store.trajectories.get(t.id))!.version).toBe(1 + writers * each);
  });

  it('answers a retried idempotency key with the first event and writes nothing', async () => {
    const t = await start();
    const first = await store.trajectories.appendEvent(t.id, 1, state(['b'], [null]), event('GO', { idempotencyKey: 'k-1' }));
    expect(first).toEqual({ kind: 'appended', seq: 2 });
    // Retried with the stale version, and with the current one: both get the first event back.
    expect(await store.trajectories.appendEvent(t.id, 1, state(['b'], [null]), event('GO', { idempotencyKey: 'k-1' }))).toEqual({ kind: 'replayed', seq: 2 });
    expect(await store.trajectories.appendEvent(t.id, 2, state(['c'], [null]), event('GO', { idempotencyKey: 'k-1' }))).toEqual({ kind: 'replayed', seq: 2 });
    const burst = await Promise.all(Array.from({ length: 8 }, () =>
      store.trajectories.appendEvent(t.id, 2, state(['c'], [null]), event('GO', { idempotencyKey: 'k-2' }))));
    expect(burst.filter((r) => r.kind === 'appended')).toEqual([{ kind: 'appended', seq: 3 }]);
    expect(burst.filter((r) => r.kind !== 'appended')).toEqual(Array(7).fill({ kind: 'replayed', seq: 3 }));
    expect((await store.trajectories.events(t.id)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await store.trajectories.eventByKey(t.id, 'k-2'))?.seq).toBe(3);
    expect((await store.trajectories.get(t.id))!.steps).toEqual(['c']);
  });

  it('refuses an idempotency key reused with other data or another event type, and writes nothing', async () => {
    const t = await start();
    const go = (data: unknown, version = 1, type = 'GO') => store.trajectories.appendEvent(t.id, version, state(['b'], [null]), event(type, { idempotencyKey: 'k-3', data }));
    expect(await go({ a: 1, b: [1, 2] })).toEqual({ kind: 'appended', seq: 2 });
    // The same request, keys in another order: the same canonical request, replayed.
    expect(await go({ b: [1, 2], a: 1 })).toEqual({ kind: 'replayed', seq: 2 });
    expect(await go({ b: [1, 2], a: 1 }, 2)).toEqual({ kind: 'replayed', seq: 2 });
    expect(await go({ a: 2, b: [1, 2] })).toEqual({ kind: 'key-reused', seq: 2 });
    expect(await go({ a: 2, b: [1, 2] }, 2)).toEqual({ kind: 'key-reused', seq: 2 });
    expect(await go({ a: 1, b: [1, 2] }, 2, 'STOP')).toEqual({ kind: 'key-reused', seq: 2 });
    expect(await go(undefined, 2)).toEqual({ kind: 'key-reused', seq: 2 });
    expect((await store.trajectories.events(t.id)).map((e) => [e.seq, e.data])).toEqual([[1, null], [2, { a: 1, b: [1, 2] }]]);
    expect((await store.trajectories.get(t.id))!.version).toBe(2);
  });

  it('keeps a draft per form and deletes it when that form is submitted', async () => {
    const t = await start();
    await store.drafts.save({ trajectoryId: t.id, formId: 'pd-intake', data: { a: 1 }, at: T0, by: user });
    const saved = await store.drafts.save({ trajectoryId: t.id, formId: 'pd-intake', data: { a: 2 }, at: at(1), by: user });
    expect(saved).toMatchObject({ data: { a: 2 }, updatedAt: at(1).toISOString() });
    await store.drafts.save({ trajectoryId: t.id, formId: 'pd-other', data: { b: 1 }, at: T0, by: null });
    expect(await store.drafts.get(t.id, 'pd-intake')).toMatchObject({ data: { a: 2 }, updatedBy: { id: user, name: 'Ilse Bakker' } });
    // A stale submit deletes nothing.
    await store.trajectories.appendEvent(t.id, 7, state(['x'], [null]), event('INTAKE_AFRONDEN', { submittedForm: 'pd-intake' }));
    expect((await store.drafts.list(t.id)).map((d) => d.formId)).toEqual(['pd-intake', 'pd-other']);
    await store.trajectories.appendEvent(t.id, 1, state(['x'], [null]), event('INTAKE_AFRONDEN', { submittedForm: 'pd-intake' }));
    expect((await store.drafts.list(t.id)).map((d) => d.formId)).toEqual(['pd-other']);
  });

  it('saves a draft only over the version the writer saw: one winner when two save at once', async () => {
    const t = await start();
    const input = (data: object, ms: number) => ({ trajectoryId: t.id, formId: 'pd-intake', data, at: at(ms), by: user });
    const first = await store.drafts.saveIf(input({ a: 1 }, 1), null);
    expect(first).toMatchObject({ kind: 'saved', draft: { data: { a: 1 }, updatedAt: at(1).toISOString() } });
    // Someone who also saw no draft is too late now.
    expect(await store.drafts.saveIf(input({ b: 1 }, 2), null)).toMatchObject({ kind: 'conflict', current: { data: { a: 1 } } });
    // Two people who both saw the first version save at once: exactly one wins, the other gets the winner's draft.
    const race = await Promise.all([store.drafts.saveIf(input({ a: 2 }, 3), at(1).toISOString()), store.drafts.saveIf(input({ a: 3 }, 4), at(1).toISOString())]);
    expect(race.filter((r) => r.kind === 'saved')).toHaveLength(1);
    const winner = race.find((r) => r.kind === 'saved')!;
    expect(race.find((r) => r.kind === 'conflict')).toMatchObject({ current: { data: winner.kind === 'saved' ? winner.draft.data : null } });
    // A submit removed the draft: a save over the old version is a conflict, not a resurrection.
    await store.drafts.delete(t.id, 'pd-intake');
    expect(await store.drafts.saveIf(input({ a: 9 }, 5), at(3).toISOString())).toEqual({ kind: 'conflict', current: undefined });
    expect(await store.drafts.get(t.id, 'pd-intake')).toBeUndefined();
  });

  it('refuses a start when the type is full ("vol = vol"), also when starts race', async () => {
    const full = state(['intake'], [14]);
    const typeId = `cap-${database.name}`;
    const create = () => store.trajectories.create({ typeId, typeVersion: 1, schoolId: schoolB, createdBy: null, actorRoles: [], at: T0, capacity: 3, ...full });
    const results = await Promise.all(Array.from({ length: 8 }, create));
    expect(results.filter((r) => r.kind === 'created')).toHaveLength(3);
    expect(results.filter((r) => r.kind === 'capacity-full')).toEqual(Array(5).fill({ kind: 'capacity-full', active: 3 }));
    expect(await store.trajectories.countActive(typeId)).toBe(3);
  });

  it('answers nothing for unknown or malformed ids', async () => {
    expect(await store.trajectories.get('not-a-uuid')).toBeUndefined();
    expect(await store.trajectories.get('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(await store.trajectories.appendEvent('nope', 1, state(['a'], [null]), event('X'))).toEqual({ kind: 'not-found' });
    expect(await store.trajectories.appendEvent('00000000-0000-0000-0000-000000000000', 1, state(['a'], [null]), event('X'))).toEqual({ kind: 'not-found' });
    expect(await store.trajectories.events('nope')).toEqual([]);
  });

  describe('the coach overview', () => {
    beforeAll(async () => {
      const mk = (schoolId: string, s: TrajectoryState, typeVersion = 1) => store.trajectories.create({
        typeId: 'ov', typeVersion, schoolId, createdBy: null, actorRoles: [], at: T0, ...s,
      });
      await mk(schoolA, state(['intake'], [14]));
      await mk(schoolA, state(['intake'], [3]));
      await mk(schoolB, state(['uitvoering.a', 'uitvoering.b'], [5, 60]));
      await mk(schoolB, state(['afgerond'], [null], { status: 'done' }));
      // Version 2 of the type, published later: one school started on it; the others keep version 1.
      await mk(schoolA, state(['intake'], [3]), 2);
    });

    it('counts trajectories per step and those past their due time', async () => {
      const counts = await store.overview.counts({ typeId: 'ov', version: 1, scope: { all: true } }, at(10));
      expect(counts).toEqual([
        { version: 1, step: 'afgerond', count: 1, overdue: 0 },
        { version: 1, step: 'intake', count: 2, overdue: 1 },
        { version: 1, step: 'uitvoering.a', count: 1, overdue: 1 },
        { version: 1, step: 'uitvoering.b', count: 1, overdue: 0 },
      ]);
    });

    it('counts every version of a type without a version, and says per version how many run and finished', async () => {
      const counts = await store.overview.counts({ typeId: 'ov', scope: { all: true } }, at(10));
      expect(counts.filter((c) => c.step === 'intake')).toEqual([{ version: 1, step: 'intake', count: 2, overdue: 1 }, { version: 2, step: 'intake', count: 1, overdue: 1 }]);
      expect(await store.overview.versions({ typeId: 'ov', scope: { all: true } })).toEqual([{ version: 1, active: 3, done: 1 }, { version: 2, active: 1, done: 0 }]);
      expect(await store.overview.versions({ typeId: 'ov', scope: { organisationIds: [schoolB] } })).toEqual([{ version: 1, active: 1, done: 1 }]);
      const all = await store.overview.list({ typeId: 'ov', scope: { all: true } });
      expect(all.map((i) => [i.school.name, i.typeId, i.typeVersion]).sort()).toEqual([['De Linde', 'ov', 1], ['De Linde', 'ov', 1], ['De Linde', 'ov', 2], ['Het Anker', 'ov', 1]]);
    });

    it('counts only the schools in scope: a school, or every school of a bestuur', async () => {
      const viaBestuur = await store.overview.counts({ typeId: 'ov', version: 1, scope: { organisationIds: [bestuur] } }, at(10));
      expect(viaBestuur).toEqual([{ version: 1, step: 'intake', count: 2, overdue: 1 }]);
      const viaSchool = await store.overview.counts({ typeId: 'ov', version: 1, scope: { organisationIds: [schoolB] } }, at(0));
      expect(viaSchool.map((c) => c.step)).toEqual(['afgerond', 'uitvoering.a', 'uitvoering.b']);
      expect(await store.overview.counts({ typeId: 'ov', version: 1, scope: { organisationIds: [] } }, at(0))).toEqual([]);
    });

    it('lists active trajectories by school with steps, due times and budgets from the snapshot', async () => {
      const list = await store.overview.list({ typeId: 'ov', version: 1, scope: { all: true } });
      expect(list.map((i) => i.school.name)).toEqual(['De Linde', 'De Linde', 'Het Anker']);
      expect(list[2]).toMatchObject({
        steps: ['uitvoering.a', 'uitvoering.b'], stepsDueAt: [at(5).toISOString(), at(60).toISOString()], dueAt: at(5).toISOString(),
        stepsEnteredAt: { 'uitvoering.a': T0.toISOString(), 'uitvoering.b': T0.toISOString() },
        budgets: { uren: { limit: 15, used: 2 } }, counters: { gesprekken: 1 }, waitingRoles: ['ib'],
      });
      expect(await store.overview.list({ typeId: 'ov', version: 1, scope: { all: true }, status: 'done' })).toHaveLength(1);
    });

    it('keeps the counts over every school equal to a recount while trajectories move, split, finish and go', async () => {
      const mk = async (schoolId: string, s: TrajectoryState) => {
        const made = await store.trajectories.create({ typeId: 'tel', typeVersion: 1, schoolId, createdBy: null, actorRoles: [], at: T0, ...s });
        if (made.kind !== 'created') throw new Error(made.kind);
        return made.trajectory.id;
      };
      const everywhere = () => store.overview.counts({ typeId: 'tel', scope: { all: true } }, at(10));
      // The same question over every organisation takes the other road: counted from the trajectories themselves.
      const recount = () => store.overview.counts({ typeId: 'tel', scope: { organisationIds: [bestuur, schoolB] } }, at(10));
      const a = await mk(schoolA, state(['intake'], [3]));
      const b = await mk(schoolB, state(['intake'], [30]));
      const c = await mk(schoolB, state(['intake'], [null]));
      expect(await everywhere()).toEqual([{ version: 1, step: 'intake', count: 3, overdue: 1 }]);
      await store.trajectories.appendEvent(a, 1, state(['uitvoering.a', 'uitvoering.b'], [5, 60]), event('SPLIT'));
      await store.trajectories.appendEvent(b, 1, state(['intake'], [8]), event('NOTITIE'));
      await store.trajectories.appendEvent(c, 1, state(['afgerond'], [null], { status: 'done' }), event('KLAAR'));
      await store.trajectories.appendEvent(b, 2, state(['intake'], [2]), event('NOTITIE'));
      expect(await everywhere()).toEqual(await recount());
      expect(await everywhere()).toEqual([
        { version: 1, step: 'afgerond', count: 1, overdue: 0 }, { version: 1, step: 'intake', count: 1, overdue: 1 },
        { version: 1, step: 'uitvoering.a', count: 1, overdue: 1 }, { version: 1, step: 'uitvoering.b', count: 1, overdue: 0 },
      ]);
      expect(await store.overview.versions({ typeId: 'tel', scope: { all: true } })).toEqual([{ version: 1, active: 2, done: 1 }]);
      // A refused append (stale version) changes no count.
      await store.trajectories.appendEvent(a, 1, state(['afgerond'], [null], { status: 'done' }), event('KLAAR'));
      await store.connection.db.execute(sql`delete from trajectories where id = ${c}::uuid`);
      expect(await everywhere()).toEqual(await recount());
      expect(await store.overview.versions({ typeId: 'tel', scope: { all: true } })).toEqual([{ version: 1, active: 2, done: 0 }]);
    });

    it('counts 32 trajectories moved at once exactly, with no deadlock between opposite moves', async () => {
      const ids = await Promise.all(Array.from({ length: 32 }, async (_, i) => {
        const made = await store.trajectories.create({ typeId: 'race', typeVersion: 1, schoolId: i % 2 ? schoolA : schoolB, createdBy: null, actorRoles: [], at: T0, ...state([i % 2 ? 'x' : 'y'], [null]) });
        if (made.kind !== 'created') throw new Error(made.kind);
        return { id: made.trajectory.id, from: i % 2 ? 'x' : 'y' };
      }));
      const moved = await Promise.all(ids.map(({ id, from }) => store.trajectories.appendEvent(id, 1, state([from === 'x' ? 'y' : 'x'], [null]), event('WISSEL'))));
      expect(moved.every((m) => m.kind === 'appended')).toBe(true);
      expect(await store.overview.counts({ typeId: 'race', scope: { all: true } }, at(0))).toEqual([
        { version: 1, step: 'x', count: 16, overdue: 0 }, { version: 1, step: 'y', count: 16, overdue: 0 },
      ]);
    });

    it('lists trajectories in scope with filters', async () => {
      const mine = await store.trajectories.list({ scope: { organisationIds: [schoolB] }, typeId: 'ov' });
      expect(mine.map((t) => t.school.name)).toEqual(['Het Anker', 'Het Anker']);
      expect(await store.trajectories.list({ scope: { organisationIds: [schoolB] }, typeId: 'ov', status: 'done' })).toHaveLength(1);
      expect(await store.trajectories.list({ scope: { all: true }, schoolId: 'bad' })).toEqual([]);
    });
  });
});
