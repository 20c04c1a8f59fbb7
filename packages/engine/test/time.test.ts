import { describe, expect, it } from 'vitest';
import {
  SYSTEM_ACTOR, activeTimers, describe as describeTrajectory, resolveTime, schedule, schoolCalendar, send, simplePaths, start,
  timeWords,
} from '../src';
import { rejection, variant } from './helpers';

const T0 = '2026-09-01T08:00:00.000Z';
const casemanager = { id: 'u1', roles: ['casemanager'] };

/** mini with a half-year timer, a deadline before the autumn holiday and reminders on `uitvoering`. */
function timed(change: (uitvoering: Record<string, any>) => void = () => {}) {
  const bundle = variant((d) => {
    const u = d.machine.states.uitvoering;
    u.on.HALFJAAR_VERSTREKEN = { target: 'klaar' };
    u.meta.timers = { HALFJAAR_VERSTREKEN: { label: { nl: 'Half jaar verstreken', en: 'Six months passed' }, after: 'P6M' } };
    u.meta.deadline = { at: 'voor-herfstvakantie' };
    u.meta.reminders = { before: ['P7D'], onDue: true, overdueEvery: 'P7D', escalate: { after: 'P14D', to: ['casemanager'] } };
    change(u);
  });
  if (bundle.problems.length > 0) throw new Error(JSON.stringify(bundle.problems, null, 2));
  return bundle.definitions[0]!;
}

function inUitvoering(def = timed(), calendar?: ReturnType<typeof schoolCalendar>) {
  const s0 = start(def, { now: T0 }).snapshot;
  return send(def, s0, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 2 } },
    { actor: casemanager, now: '2026-09-02T08:00:00.000Z', ...(calendar ? { calendar } : {}) });
}

describe('resolving moments', () => {
  const ctx = { enteredAt: '2026-09-02T08:00:00.000Z', startedAt: T0, dates: { startgesprek: '2026-09-10T12:00:00.000Z' } };
  it('counts from the step, the start or a recorded date, and waits for a date not recorded yet', () => {
    expect(resolveTime({ after: 'P6M' }, ctx)).toBe('2027-03-02T09:00:00.000Z'); // 10:00 in Amsterdam both times
    expect(resolveTime({ from: 'start', after: 'P1M' }, ctx)).toBe('2026-10-01T08:00:00.000Z');
    expect(resolveTime({ from: 'startgesprek', after: 'P18M' }, ctx)).toBe('2028-03-10T13:00:00.000Z');
    expect(resolveTime({ from: 'eindgesprek', after: 'P1M' }, ctx)).toBeUndefined();
  });
  it('takes the first anchor at or after the base, in the school region (midden without a calendar)', () => {
    expect(resolveTime({ at: 'voor-herfstvakantie' }, ctx)).toBe('2026-10-16T22:00:00.000Z');
    expect(resolveTime({ at: 'voor-herfstvakantie' }, { ...ctx, calendar: schoolCalendar('noord') })).toBe('2026-10-09T22:00:00.000Z');
    expect(resolveTime({ after: 'P2M', at: 'voor-herfstvakantie' }, ctx)).toBe('2027-10-15T22:00:00.000Z');
  });
  it('says a moment in words', () => {
    expect(timeWords({ after: 'P6M' })).toEqual({ nl: 'na 6 maanden', en: 'after 6 months' });
    expect(timeWords({ from: 'startgesprek', after: 'P18M' }, { startgesprek: { title: { nl: 'Startgesprek', en: 'Start meeting' } } }))
      .toEqual({ nl: '18 maanden na startgesprek', en: '18 months after start meeting' });
    expect(timeWords({ at: 'voor-herfstvakantie' }).nl).toBe('voor de herfstvakantie');
  });
});

describe('due dates', () => {
  it('come from the deadline, and move off a holiday to the next school day with a calendar', () => {
    expect(inUitvoering().steps[0]).toMatchObject({ path: 'uitvoering', dueAt: '2026-10-16T22:00:00.000Z' });
    const def = timed((u) => { delete u.meta.deadline; u.meta.expectedDuration = 'P7W'; });
    // 7 weeks from 2 September is 21 October: in the autumn holiday of midden, so due Monday 26 October.
    expect(inUitvoering(def).steps[0]!.dueAt).toBe('2026-10-21T08:00:00.000Z');
    expect(inUitvoering(def, schoolCalendar('midden')).steps[0]!.dueAt).toBe('2026-10-25T23:00:00.000Z');
    const keep = timed((u) => { delete u.meta.deadline; u.meta.expectedDuration = 'P7W'; });
    keep.definition.calendar = { holidayDue: 'keep' };
    expect(describeTrajectory(keep, inUitvoering(keep).snapshot, { calendar: schoolCalendar('midden') }).steps[0]!.dueAt)
      .toBe('2026-10-21T08:00:00.000Z');
  });
});

describe('timer events', () => {
  it('are sent by the system actor and lead on like any event', () => {
    const def = timed();
    const { snapshot } = inUitvoering(def);
    expect(activeTimers(def, snapshot)).toEqual([
      { type: 'HALFJAAR_VERSTREKEN', step: 'uitvoering', label: { nl: 'Half jaar verstreken', en: 'Six months passed' }, dueAt: '2027-03-02T09:00:00.000Z' },
    ]);
    const fired = send(def, snapshot, { type: 'HALFJAAR_VERSTREKEN' }, { actor: SYSTEM_ACTOR, now: '2027-03-02T08:00:00.000Z' });
    expect(fired.snapshot.value).toBe('klaar');
  });
  it('are refused from people, and the system may send nothing else', () => {
    const def = timed();
    const { snapshot } = inUitvoering(def);
    expect(rejection(() => send(def, snapshot, { type: 'HALFJAAR_VERSTREKEN' }, { actor: { roles: ['schoolleider'] }, now: T0 })).reason)
      .toBe('role-forbidden');
    expect(rejection(() => send(def, snapshot, { type: 'RONDE_KLAAR' }, { actor: SYSTEM_ACTOR, now: T0 })).reason).toBe('role-forbidden');
    const s0 = start(def, { now: T0 }).snapshot;
    expect(rejection(() => send(def, s0, { type: 'HALFJAAR_VERSTREKEN' }, { actor: SYSTEM_ACTOR, now: T0 })).reason).toBe('not-in-step');
  });
  it('may also be sent by people when the step lists the event in meta.events', () => {
    const def = timed((u) => {
      u.meta.events.HALFJAAR_VERSTREKEN = { label: { nl: 'Nu evalueren', en: 'Evaluate now' }, roles: ['schoolleider'] };
    });
    const { snapshot } = inUitvoering(def);
    expect(send(def, snapshot, { type: 'HALFJAAR_VERSTREKEN' }, { actor: { roles: ['schoolleider'] }, now: T0 }).snapshot.value).toBe('klaar');
  });
});

describe('schedule', () => {
  it('lists the timers and reminders of the active steps with stable keys', () => {
    const def = timed();
    const { snapshot } = inUitvoering(def);
    const items = schedule(def, snapshot, { now: '2026-09-03T08:00:00.000Z', calendar: schoolCalendar('midden') });
    expect(items.map((i) => i.key)).toEqual([
      'reminder:uitvoering:before-P7D:2026-10-09T22:00:00.000Z',
      'reminder:uitvoering:due:2026-10-16T22:00:00.000Z',
      'reminder:uitvoering:overdue:2026-10-23T22:00:00.000Z',
      'escalation:uitvoering:escalate:2026-10-30T23:00:00.000Z',
      'event:uitvoering:HALFJAAR_VERSTREKEN:2027-03-02T09:00:00.000Z',
    ]);
    expect(items[0]!.detail).toMatchObject({ roles: ['schoolleider'], dueAt: '2026-10-16T22:00:00.000Z', title: { nl: 'Uitvoering' } });
    expect(items[3]!.detail).toMatchObject({ roles: ['casemanager'] });
    expect(items[4]).toMatchObject({ kind: 'event', event: 'HALFJAAR_VERSTREKEN', step: 'uitvoering' });
  });
  it('keeps the last weekly overdue reminder at or before now and the next one after it', () => {
    const def = timed();
    const { snapshot } = inUitvoering(def);
    const overdue = schedule(def, snapshot, { now: '2026-11-08T12:00:00.000Z' }).filter((i) => i.key.includes(':overdue:'));
    expect(overdue.map((i) => i.dueAt)).toEqual(['2026-11-06T23:00:00.000Z', '2026-11-13T23:00:00.000Z']);
  });
  it('has nothing for a finished trajectory', () => {
    const def = timed();
    const fired = send(def, inUitvoering(def).snapshot, { type: 'HALFJAAR_VERSTREKEN' }, { actor: SYSTEM_ACTOR, now: '2027-03-02T08:00:00.000Z' });
    expect(schedule(def, fired.snapshot, { now: '2027-03-02T08:00:00.000Z' })).toEqual([]);
  });
});

describe('paths', () => {
  it('take a timer like any event, sent by the system', () => {
    const paths = simplePaths(timed());
    const viaTimer = paths.find((p) => p.steps.some((s) => s.event === 'HALFJAAR_VERSTREKEN'));
    expect(viaTimer).toMatchObject({ done: true, end: ['klaar'] });
    expect(viaTimer!.steps.at(-1)).toMatchObject({ event: 'HALFJAAR_VERSTREKEN', role: 'systeem', system: true, from: ['uitvoering'], to: ['klaar'] });
    // Without the timer the same definition has no such path: the walk found it through the timer alone.
    expect(simplePaths(timed((u) => { delete u.meta.timers; delete u.on.HALFJAAR_VERSTREKEN; }))
      .some((p) => p.steps.some((s) => s.event === 'HALFJAAR_VERSTREKEN'))).toBe(false);
  });
});
