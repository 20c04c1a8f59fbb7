import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, activeTimers, loadBundle, send, start } from '../src';

const L = (nl: string) => ({ nl, en: nl });
const definition = {
  id: 'jaar', version: 1, title: L('Jaar'), description: L('Een jaar met rondes.'),
  roles: { schoolleider: { title: L('Schoolleider') } },
  machine: {
    id: 'jaar', initial: 'jaar',
    states: {
      jaar: {
        initial: 'ronde',
        meta: { title: L('Schooljaar'), timers: { JAAR_OM: { label: L('Jaar om'), from: 'start', after: 'P1Y' }, HALFJAAR: { label: L('Half jaar'), after: 'P6M' } } },
        on: { JAAR_OM: 'klaar', HALFJAAR: '.evaluatie' },
        states: {
          ronde: {
            meta: { title: L('Ronde'), roles: ['schoolleider'], events: { VOLGENDE: { label: L('Volgende'), roles: ['schoolleider'] } } },
            on: { VOLGENDE: 'ronde2' },
          },
          ronde2: {
            meta: { title: L('Ronde 2'), roles: ['schoolleider'], events: { KLAAR: { label: L('Klaar'), roles: ['schoolleider'] } } },
            on: { KLAAR: 'ronde' },
          },
          evaluatie: { meta: { title: L('Evaluatie'), roles: ['schoolleider'], events: { KLAAR: { label: L('Klaar'), roles: ['schoolleider'] } } }, on: { KLAAR: 'ronde' } },
        },
      },
      klaar: { type: 'final', meta: { title: L('Klaar') } },
    },
  },
};

describe('a timer on a compound step', () => {
  it('counts from entering that step, not from the step inside it, and fires from any step inside', () => {
    const bundle = loadBundle([{ file: 'workflows/jaar.json', text: JSON.stringify(definition) }]);
    expect(bundle.problems).toEqual([]);
    const def = bundle.definitions[0]!;
    const s0 = start(def, { now: '2026-09-01T08:00:00.000Z' }).snapshot;
    const s1 = send(def, s0, { type: 'VOLGENDE' }, { actor: { roles: ['schoolleider'] }, now: '2026-11-01T09:00:00.000Z' }).snapshot;
    expect(s1.value).toEqual({ jaar: 'ronde2' });
    expect(activeTimers(def, s1).map((t) => [t.type, t.step, t.dueAt])).toEqual([
      ['JAAR_OM', 'jaar', '2027-09-01T08:00:00.000Z'],
      ['HALFJAAR', 'jaar', '2027-03-01T09:00:00.000Z'],
    ]);
    const s2 = send(def, s1, { type: 'HALFJAAR' }, { actor: SYSTEM_ACTOR, now: '2027-03-01T09:00:00.000Z' }).snapshot;
    expect(s2.value).toEqual({ jaar: 'evaluatie' });
    // Moving inside the compound step does not restart its timers.
    expect(activeTimers(def, s2).find((t) => t.type === 'HALFJAAR')!.dueAt).toBe('2027-03-01T09:00:00.000Z');
    expect(send(def, s2, { type: 'JAAR_OM' }, { actor: SYSTEM_ACTOR, now: '2027-09-01T08:00:00.000Z' }).snapshot.status).toBe('done');
  });
});

describe('due dates and reminders on a compound step', () => {
  it('are refused with a pointer: only the steps inside have a due date', () => {
    const changed = structuredClone(definition) as any;
    changed.machine.states.jaar.meta.deadline = { after: 'P1M' };
    changed.machine.states.jaar.meta.roles = ['schoolleider'];
    const bundle = loadBundle([{ file: 'workflows/jaar.json', text: JSON.stringify(changed) }]);
    expect(bundle.problems.map((p) => [p.pointer, p.code])).toEqual([['/machine/states/jaar/meta/deadline', 'due-on-compound']]);
  });
});
