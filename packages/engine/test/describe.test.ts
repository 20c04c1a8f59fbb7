import { describe, expect, it } from 'vitest';
import { describeGuard } from '../src';
import { fixtureDefinition } from './helpers';

// The server explains a refusal and the diagram labels an edge with these words: one implementation, here.
const parallel = fixtureDefinition('parallel', 'test/fixtures/parallel');

describe('describeGuard', () => {
  it('names fields, counters, budgets and forms by their titles, in Dutch and English', () => {
    const ctx = { def: parallel, lang: 'nl' as const, eventForm: 'par-plan' };
    expect(describeGuard({ type: 'answerEquals', params: { field: '/keuze', value: 'team' } }, ctx)).toBe('Aanpak is Met het hele team');
    expect(describeGuard({ type: 'answerIn', params: { field: '/keuze', values: ['team', 'extern'] } }, { ...ctx, lang: 'en' })).toBe('Approach is Met het hele team or Met externe hulp');
    expect(describeGuard({ type: 'counterAtLeast', params: { counter: 'bezoeken', value: 2 } }, ctx)).toBe('Schoolbezoeken is minstens 2');
    expect(describeGuard({ type: 'budgetAvailable', params: { budget: 'uren', amount: 3 } }, ctx)).toBe('genoeg Begeleidingsuren over voor 3 uur');
    expect(describeGuard({ type: 'formSubmitted', params: { form: 'par-plan' } }, { ...ctx, lang: 'en' })).toBe('form Action plan was submitted');
    expect(describeGuard({ type: 'condition', params: { expr: { or: [{ '!': { var: 'vars.extern' } }, { '<': [{ var: 'budgets.uren.used' }, 10] }] } } }, ctx))
      .toBe('Externe hulp is leeg of Begeleidingsuren gebruikt is minder dan 10');
  });

  it('reads answers in conditions as option titles, and list items relative to their list', () => {
    const ctx = { def: parallel, lang: 'nl' as const, eventForm: 'par-plan' };
    expect(describeGuard({ type: 'condition', params: { expr: { '==': [{ var: 'event.keuze' }, 'extern'] } } }, ctx)).toBe('Aanpak is Met externe hulp');
    expect(describeGuard({ type: 'condition', params: { expr: { some: [{ var: 'forms.par-plan.doelen' }, { '==': [{ var: 'doel' }, 'lezen'] }] } } }, ctx))
      .toBe('minstens één van SMART-doelen: Doel is lezen');
    expect(describeGuard({ type: 'condition', params: { expr: { in: [{ var: 'event.keuze' }, ['team', 'werkgroep']] } } }, { ...ctx, lang: 'en' }))
      .toBe('Approach is one of Met het hele team, Met een werkgroep');
  });
});
