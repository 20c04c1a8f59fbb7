import { describe, expect, it } from 'vitest';
import { describe as describeTrajectory, eventsFor, send, start } from '../src';
import { fixtureDefinition, rejection, variant } from './helpers';

const def = fixtureDefinition('mini');
const T0 = '2026-09-01T08:00:00.000Z';
const casemanager = { actor: { id: 'u1', roles: ['casemanager'] }, now: '2026-09-02T08:00:00.000Z' };
const schoolleider = { actor: { id: 'u2', roles: ['schoolleider'] }, now: '2026-09-03T08:00:00.000Z' };

describe('start', () => {
  it('enters the initial step with its due date computed from the expected duration', () => {
    const { snapshot, steps, events } = start(def, { now: T0 });
    expect(snapshot).toMatchObject({ definitionId: 'mini', definitionVersion: 1, status: 'active', value: 'intake' });
    expect(steps).toEqual([expect.objectContaining({ path: 'intake', enteredAt: T0, dueAt: '2026-09-15T08:00:00.000Z' })]);
    expect(events.map((e) => e.type)).toEqual(['INTAKE_AFRONDEN']);
    expect(snapshot.context.budgets.uren).toEqual({ limit: 15, used: 0 });
    expect(snapshot.context.startedAt).toBe(T0);
  });

  it('produces a snapshot that survives a JSON round trip unchanged', () => {
    const { snapshot } = start(def, { now: T0 });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('refuses a start when the type is at capacity', () => {
    const full = { ...def, definition: { ...def.definition, capacity: { max: 2 } } };
    expect(rejection(() => start(full, { now: T0, activeCount: 2 })).reason).toBe('capacity-full');
    expect(start(full, { now: T0, activeCount: 1 }).snapshot.status).toBe('active');
  });
});

describe('send', () => {
  const initial = start(def, { now: T0 }).snapshot;

  it('follows the branch chosen by an answer, books hours and records the date', () => {
    const result = send(def, initial, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 4 } }, casemanager);
    expect(result.snapshot.value).toBe('uitvoering');
    expect(result.snapshot.context.budgets.uren).toEqual({ limit: 15, used: 4 });
    expect(result.snapshot.context.dates.intake).toBe(casemanager.now);
    expect(result.snapshot.context.forms['mini-intake']).toEqual({ besluit: 'go', uren: 4 });
    expect(result.steps[0]).toMatchObject({ path: 'uitvoering', enteredAt: casemanager.now });
  });

  it('takes the fallback branch when the first guard is false', () => {
    const result = send(def, initial, { type: 'INTAKE_AFRONDEN', data: { besluit: 'nogo' } }, casemanager);
    expect(result.snapshot.value).toBe('gestopt');
    expect(result.done).toBe(true);
    expect(result.events).toEqual([]);
  });

  it('does not change the snapshot it was given', () => {
    const before = JSON.stringify(initial);
    send(def, initial, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 4 } }, casemanager);
    expect(JSON.stringify(initial)).toBe(before);
  });

  it('loops through an automatic step until the counter reaches its bound', () => {
    let s = send(def, initial, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go' } }, casemanager).snapshot;
    s = send(def, s, { type: 'RONDE_KLAAR' }, schoolleider).snapshot;
    expect(s.value).toBe('uitvoering');
    expect(s.context.counters.rondes).toBe(1);
    s = send(def, s, { type: 'RONDE_KLAAR' }, schoolleider).snapshot;
    expect(s.value).toBe('klaar');
    expect(s.status).toBe('done');
  });

  it('restarts the clock of a step that is left and entered again through an automatic step', () => {
    const s1 = send(def, initial, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go' } }, casemanager).snapshot;
    expect(s1.enteredAt.uitvoering).toBe(casemanager.now);
    const s2 = send(def, s1, { type: 'RONDE_KLAAR' }, schoolleider).snapshot;
    expect(s2.value).toBe('uitvoering');
    expect(s2.enteredAt.uitvoering).toBe(schoolleider.now);
  });

  it('rejects an event the type does not know', () => {
    expect(rejection(() => send(def, initial, { type: 'ONBEKEND' }, casemanager)).reason).toBe('unknown-event');
  });

  it('rejects an event the current step does not allow', () => {
    expect(rejection(() => send(def, initial, { type: 'RONDE_KLAAR' }, schoolleider)).reason).toBe('not-in-step');
  });

  it('rejects an event from a role that may not send it', () => {
    const error = rejection(() => send(def, initial, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go' } }, schoolleider));
    expect(error.reason).toBe('role-forbidden');
    expect(error.messageText.nl).toMatch(/rol/);
  });

  it('rejects a form event without data', () => {
    expect(rejection(() => send(def, initial, { type: 'INTAKE_AFRONDEN' }, casemanager)).reason).toBe('form-missing');
  });

  it('rejects invalid form data with a Dutch message per field', () => {
    const error = rejection(() => send(def, initial, { type: 'INTAKE_AFRONDEN', data: { besluit: 'misschien', uren: -1 } }, casemanager));
    expect(error.reason).toBe('form-invalid');
    const paths = error.fieldErrors.map((f) => f.path).sort();
    expect(paths).toEqual(['/besluit', '/uren']);
    for (const field of error.fieldErrors) {
      expect(field.message.nl).not.toBe('');
      expect(field.message.en).not.toBe('');
    }
    expect(error.fieldErrors.find((f) => f.path === '/uren')!.message.nl).toMatch(/moet/);
  });

  it('names a missing required field by its Dutch label', () => {
    const error = rejection(() => send(def, initial, { type: 'INTAKE_AFRONDEN', data: {} }, casemanager));
    expect(error.reason).toBe('form-invalid');
    expect(error.fieldErrors).toEqual([expect.objectContaining({ path: '/besluit', message: { nl: 'Besluit is verplicht', en: 'Besluit is required' } })]);
  });

  it('rejects an event whose guards are all false', () => {
    const bundle = variant((d) => {
      d.machine.states.uitvoering.on.RONDE_KLAAR.guard = { type: 'budgetAvailable', params: { budget: 'uren', amount: 12 } };
    });
    expect(bundle.problems).toEqual([]);
    const guarded = bundle.definitions[0]!;
    const s = send(guarded, start(guarded, { now: T0 }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 4 } }, casemanager).snapshot;
    const error = rejection(() => send(guarded, s, { type: 'RONDE_KLAAR' }, schoolleider));
    expect(error.reason).toBe('guard-false');
    expect(error.messageText.nl).toMatch(/voorwaarden/);
  });

  it('rejects a snapshot that belongs to another version of the type', () => {
    const other = { ...initial, definitionVersion: 2 };
    expect(rejection(() => send(def, other, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go' } }, casemanager)).reason).toBe('definition-mismatch');
  });

  it('rejects any event on a finished trajectory', () => {
    const done = send(def, initial, { type: 'INTAKE_AFRONDEN', data: { besluit: 'nogo' } }, casemanager).snapshot;
    expect(rejection(() => send(def, done, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go' } }, casemanager)).reason).toBe('trajectory-finished');
  });
});

describe('describe and eventsFor', () => {
  it('tells each role which events it may send now', () => {
    const view = describeTrajectory(def, start(def, { now: T0 }).snapshot);
    expect(eventsFor(view.events, ['casemanager']).map((e) => e.type)).toEqual(['INTAKE_AFRONDEN']);
    expect(eventsFor(view.events, ['schoolleider'])).toEqual([]);
    expect(view.events[0]).toMatchObject({ form: 'mini-intake', requiredFields: ['/besluit'] });
  });
});
