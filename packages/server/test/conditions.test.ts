import { describe, expect, it } from 'vitest';
import { TransitionRejected, send, start } from '@koers/engine';
import { variant } from '@koers/testing';
import { blockedNow, conditionsOf, explainRejection } from '../src/trajectories/conditions';

// The fixture's "Ronde klaar" may only be sent once a first round is counted: a condition without a form.
const bundle = variant((d) => {
  d.machine.states.uitvoering.on.RONDE_KLAAR.guard = { type: 'counterAtLeast', params: { counter: 'rondes', value: 1 } };
});
const def = bundle.definitions[0]!;
const now = new Date('2026-11-01T09:00:00Z');
const atWork = () => send(def, start(def, { now }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 2 } }, { actor: { roles: ['casemanager'] }, now }).snapshot;

describe('conditions of an event', () => {
  it('loads the variant cleanly', () => expect(bundle.problems).toEqual([]));

  it('names the conditions of an event in the words of the engine, which the diagram uses too, Dutch and English', () => {
    expect(conditionsOf(def, ['uitvoering'], 'RONDE_KLAAR')).toEqual([{ nl: expect.stringMatching(/Rondes is minstens 1/), en: expect.stringMatching(/Rounds is at least 1/) }]);
    expect(conditionsOf(def, ['intake'], 'RONDE_KLAAR')).toEqual([]);
  });

  it('says why a formless event is blocked now, and nothing when it would go through', () => {
    const blocked = blockedNow(def, atWork(), ['uitvoering'], 'RONDE_KLAAR', ['schoolleider'], now);
    expect(blocked?.nl).toMatch(/^De voorwaarden voor deze actie zijn \(nog\) niet vervuld\. Voorwaarde: Rondes is minstens 1\.$/);
    expect(blocked?.en).toMatch(/Condition: Rounds is at least 1\./);
    // Another reason to refuse (here: the role) is not a condition: the button is simply not offered.
    expect(blockedNow(def, atWork(), ['uitvoering'], 'RONDE_KLAAR', ['casemanager'], now)).toBeUndefined();
    expect(blockedNow(def, start(def, { now }).snapshot, ['intake'], 'RONDE_KLAAR', ['schoolleider'], now)).toBeUndefined();
  });

  it('spells out the conditions of a refusal and leaves other refusals as they are', () => {
    let refusal: unknown;
    try {
      send(def, atWork(), { type: 'RONDE_KLAAR' }, { actor: { roles: ['schoolleider'] }, now });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(TransitionRejected);
    const explained = explainRejection(def, ['uitvoering'], 'RONDE_KLAAR', refusal as TransitionRejected);
    expect(explained).toMatchObject({ reason: 'guard-false', messageText: { nl: expect.stringContaining('Voorwaarde: Rondes is minstens 1') } });
    const other = new TransitionRejected('role-forbidden', { nl: 'x', en: 'x' });
    expect(explainRejection(def, ['uitvoering'], 'RONDE_KLAAR', other)).toBe(other);
  });
});
