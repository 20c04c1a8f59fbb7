import { describe, expect, it } from 'vitest';
import { getIn, setIn, setInState, stateAt } from '../src/admin/model/edit';

describe('admin JSON edits', () => {
  it('replaces a value in place, keeping the order of keys', () => {
    const next = setIn({ a: 1, b: { c: 2, d: 3 }, e: 4 }, ['b', 'c'], 9);
    expect(JSON.stringify(next)).toBe('{"a":1,"b":{"c":9,"d":3},"e":4}');
  });
  it('puts a new key last and creates missing objects on the way', () => {
    expect(JSON.stringify(setIn({ a: 1 }, ['x', 'y'], true))).toBe('{"a":1,"x":{"y":true}}');
  });
  it('removes a key or an array item when the value is undefined', () => {
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(setIn({ l: [1, 2, 3] }, ['l', 1], undefined)).toEqual({ l: [1, 3] });
  });
  it('shares what it did not change', () => {
    const root = { a: { x: 1 }, b: { y: 2 } };
    const next = setIn(root, ['a', 'x'], 5);
    expect(next.b).toBe(root.b);
    expect(root.a.x).toBe(1);
  });
  it('reads and writes a nested state by its path', () => {
    const bundle = { definition: { id: 't', machine: { initial: 'a', states: { a: { states: { b: { meta: { title: { nl: 'B', en: 'B' } } } } } } } }, forms: [] };
    expect(getIn(stateAt(bundle, ['a', 'b']), ['meta', 'title', 'nl'])).toBe('B');
    const next = setInState(bundle, ['a', 'b'], ['meta', 'title', 'nl'], 'Bee');
    expect(getIn(stateAt(next, ['a', 'b']), ['meta', 'title', 'nl'])).toBe('Bee');
    expect(stateAt(next, ['a', 'nope'])).toBeUndefined();
  });
});
