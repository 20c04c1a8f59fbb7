import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition } from '../src';
import { nestedQuantifier } from '../src/lint/patterns';

const formWith = (pattern: string): FormDefinition => ({
  id: 'patroon',
  title: { nl: 'Patroon', en: 'Pattern' },
  schema: { type: 'object', properties: { code: { type: 'string', pattern } } },
});

describe('the unsafe-pattern heuristic', () => {
  it('refuses nested repetition, counted repeats of a group with .*, and overlapping repeated alternatives', () => {
    for (const source of ['^(a+)+$', '^(\\w+\\s?)*$', '^(a{1,3}){2,}$', '^(.*a){12}$', '^(.*,){10}$', '^(?:x.+y){3,}$',
      '^(a|a?)+$', '^(ab|a)*$', '^(?:.|b)+$']) {
      expect(nestedQuantifier(source), source).toBe(true);
    }
  });

  it('accepts the patterns the shipped forms use and repeats that split one way only', () => {
    for (const source of ['^[0-9]{2}[A-Z]{2}$', '^([01][0-9]|2[0-3]):[0-5][0-9]$', '^[0-9]{4}-[0-9]{4}$',
      '^(?:[a-z]+-)*[a-z]+$', '^(?: [A-Z][a-z]*)*$', '^(ab|cd)+$', '^([^,]*,){3}$', '^.*$']) {
      expect(nestedQuantifier(source), source).toBe(false);
    }
  });
});

describe('form patterns at run time', () => {
  it('answer at once even for a pattern the linter would refuse, because forms match with RE2 semantics', () => {
    // Straight to compileForm, past the linter: a backtracking engine would take hours on this answer.
    for (const pattern of ['^(a|a?)+$', '^(.*a){12}$']) {
      const form = compileForm(formWith(pattern), 'forms/patroon.json');
      expect(form.validate({ code: `${'a'.repeat(5_000)}!` }).map((e) => e.keyword), pattern).toEqual(['pattern']);
      expect(form.validate({ code: 'aaaaaaaaaaaa' }), pattern).toEqual([]);
    }
  });

  it('keeps JavaScript pattern syntax: classes, escapes, anchors and unicode', () => {
    const form = compileForm(formWith('^[\\p{L} -]+\\d{2}\\u0021$'), 'forms/patroon.json');
    expect(form.validate({ code: 'Één 12!' })).toEqual([]);
    expect(form.validate({ code: 'een 1!' }).map((e) => e.keyword)).toEqual(['pattern']);
  });

  it('keeps every pattern apart, even two that differ only in their text', () => {
    const form = compileForm({ ...formWith('^a$'), schema: { type: 'object', properties: {
      a: { type: 'string', pattern: '^a$' }, b: { type: 'string', pattern: '^b$' } } } }, 'forms/twee.json');
    expect(form.validate({ a: 'a', b: 'b' })).toEqual([]);
    expect(form.validate({ a: 'b', b: 'a' }).map((e) => e.path)).toEqual(['/a', '/b']);
  });
});
