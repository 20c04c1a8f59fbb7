import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, checkAttendance, groupFacts, handlesEvent, send, simplePaths, start } from '../src';
import { fixtureDefinition, rejection } from './helpers';

const def = fixtureDefinition('kring', 'test/fixtures/groups');
const spec = def.definition.groups!;
const T0 = '2026-09-01T08:00:00.000Z';
const at = (day: number) => `2026-09-${String(day).padStart(2, '0')}T08:00:00.000Z`;
const schoolleider = (day: number) => ({ actor: { id: 'u1', roles: ['schoolleider'] }, now: at(day) });
const system = (day: number, facts?: Record<string, unknown>) => ({ actor: SYSTEM_ACTOR, now: at(day), ...(facts ? { facts: facts as never } : {}) });

const registered = send(def, start(def, { now: T0 }).snapshot, { type: 'AANMELDEN' }, schoolleider(2)).snapshot;
const joined = send(def, registered, { type: 'INGEDEELD', data: { group: { id: 'g1', name: 'Kring Noord' } } }, system(3)).snapshot;
const working = send(def, joined, { type: 'STARTDAG_GEHOUDEN', data: { meetingId: 'm1', heldOn: '2026-09-04', present: [] } }, system(4)).snapshot;

const facts = (present: Array<{ name: string; role: string }>) => ({
  group: groupFacts(spec, { id: 'g1', name: 'Kring Noord', programmeYear: '2026-2027', size: 2 }, [{ kind: 'bijeenkomst', heldOn: '2026-10-01', present }]),
});

describe('groups in the engine', () => {
  it('lets the system place a trajectory in a group while it is in the join step', () => {
    expect(joined.value).toBe('startdag');
    expect(working.value).toBe('werken');
  });

  it('refuses the join event from a person, saying the system sends it', () => {
    const refused = rejection(() => send(def, registered, { type: 'INGEDEELD' }, { actor: { roles: ['procesbegeleider'] }, now: at(3) }));
    expect(refused.reason).toBe('role-forbidden');
    expect(refused.messageText.nl).toMatch(/systeem zelf/);
  });

  it('refuses a group event in a step that does not accept it, also from the system', () => {
    expect(rejection(() => send(def, registered, { type: 'STARTDAG_GEHOUDEN' }, system(3))).reason).toBe('not-in-step');
  });

  it('tells whether the current steps accept a group event', () => {
    expect(handlesEvent(def, ['indeling'], 'INGEDEELD')).toBe(true);
    expect(handlesEvent(def, ['werken'], 'INGEDEELD')).toBe(false);
    expect(handlesEvent(def, ['werken'], 'BIJEENKOMST_GEHOUDEN')).toBe(true);
  });

  it('reads the group facts in a guard: complete attendance lets the school finish', () => {
    const incomplete = facts([{ name: 'An', role: 'schoolleider' }]);
    expect(rejection(() => send(def, working, { type: 'AFRONDEN' }, { ...schoolleider(20), facts: incomplete })).reason).toBe('guard-false');
    const complete = facts([{ name: 'An', role: 'schoolleider' }, { name: 'Bo', role: 'werkgroep' }]);
    expect(send(def, working, { type: 'AFRONDEN' }, { ...schoolleider(20), facts: complete }).snapshot.value).toBe('klaar');
  });

  it('treats absent facts as null in guards, so a guard on them does not hold', () => {
    expect(rejection(() => send(def, working, { type: 'AFRONDEN' }, schoolleider(20))).reason).toBe('guard-false');
  });

  it('lets path analysis take group events like timers, sent by the system', () => {
    const paths = simplePaths(def);
    const types = new Set(paths.flatMap((p) => p.steps.map((s) => s.event)));
    expect(types.has('INGEDEELD')).toBe(true);
    expect(types.has('STARTDAG_GEHOUDEN')).toBe(true);
  });
});

describe('group facts', () => {
  it('counts held, attended and complete meetings per kind, with the last date', () => {
    const g = groupFacts(spec, { id: 'g1', name: 'Kring Noord', programmeYear: '2026-2027', size: 3 }, [
      { kind: 'bijeenkomst', heldOn: '2026-10-01', present: [{ name: 'An', role: 'schoolleider' }, { name: 'Bo', role: 'werkgroep' }] },
      { kind: 'bijeenkomst', heldOn: '2026-11-05', present: [{ name: 'Bo', role: 'werkgroep' }] },
      { kind: 'bijeenkomst', heldOn: '2026-12-03', present: [] },
      { kind: 'startdag', heldOn: '2026-09-04' },
    ]);
    expect(g).toEqual({
      id: 'g1', name: 'Kring Noord', programmeYear: '2026-2027', size: 3,
      meetings: {
        startdag: { held: 1, attended: 0, complete: 0, last: '2026-09-04' },
        bijeenkomst: { held: 3, attended: 2, complete: 1, last: '2026-12-03' },
        verplicht: { held: 0, attended: 0, complete: 0, last: null },
      },
    });
  });
});

describe('attendance rules', () => {
  const rule = spec.meetings!.bijeenkomst!.attendance;
  const titles = (role: string) => def.definition.roles[role]!.title;

  it('holds with two representatives including the school leader', () => {
    expect(checkAttendance(rule, [{ name: 'An', role: 'schoolleider' }, { name: 'Bo', role: 'werkgroep' }]).holds).toBe(true);
  });

  it('says what is missing: too few people and no school leader', () => {
    const check = checkAttendance(rule, [{ name: 'Bo', role: 'werkgroep' }], titles);
    expect(check).toMatchObject({ holds: false, count: 1, missingRoles: ['schoolleider'] });
    expect(check.message!.nl).toBe('Minstens twee vertegenwoordigers, onder wie de schoolleider. (1 vertegenwoordiger aanwezig, minstens 2 nodig; geen schoolleider aanwezig)');
    expect(check.message!.en).toMatch(/no school leader present/);
  });

  it('holds for anyone without a rule', () => {
    expect(checkAttendance(undefined, []).holds).toBe(true);
  });
});
