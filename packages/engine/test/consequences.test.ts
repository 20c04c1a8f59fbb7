import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asksFirst, eventConsequences, isExpected, isOnceOnly, send, start } from '../src';
import { variant } from './helpers';

// docs/definition-format.md "Eerst bevestigen": its example event, put in the mini type's execution step as a
// once-only request for 5 extra hours that asks for a reason.
const doc = readFileSync('docs/definition-format.md', 'utf8');
const from = doc.indexOf('### Eerst bevestigen: `confirm` en `reason`');
const open = doc.indexOf('```json', from) + 7;
const example = JSON.parse(`{${doc.slice(open, doc.indexOf('```', open))}}`).CONSULTATIETRAJECT_AANVRAGEN;

const bundle = variant((d) => {
  d.variables = { extra: { title: { nl: 'Extra uren aangevraagd', en: 'Extra hours requested' }, default: false } };
  d.machine.states.uitvoering.meta.events.EXTRA_UREN = example;
  d.machine.states.uitvoering.on.EXTRA_UREN = {
    guard: { type: 'condition', params: { expr: { '!': { var: 'vars.extra' } } } },
    actions: [{ type: 'extendBudget', params: { budget: 'uren', amount: 5 } }, { type: 'set', params: { var: 'extra', value: true } }],
  };
});
const def = bundle.definitions[0]!;
const now = '2026-11-01T09:00:00.000Z';

describe('what an event does, read from the definition', () => {
  it('loads the documented example without a problem', () => expect(bundle.problems).toEqual([]));

  it('names the raised budget, the author\'s text and the reason it asks, and asks first', () => {
    const c = eventConsequences(def, ['uitvoering'], 'EXTRA_UREN');
    expect(c).toEqual({
      budgets: [{ budget: 'uren', change: 'extend', amount: 5, certain: true }], counters: [], targets: [], ends: false,
      confirm: example.confirm, reason: 'required',
    });
    expect(asksFirst(c, false)).toBe(true);
  });

  it('asks first for a plain button that moves on, not for a form that may end the trajectory on some answers', () => {
    const round = eventConsequences(def, ['uitvoering'], 'RONDE_KLAAR');
    expect(round).toMatchObject({ counters: ['rondes'], targets: ['check'], ends: false });
    expect(asksFirst(round, false)).toBe(true);
    const intake = eventConsequences(def, ['intake'], 'INTAKE_AFRONDEN');
    expect(intake).toMatchObject({ budgets: [{ budget: 'uren', change: 'use', certain: false }], targets: ['uitvoering', 'gestopt'], ends: 'maybe' });
    expect(asksFirst(intake, true)).toBe(false);
  });

  it('asks first when every way of an event ends the trajectory', () => {
    const ending = variant((d) => {
      d.machine.states.intake.meta.events.STOPPEN = { label: { nl: 'Stoppen', en: 'Stop' }, roles: ['casemanager'], form: 'mini-intake' };
      d.machine.states.intake.on.STOPPEN = { target: 'gestopt' };
    });
    expect(ending.problems).toEqual([]);
    const c = eventConsequences(ending.definitions[0]!, ['intake'], 'STOPPEN');
    expect(c.ends).toBe('always');
    expect(asksFirst(c, true)).toBe(true);
  });

  it('counts an event as expected only when it can move the trajectory on', () => {
    expect(isExpected(def, ['intake'], 'INTAKE_AFRONDEN')).toBe(true);
    expect(isExpected(def, ['uitvoering'], 'RONDE_KLAAR')).toBe(true);
    expect(isExpected(def, ['uitvoering'], 'EXTRA_UREN')).toBe(false);
  });

  it('knows a request that can be sent once: its condition reads only the variable it sets to a fixed value', () => {
    expect(isOnceOnly(def, ['uitvoering'], 'EXTRA_UREN')).toBe(true);
    expect(isOnceOnly(def, ['uitvoering'], 'RONDE_KLAAR')).toBe(false);
    // Another event that sets the variable back makes it possible again: not once-only.
    const again = variant((d) => {
      d.variables = { extra: { title: { nl: 'Extra', en: 'Extra' }, default: false } };
      d.machine.states.uitvoering.meta.events.EXTRA_UREN = example;
      d.machine.states.uitvoering.on.EXTRA_UREN = { guard: { type: 'condition', params: { expr: { '!': { var: 'vars.extra' } } } },
        actions: [{ type: 'set', params: { var: 'extra', value: true } }] };
      d.machine.states.uitvoering.on.RONDE_KLAAR.actions.push({ type: 'set', params: { var: 'extra', value: false } });
    }).definitions[0]!;
    expect(isOnceOnly(again, ['uitvoering'], 'EXTRA_UREN')).toBe(false);
  });

  it('is sent once and then refused, as the once-only reading promises', () => {
    const atWork = send(def, start(def, { now }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 2 } }, { actor: { roles: ['casemanager'] }, now }).snapshot;
    const once = send(def, atWork, { type: 'EXTRA_UREN' }, { actor: { roles: ['schoolleider'] }, now });
    expect(once.snapshot.context.budgets.uren).toEqual({ limit: 20, used: 2 });
    expect(() => send(def, once.snapshot, { type: 'EXTRA_UREN' }, { actor: { roles: ['schoolleider'] }, now })).toThrow();
  });

  it('refuses a reason without a confirmation, pointing at it', () => {
    const bad = variant((d) => {
      d.machine.states.uitvoering.meta.events.RONDE_KLAAR.reason = 'optional';
    });
    expect(bad.problems.map((p) => [p.pointer, p.code])).toEqual([['/machine/states/uitvoering/meta/events/RONDE_KLAAR/reason', 'reason-without-confirm']]);
  });
});
