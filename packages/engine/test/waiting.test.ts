import { describe, expect, it } from 'vitest';
import { send, start, waitingNow } from '../src';
import { variant } from './helpers';

// The mini type: the casemanager finishes the intake (a form), then the schoolleider closes rounds (a plain button).
// Added here: a once-only request of the casemanager for 5 extra hours during the execution.
const def = variant((d) => {
  d.variables = { extra: { title: { nl: 'Extra uren aangevraagd', en: 'Extra hours requested' }, default: false } };
  d.machine.states.uitvoering.meta.events.EXTRA_UREN = { label: { nl: '+5 uur', en: '+5 hours' }, roles: ['casemanager'] };
  d.machine.states.uitvoering.on.EXTRA_UREN = {
    guard: { type: 'condition', params: { expr: { '!': { var: 'vars.extra' } } } },
    actions: [{ type: 'extendBudget', params: { budget: 'uren', amount: 5 } }, { type: 'set', params: { var: 'extra', value: true } }],
  };
}).definitions[0]!;
const now = new Date('2026-11-02T09:00:00.000Z');
const at = now.toISOString();
const intake = start(def, { now: at }).snapshot;
const working = send(def, intake, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 2 } }, { actor: { roles: ['casemanager'] }, now: at }).snapshot;

describe('who a trajectory waits for now (waitingNow)', () => {
  it('names the role that can send the step\'s form, per active step', () => {
    expect(waitingNow(def, intake, now)).toEqual({ steps: { intake: ['casemanager'] }, roles: ['casemanager'], system: [] });
  });

  it('names a role only while one of its form-less events would go through', () => {
    // The step's own roles first (`meta.roles`), then the type's.
    expect(waitingNow(def, working, now).roles).toEqual(['schoolleider', 'casemanager']);
    // Once the request is used its condition no longer holds: the casemanager can do nothing more here.
    const asked = send(def, working, { type: 'EXTRA_UREN' }, { actor: { roles: ['casemanager'] }, now: at }).snapshot;
    expect(waitingNow(def, asked, now).steps).toEqual({ uitvoering: ['schoolleider'] });
  });

  it('waits for no one once the trajectory is done, and reads no clock of its own', () => {
    const stopped = send(def, intake, { type: 'INTAKE_AFRONDEN', data: { besluit: 'nogo' } }, { actor: { roles: ['casemanager'] }, now: at }).snapshot;
    expect(stopped.status).toBe('done');
    expect(waitingNow(def, stopped, now)).toEqual({ steps: {}, roles: [], system: [] });
    // The same snapshot at another moment gives the same answer here: the moment is an argument.
    expect(waitingNow(def, working, new Date('2030-01-01T00:00:00Z'))).toEqual(waitingNow(def, working, now));
  });
});
