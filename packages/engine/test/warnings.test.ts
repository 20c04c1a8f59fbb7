import { describe, expect, it } from 'vitest';
import { send, simplePaths, start } from '../src';
import { rejection, variant } from './helpers';

const T0 = '2026-09-01T08:00:00.000Z';
const casemanager = { actor: { id: 'u1', roles: ['casemanager'] }, now: '2026-09-02T08:00:00.000Z' };
const schoolleider = { actor: { id: 'u2', roles: ['schoolleider'] }, now: '2026-09-03T08:00:00.000Z' };
const overBudget = { nl: 'Meer uren dan het budget', en: 'More hours than the budget' };

/** The mini type with its hour booking as a soft rule: the intake may book more hours than the budget has. */
function soft(change: (d: Record<string, any>) => void = () => {}) {
  const bundle = variant((d) => {
    d.machine.states.intake.on.INTAKE_AFRONDEN[0].warnings = [
      { id: 'uren-over-budget', guard: { type: 'budgetAvailable', params: { budget: 'uren', amountField: '/uren' } }, message: overBudget },
    ];
    change(d);
  });
  expect(bundle.problems).toEqual([]);
  return bundle.definitions[0]!;
}

describe('warnings on a transition (soft rules)', () => {
  it('records an event whose warning does not hold and raises a flag with its id and message', () => {
    const def = soft();
    const result = send(def, start(def, { now: T0 }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 20 } }, casemanager);
    expect(result.snapshot.value).toBe('uitvoering');
    expect(result.snapshot.context.budgets.uren).toEqual({ limit: 15, used: 20 });
    expect(result.flags).toEqual([{ source: 'guard', code: 'uren-over-budget', message: overBudget }]);
  });

  it('raises nothing when the warning holds', () => {
    const def = soft();
    const result = send(def, start(def, { now: T0 }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 15 } }, casemanager);
    expect(result.flags).toEqual([]);
  });

  it('checks the warning with the inputs of the guard, before the transition\'s own actions book the hours', () => {
    const def = soft();
    // 15 of 15: the guard sees 0 used, so 15 fits; after booking, 15 used would make a second check fail.
    const result = send(def, start(def, { now: T0 }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 15 } }, casemanager);
    expect(result.snapshot.context.budgets.uren?.used).toBe(15);
    expect(result.flags).toEqual([]);
  });

  it('only the transition taken reports its warnings', () => {
    const def = soft();
    const result = send(def, start(def, { now: T0 }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'nogo', uren: 99 } }, casemanager);
    expect(result.snapshot.value).toBe('gestopt');
    expect(result.flags).toEqual([]);
  });

  it('uses the guard type as the code when a warning has no id, and works on automatic transitions', () => {
    const def = soft((d) => {
      d.machine.states.check.always[1].warnings = [
        { guard: { type: 'counterAtLeast', params: { counter: 'rondes', value: 2 } }, message: { nl: 'Nog een ronde', en: 'Another round' } },
      ];
    });
    const s = send(def, start(def, { now: T0 }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 1 } }, casemanager).snapshot;
    const result = send(def, s, { type: 'RONDE_KLAAR' }, schoolleider);
    expect(result.snapshot.value).toBe('uitvoering');
    expect(result.flags).toEqual([{ source: 'guard', code: 'counterAtLeast', message: { nl: 'Nog een ronde', en: 'Another round' } }]);
  });

  it('keeps a hard guard a refusal beside a warning', () => {
    const def = soft((d) => {
      d.machine.states.uitvoering.on.RONDE_KLAAR.guard = { type: 'budgetAvailable', params: { budget: 'uren', amount: 1 } };
    });
    const s = send(def, start(def, { now: T0 }).snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 20 } }, casemanager).snapshot;
    expect(rejection(() => send(def, s, { type: 'RONDE_KLAAR' }, schoolleider)).reason).toBe('guard-false');
  });

  it('does not block a path: the path analysis walks past a warning that does not hold', () => {
    const def = soft((d) => {
      d.machine.states.uitvoering.on.RONDE_KLAAR.warnings = [
        { guard: { type: 'counterAtLeast', params: { counter: 'rondes', value: 99 } }, message: overBudget },
      ];
    });
    const ends = simplePaths(def).flatMap((p) => p.end);
    expect(ends).toContain('klaar');
  });
});

describe('the linter on warnings', () => {
  it('checks a warning\'s guard like a guard: unknown type, unknown field, undeclared budget', () => {
    const bundle = variant((d) => {
      d.machine.states.intake.on.INTAKE_AFRONDEN[0].warnings = [
        { guard: { type: 'bestaatNiet' }, message: overBudget },
        { id: 'veld', guard: { type: 'answerEquals', params: { field: '/nergens', value: 1 } }, message: overBudget },
        { id: 'budget', guard: { type: 'budgetAvailable', params: { budget: 'geld', amount: 1 } }, message: overBudget },
      ];
    });
    const at = '/machine/states/intake/on/INTAKE_AFRONDEN/0/warnings';
    expect(bundle.problems.map((p) => [p.pointer, p.code])).toEqual([
      [`${at}/0/guard/type`, 'unknown-guard'],
      [`${at}/1/guard/params/field`, 'unknown-field'],
      [`${at}/2/guard/params/budget`, 'unknown-budget'],
    ]);
  });

  it('refuses a warning without a message, and two warnings with one code', () => {
    const noMessage = variant((d) => {
      d.machine.states.uitvoering.on.RONDE_KLAAR.warnings = [{ guard: 'counterBelow' }];
    });
    expect(noMessage.problems.map((p) => p.pointer + ' ' + p.code)).toEqual(['/machine/states/uitvoering/on/RONDE_KLAAR/warnings/0/message format-required']);
    const twice = variant((d) => {
      const w = { guard: { type: 'counterBelow', params: { counter: 'rondes', value: 2 } }, message: overBudget };
      d.machine.states.uitvoering.on.RONDE_KLAAR.warnings = [w, w];
    });
    expect(twice.problems.map((p) => [p.pointer, p.code])).toEqual([['/machine/states/uitvoering/on/RONDE_KLAAR/warnings/1', 'duplicate-warning']]);
  });
});
