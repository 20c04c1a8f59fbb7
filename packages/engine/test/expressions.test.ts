import { describe, expect, it } from 'vitest';
import { type Expression, type JsonObject, send, start } from '../src';
import { variant } from './helpers';

// What docs/definition-format.md §5 promises a type author about expressions, checked through the engine:
// the fixture's intake sets the variable `uitkomst` from an expression over this event's data and `now`.
const withExpression = (expr: Expression) => variant((d) => {
  d.variables = { uitkomst: { title: { nl: 'Uitkomst', en: 'Outcome' } }, drempel: { title: { nl: 'Drempel', en: 'Threshold' }, default: 3 } };
  d.machine.states.intake.on.INTAKE_AFRONDEN[0].actions.push({ type: 'set', params: { var: 'uitkomst', expr } });
});
const START = '2026-09-01T08:00:00.000Z';

/** The value `expr` gives when the intake is finished at `now` with `data` (on top of a valid answer). */
function outcome(expr: Expression, data: JsonObject = {}, now = '2026-10-15T09:30:00.000Z'): unknown {
  const bundle = withExpression(expr);
  expect(bundle.problems).toEqual([]);
  const def = bundle.definitions[0]!;
  const { snapshot } = start(def, { now: START });
  const next = send(def, snapshot, { type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 1, ...data } }, { actor: { roles: ['casemanager'] }, now });
  return next.snapshot.context.vars.uitkomst;
}

const leden = [{ naam: 'An', rol: 'ib' }, { naam: 'Bo', rol: 'schoolleider' }];

describe('expressions as the definition format documents them', () => {
  it('reads the current element with var inside some, all, none, filter and map, and the element itself with ""', () => {
    expect(outcome({ some: [{ var: 'event.leden' }, { '==': [{ var: 'rol' }, 'schoolleider'] }] }, { leden })).toBe(true);
    expect(outcome({ all: [{ var: 'event.leden' }, { '==': [{ var: 'rol' }, 'ib'] }] }, { leden })).toBe(false);
    expect(outcome({ none: [{ var: 'event.leden' }, { '==': [{ var: 'rol' }, 'bestuurder'] }] }, { leden })).toBe(true);
    expect(outcome({ map: [{ filter: [{ var: 'event.leden' }, { '==': [{ var: 'rol' }, 'ib'] }] }, { var: 'naam' }] }, { leden })).toEqual(['An']);
    expect(outcome({ some: [{ var: 'event.rollen' }, { '==': [{ var: '' }, 'ib'] }] }, { rollen: ['ib', 'directie'] })).toBe(true);
  });

  it('cannot reach the outer data from inside the element expression: an outer path reads the element, finds nothing and compares as 0', () => {
    // vars.drempel is 3 outside; inside `map` the same path is looked up on each element.
    expect(outcome({ map: [{ var: 'event.scores' }, { var: 'vars.drempel' }] }, { scores: [1, 5] })).toEqual([null, null]);
    // So a comparison with it compares with null, which counts as 0: 1 >= null is true, where 1 >= 3 would not be.
    expect(outcome({ some: [{ var: 'event.scores' }, { '>=': [{ var: '' }, { var: 'vars.drempel' }] }] }, { scores: [1, 2] })).toBe(true);
  });

  it('compares elements with an outer value by mapping first and testing outside, or through reduce\'s starting value', () => {
    expect(outcome({ in: ['schoolleider', { map: [{ var: 'event.leden' }, { var: 'rol' }] }] }, { leden })).toBe(true);
    expect(outcome({ in: [{ var: 'event.gezocht' }, { map: [{ var: 'event.leden' }, { var: 'rol' }] }] }, { leden, gezocht: 'ib' })).toBe(true);
    // reduce sees only `current` and `accumulator`; its third argument is read outside, so it can carry an outer value in.
    expect(outcome({ reduce: [{ var: 'event.scores' }, { '+': [{ var: 'accumulator' }, { var: 'current' }] }, { var: 'vars.drempel' }] }, { scores: [1, 5] })).toBe(9);
  });

  it('calls all and some of an empty list false, and none of an empty list true', () => {
    expect(outcome({ all: [{ var: 'event.leeg' }, true] }, { leeg: [] })).toBe(false);
    expect(outcome({ some: [{ var: 'event.leeg' }, true] }, { leeg: [] })).toBe(false);
    expect(outcome({ none: [{ var: 'event.leeg' }, true] }, { leeg: [] })).toBe(true);
    // "All of them, or there are none": say the second part yourself.
    expect(outcome({ or: [{ '!': [{ var: 'event.leeg' }] }, { all: [{ var: 'event.leeg' }, true] }] }, { leeg: [] })).toBe(true);
  });

  it('reads forms by id, list items by number and budgets whole, and gives a path that finds nothing as null or as the fallback named second', () => {
    expect(outcome({ var: 'vars.bestaatNiet' })).toBeNull();
    expect(outcome({ var: ['vars.bestaatNiet', 0] })).toBe(0);
    expect(outcome({ var: 'forms.mini-intake.besluit' })).toBe('go');
    expect(outcome({ var: 'event.leden.1.naam' }, { leden })).toBe('Bo');
    expect(outcome({ var: 'budgets.uren' })).toEqual({ limit: 15, used: 1 });
    // Unanswered compares as 0 and is not null-safe by itself; == is loose, === strict.
    expect(outcome({ '>=': [{ var: 'event.score' }, 0] })).toBe(true);
    expect(outcome({ '!=': [{ var: 'event.score' }, null] })).toBe(false);
    expect(outcome({ '==': [{ var: 'event.score' }, 1] }, { score: '1' })).toBe(true);
    expect(outcome({ '===': [{ var: 'event.score' }, 1] }, { score: '1' })).toBe(false);
  });

  it('reads now as the time of the event, an ISO text in UTC with milliseconds, like startedAt and recorded dates', () => {
    expect(outcome({ var: 'now' }, {}, '2026-10-15T11:30:00+02:00')).toBe('2026-10-15T09:30:00.000Z');
    expect(outcome({ var: 'startedAt' })).toBe(START);
    expect(outcome({ cat: [{ var: 'dates.intake' }] })).toBe('2026-10-15T09:30:00.000Z');
  });

  it('compares ISO times as texts, in time order, and a date answer against the first ten characters of now', () => {
    expect(outcome({ '<': [{ var: 'startedAt' }, { var: 'now' }] })).toBe(true);
    expect(outcome({ '>': ['2026-10-16T00:00:00.000Z', { var: 'now' }] })).toBe(true);
    expect(outcome({ '<': [{ var: 'event.einddatum' }, { substr: [{ var: 'now' }, 0, 10] }] }, { einddatum: '2026-10-14' })).toBe(true);
    expect(outcome({ '<': [{ var: 'event.einddatum' }, { substr: [{ var: 'now' }, 0, 10] }] }, { einddatum: '2026-10-15' })).toBe(false);
    // Just after midnight in Amsterdam it is still the day before in UTC: the first ten characters are the UTC date.
    expect(outcome({ substr: [{ var: 'now' }, 0, 10] }, {}, '2026-10-16T00:30:00+02:00')).toBe('2026-10-15');
  });

  it('has no arithmetic on dates: subtracting two times gives no number', () => {
    const difference = outcome({ '-': [{ var: 'now' }, { var: 'startedAt' }] });
    expect(typeof difference === 'number' && Number.isFinite(difference)).toBe(false);
  });
});
