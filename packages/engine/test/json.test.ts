import { describe, expect, it } from 'vitest';
import { parseJson } from '../src';

const problemsOf = (text: string) => {
  const result = parseJson(text, 'workflows/x.json');
  return result.ok ? [] : result.problems;
};

describe('the safe JSON parser', () => {
  it('refuses a key that appears twice in one object, at that key, with its line and column', () => {
    const text = '{\n  "meta": {\n    "roles": ["ib"],\n    "title": "x", "roles": ["directie"]\n  }\n}';
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'workflows/x.json', pointer: '/meta/roles', code: 'duplicate-key' });
    expect(problem!.message.nl).toContain('regel 4, kolom 19');
    expect(problem!.message.en).toContain('line 4, column 19');
  });

  it('finds duplicates inside lists and under escaped keys, and allows the same key in different objects', () => {
    expect(problemsOf('[{"a": 1}, {"a": 2}, {"b": {"a": 1}, "a": 3}]')).toEqual([]);
    expect(problemsOf('{"l": [1, {"x/y": 1, "x\\/y": 2}]}').map((p) => p.pointer)).toEqual(['/l/1/x~1y']);
    expect(problemsOf('{"a": "}{\\"a\\":", "a": 1}').map((p) => p.code)).toEqual(['duplicate-key']);
  });

  it('calls a raw NUL character what it is, not a line break or tab', () => {
    const [nul] = problemsOf('{"a": "x\u0000y"}');
    expect(nul!.message.nl).toMatch(/stuurteken U\+0000/);
    expect(nul!.message.en).toMatch(/control character U\+0000/);
    const [tab] = problemsOf('{"a": "x\ty"}');
    expect(tab!.message.nl).toMatch(/regeleinde of tab/);
  });
});
