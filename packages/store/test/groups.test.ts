import { beforeAll, describe, expect, it } from 'vitest';
import { type Store, type TrajectoryState, createStore } from '../src';
import { forEachDatabase } from '@koers/testing';

const T0 = new Date('2026-09-01T09:00:00.000Z');
const state = (step: string): TrajectoryState => ({
  status: 'active', steps: [step], stepsDueAt: [null], waitingRoles: [], enteredAt: T0.toISOString(), dueAt: null,
  snapshot: { value: step, context: {} },
});

await forEachDatabase('group store', async (database) => createStore(await database.create()), (store: Store) => {
  let coach: string;
  const schools: string[] = [];

  beforeAll(async () => {
    coach = (await store.users.create({ email: 'pb@vl.nl', name: 'Petra Begeleider' })).id;
    for (let i = 0; i < 8; i++) schools.push((await store.organisations.create({ kind: 'school', name: `School ${i + 1}` })).id);
  });

  const trajectory = async (schoolId: string) => {
    const r = await store.trajectories.create({ typeId: 'kring', typeVersion: 1, schoolId, createdBy: coach, actorRoles: [], at: T0, ...state('indeling') });
    if (r.kind !== 'created') throw new Error(r.kind);
    return r.trajectory;
  };
  /** The join: the trajectory's event appended in the group's transaction. */
  const joinOf = (t: { id: string; version: number }) => async (run: Parameters<Parameters<typeof store.groups.addMember>[0]['join']>[0]) =>
    (await store.trajectories.appendEvent(t.id, t.version, state('startdag'), {
      type: 'INGEDEELD', actorId: null, actorRoles: [], at: T0, stepsBefore: ['indeling'], data: { group: { id: 'g' } },
    }, run)).kind === 'appended';

  it('forms groups up to the per-year capacity, also when many are formed at once', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => store.groups.create({
      typeId: 'kring', name: `Kring ${i}`, programmeYear: '2026-2027', createdBy: coach, leadUserIds: [coach], at: T0, perYear: 2,
    })));
    expect(results.filter((r) => r.kind === 'created')).toHaveLength(2);
    expect(results.filter((r) => r.kind === 'capacity-full')).toEqual([{ kind: 'capacity-full', count: 2 }, { kind: 'capacity-full', count: 2 }, { kind: 'capacity-full', count: 2 }]);
    expect(await store.groups.list({ typeId: 'kring', programmeYear: '2026-2027' })).toHaveLength(2);
    expect(await store.groups.list({ typeId: 'kring', programmeYear: '2027-2028' })).toHaveLength(0);
    expect(await store.groups.list({ leadUserId: coach })).toHaveLength(2);
  });

  it('keeps a group at its maximum when more schools register for it at once, with each member\'s join event', async () => {
    const created = await store.groups.create({ typeId: 'race', name: 'Race', programmeYear: '2026-2027', createdBy: coach, leadUserIds: [coach], at: T0 });
    if (created.kind !== 'created') throw new Error(created.kind);
    const group = created.group;
    const ts = await Promise.all(schools.map(trajectory));
    const results = await Promise.all(ts.map((t) => store.groups.addMember({
      groupId: group.id, trajectoryId: t.id, schoolId: t.school.id, by: coach, at: T0, max: 3, join: joinOf(t),
    })));
    expect(results.filter((r) => r.kind === 'added')).toHaveLength(3);
    expect(results.filter((r) => r.kind === 'full')).toHaveLength(5);
    expect((await store.groups.get(group.id))!.size).toBe(3);
    const members = await store.groups.members(group.id);
    expect(members).toHaveLength(3);
    for (const m of members) {
      expect((await store.trajectories.events(m.trajectoryId)).map((e) => e.type)).toEqual(['@start', 'INGEDEELD']);
    }
    // The schools that did not get a place have no event and no membership.
    const outside = ts.filter((t) => !members.some((m) => m.trajectoryId === t.id));
    for (const t of outside) {
      expect((await store.trajectories.events(t.id)).map((e) => e.type)).toEqual(['@start']);
      expect(await store.groups.ofTrajectory(t.id)).toBeUndefined();
    }
  });

  it('refuses a trajectory already in a group, and writes nothing when its join event finds it moved on', async () => {
    const g = await store.groups.create({ typeId: 'twee', name: 'Twee', programmeYear: '2026-2027', createdBy: coach, leadUserIds: [], at: T0 });
    if (g.kind !== 'created') throw new Error(g.kind);
    const t = await trajectory(schools[0]!);
    const add = (join = joinOf(t)) => store.groups.addMember({ groupId: g.group.id, trajectoryId: t.id, schoolId: t.school.id, by: coach, at: T0, join });
    expect(await add(async () => false)).toEqual({ kind: 'version-conflict' });
    expect(await store.groups.members(g.group.id)).toEqual([]);
    expect(await add()).toEqual({ kind: 'added' });
    expect(await add()).toEqual({ kind: 'already-member', groupId: g.group.id, same: true });
    expect((await store.groups.ofTrajectory(t.id))!.id).toBe(g.group.id);
    expect(await store.groups.removeMember(g.group.id, t.id)).toBe(true);
    expect(await store.groups.removeMember(g.group.id, t.id)).toBe(false);
  });

  describe('meetings', () => {
    it('records a meeting once with attendance and flags, and answers a retry with the same key with the first meeting', async () => {
      const g = await store.groups.create({ typeId: 'kring', name: 'Bijeen', programmeYear: '2025-2026', createdBy: coach, leadUserIds: [coach], at: T0 });
      if (g.kind !== 'created') throw new Error(g.kind);
      const [a, b] = [await trajectory(schools[1]!), await trajectory(schools[2]!)];
      for (const t of [a, b]) await store.groups.addMember({ groupId: g.group.id, trajectoryId: t.id, schoolId: t.school.id, by: coach, at: T0, join: async () => true });
      const input = {
        groupId: g.group.id, kind: 'bijeenkomst', heldOn: '2026-10-01', data: { verslag: 'Goed' }, by: coach, at: T0, idempotencyKey: 'k1',
        attendance: [
          { trajectoryId: a.id, schoolId: a.school.id, present: [{ name: 'An', role: 'schoolleider' }, { name: 'Bo', role: 'werkgroep' }] },
          { trajectoryId: b.id, schoolId: b.school.id, present: [{ name: 'Cas', role: 'werkgroep' }] },
        ],
        flags: [{ trajectoryId: b.id, code: 'bijeenkomst', message: { nl: 'Te weinig', en: 'Too few' } }],
        events: async () => true,
      };
      const first = await store.groups.recordMeeting(input);
      expect(first.kind).toBe('recorded');
      expect(await store.groups.recordMeeting(input)).toEqual({ kind: 'replayed', meetingId: (first as { meetingId: string }).meetingId });
      const meetings = await store.groups.meetings(g.group.id);
      expect(meetings).toHaveLength(1);
      expect(meetings[0]).toMatchObject({ kind: 'bijeenkomst', heldOn: '2026-10-01', data: { verslag: 'Goed' }, recordedBy: { id: coach, name: 'Petra Begeleider' } });
      expect(meetings[0]!.attendance.find((x) => x.trajectoryId === b.id)!.present).toEqual([{ name: 'Cas', role: 'werkgroep' }]);
    });

    it('writes nothing of a meeting when a member event finds its trajectory moved on', async () => {
      const g = await store.groups.create({ typeId: 'kring', name: 'Leeg', programmeYear: '2024-2025', createdBy: coach, leadUserIds: [], at: T0 });
      if (g.kind !== 'created') throw new Error(g.kind);
      const t = await trajectory(schools[3]!);
      await store.groups.addMember({ groupId: g.group.id, trajectoryId: t.id, schoolId: t.school.id, by: coach, at: T0, join: async () => true });
      const result = await store.groups.recordMeeting({
        groupId: g.group.id, kind: 'bijeenkomst', heldOn: '2026-10-01', data: null, by: coach, at: T0, idempotencyKey: null,
        attendance: [{ trajectoryId: t.id, schoolId: t.school.id, present: [] }],
        flags: [{ trajectoryId: t.id, code: 'bijeenkomst', message: { nl: 'x', en: 'x' } }],
        events: async () => false,
      });
      expect(result).toEqual({ kind: 'version-conflict' });
      expect(await store.groups.meetings(g.group.id)).toEqual([]);
    });
  });
});
