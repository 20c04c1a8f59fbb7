import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { type Expression, evaluate } from '../src';

const data = {
  event: { keuze: 'extern', uren: '4', leeg: '', lijst: [3, 1, 2], leden: [{ rol: 'ib', uren: 2 }, { rol: 'directie', uren: 5 }] },
  vars: { drempel: 3, extern: false, naam: 'Regenboog' },
  budgets: { uren: { used: 7, total: 20 } },
};

// Expressions on the operators the engine allows, in the shapes json-logic-js's own test suite uses.
const corpus: Expression[] = [
  { '==': [1, '1'] }, { '===': [1, '1'] }, { '!=': [0, false] }, { '!==': [0, false] }, { '>': [{ var: 'event.uren' }, 3] },
  { '>=': [2, 2] }, { '<': [1, 2, 3] }, { '<': [1, 4, 3] }, { '<=': [1, 1, 3] }, { '<=': [2, 1] }, { '!!': [[]] }, { '!': [0] },
  { '%': [7, 3] }, { in: ['xt', { var: 'event.keuze' }] }, { in: [2, { var: 'event.lijst' }] }, { in: ['a', ''] }, { in: [1, 5] },
  { cat: ['Ik ', { var: 'vars.naam' }, 1, null] }, { substr: ['jsonlogic', 4] }, { substr: ['jsonlogic', -5] },
  { substr: ['jsonlogic', 1, 3] }, { substr: ['jsonlogic', 4, -2] }, { '+': [1, '2', { var: 'event.uren' }] }, { '+': ['3'] },
  { '*': [2, '3.5'] }, { '-': [5] }, { '-': [5, 8] }, { '/': [1, 4] }, { min: [3, { var: 'vars.drempel' }, -1] }, { max: [] },
  { merge: [[1], 2, [[3]], { var: 'event.lijst' }] }, { var: ['vars.onbekend', 'standaard'] }, { var: 'event.lijst.1' }, { var: '' },
  { missing: ['event.keuze', 'event.leeg', 'event.nergens'] }, { missing: { merge: [['vars.naam'], ['vars.x']] } },
  { missing_some: [1, ['event.keuze', 'vars.x']] }, { missing_some: [2, ['event.keuze', 'vars.x', 'vars.y']] },
  { if: [] }, { if: [false, 1] }, { if: [{ var: 'vars.extern' }, 'a', { '<': [{ var: 'budgets.uren.used' }, 10] }, 'b', 'c'] },
  { '?:': [true, 'ja', 'nee'] }, { and: [true, 'a', 0, 'b'] }, { and: [1, 'laatste'] }, { or: [0, '', 'eerste'] }, { or: [false, []] },
  { filter: [{ var: 'event.lijst' }, { '>': [{ var: '' }, 1] }] }, { filter: ['geen lijst', true] },
  { map: [{ var: 'event.leden' }, { var: 'rol' }] }, { map: [null, 1] },
  { reduce: [{ var: 'event.lijst' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 10] }, { reduce: [5, 1, 'start'] },
  { all: [{ var: 'event.leden' }, { '>': [{ var: 'uren' }, 1] }] }, { all: [[], true] }, { none: [[], true] },
  { none: [{ var: 'event.lijst' }, { '==': [{ var: '' }, 2] }] }, { some: [{ var: 'event.leden' }, { '==': [{ var: 'rol' }, 'directie'] }] },
  { some: [[], true] }, [1, { var: 'vars.drempel' }], 'tekst', null,
];

describe('the engine evaluates JSON Logic without touching json-logic-js', () => {
  it('leaves the json-logic-js module as it was: its own var, and no length operation', () => {
    // The engine is imported above; json-logic-js is one object per process, so a change would show here.
    expect(typeof jsonLogic.apply({ var: 'event.keuze.toString' }, data)).toBe('function');
    expect(() => jsonLogic.apply({ length: [[1, 2]] } as never, {})).toThrow('Unrecognized operation length');
  });

  it('gives the same answer as json-logic-js for every allowed operator', () => {
    for (const expr of corpus) expect(evaluate(expr, data), JSON.stringify(expr)).toEqual(jsonLogic.apply(expr as never, data));
  });

  it('keeps its own var (own properties only) and length', () => {
    expect(evaluate({ var: 'event.keuze.toString' }, data)).toBeNull();
    expect(evaluate({ var: ['vars.valueOf', 'geen'] }, data)).toBe('geen');
    expect(evaluate({ missing: ['event.keuze.toString'] }, data)).toEqual(['event.keuze.toString']);
    expect(evaluate({ length: { var: 'event.lijst' } }, data)).toBe(3);
    expect(evaluate({ length: 'abc' }, data)).toBe(3);
    expect(evaluate({ length: 5 }, data)).toBe(0);
  });
});
